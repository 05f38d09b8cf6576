using Waypoint.Core.Orders;
using Waypoint.Core.Policy;
using Waypoint.Core.Staff;

namespace Waypoint.Core.Compliance;

/// <summary>The community rules (C23.2 5.1, EB1, ASM-05): work that recurs after each plan, contact and assessment.</summary>
public static partial class ComplianceEngine
{
    public const string CaseManagementPlanReviewRule = "cmp-review";
    public const string ContactFrequencyRule = "contact-frequency";

    /// <summary>The contact-frequency value listing the kinds of contact that count (CON-02); every kind counts without it.</summary>
    public const string CountsKindsValue = "counts";
    public const string ReassessmentRule = "reassessment";
    public const string RiskChangeReviewRule = "cmp-review-on-risk-change";
    public const string UnscheduledRestartsValue = "unscheduledRestarts";

    /// <summary>The value a review record carries when the officer brought it forward (C23.2 5.2).</summary>
    public const string UnscheduledReview = "Unscheduled";

    private static IEnumerable<Order> SupervisedCommunityOrders(PersonFacts facts) =>
        facts.Orders.Where(o => !o.Custodial && o.Dates.SupervisionStart is not null && o.SupervisingSiteId is not null);

    /// <summary>
    /// C23.2 5.1: each approval or review of the plan makes the next review due at the frequency for the order type and
    /// the risk level assessed by then; the next review meets it. An early review is simply the next one.
    /// </summary>
    private static IEnumerable<Obligation> CaseManagementPlanReviews(PersonFacts facts)
    {
        foreach (var order in SupervisedCommunityOrders(facts))
        {
            // C23.2 5.2: by the pack, an unscheduled review restarts the period (the default) or leaves the schedule as it was.
            var restarts = !facts.Sites.TryGetValue(order.SupervisingSiteId!.Value, out var office)
                || RuleAt(office, CaseManagementPlanReviewRule, order.Dates.SupervisionStart!.Value)?.Rule.Values.GetValueOrDefault(UnscheduledRestartsValue) != "false";
            var reviews = facts.RecordsOf(CaseRecordKind.PlanReviewed, order.Id).Where(r => restarts || r.Value != UnscheduledReview).ToList();
            var plans = facts.RecordsOf(CaseRecordKind.PlanApproved, order.Id).Concat(reviews)
                .Where(r => r.On >= order.Dates.SupervisionStart!.Value).OrderBy(r => r.On)
                // A plan and its review approved on the same day start one period, not two.
                .DistinctBy(r => r.On).ToList();
            foreach (var plan in plans)
            {
                if (!facts.Sites.TryGetValue(order.SupervisingSiteId!.Value, out var site) || RuleAt(site, CaseManagementPlanReviewRule, plan.On) is not { } found)
                {
                    continue;
                }
                var risk = RiskLevelOn(facts, plan.On);
                var period = found.Rule.PeriodFor($"{order.OrderType}/{risk}", risk, order.OrderType)!;
                var met = reviews.FirstOrDefault(r => r.On > plan.On);
                yield return Make(
                    facts, site, ObligationKind.CaseManagementPlanReview, $"{order.Id}:{plan.On:yyyyMMdd}", plan.On, found.Pack.After(period, plan.On),
                    CurrentOfficer(facts, AllocationKind.ResponsibleOfficer, site.Id), found,
                    $"{plan.Description} on {Date(plan.On)}; {order.OrderType}, risk {Risk(risk)}: every {period}", Met(met), OrderEnd(order));
            }
            foreach (var change in RiskChanges(facts).Where(c => plans.Any(p => p.On < c.On)))
            {
                if (!facts.Sites.TryGetValue(order.SupervisingSiteId!.Value, out var site) || RuleAt(site, RiskChangeReviewRule, change.On) is not { } found)
                {
                    continue;
                }
                var met = facts.RecordsOf(CaseRecordKind.PlanReviewed, order.Id).FirstOrDefault(r => r.On >= change.On);
                yield return Make(
                    facts, site, ObligationKind.CaseManagementPlanReview, $"{order.Id}:risk:{change.On:yyyyMMdd}", change.On, found.Pack.After(found.Rule.Period!, change.On),
                    CurrentOfficer(facts, AllocationKind.ResponsibleOfficer, site.Id), found,
                    $"{change.Description} on {Date(change.On)} changed the risk from {Risk(change.From)} to {Risk(change.To)}: review the plan within {found.Rule.Period}", Met(met), OrderEnd(order));
            }
        }
    }

    /// <summary>ASM-05: the days the assessed risk of reoffending changed, with the level before and after (the last assessment of a day counts).</summary>
    private static IEnumerable<(DateOnly On, string Description, string From, string To)> RiskChanges(PersonFacts facts)
    {
        var level = PolicyPack.NotAssessed;
        foreach (var day in facts.RecordsOf(CaseRecordKind.Assessment).GroupBy(a => a.On))
        {
            var last = day.Last();
            var now = last.Value ?? PolicyPack.NotAssessed;
            if (now != level && level != PolicyPack.NotAssessed)
            {
                yield return (day.Key, last.Description, level, now);
            }
            level = now;
        }
    }

    /// <summary>
    /// Contact at the supervision level's frequency: the first within the period of the supervision start, each next
    /// within the period of the last contact kept, at the level in force then. Only the next one is ever open, so
    /// missing contacts show as one overdue contact, not a growing list. Only the kinds of contact the pack counts
    /// meet it (a program session may not be a supervision contact).
    /// </summary>
    private static IEnumerable<Obligation> Contacts(PersonFacts facts)
    {
        foreach (var order in SupervisedCommunityOrders(facts))
        {
            if (!facts.Sites.TryGetValue(order.SupervisingSiteId!.Value, out var site))
            {
                continue;
            }
            var end = OrderEnd(order);
            var previous = order.Dates.SupervisionStart!.Value;
            var previousDescription = $"{order.OrderType} supervised from {Date(previous)}";
            var counts = RuleAt(site, ContactFrequencyRule, previous)?.Rule.Values.GetValueOrDefault(CountsKindsValue)?.Split(',', StringSplitOptions.TrimEntries);
            var contacts = facts.RecordsOf(CaseRecordKind.Contact, order.Id).Where(c => counts is null || counts.Contains(c.Value)).ToList();
            for (var n = 1; end is null || previous < end.Value.On; n++)
            {
                if (RuleAt(site, ContactFrequencyRule, previous) is not { } found)
                {
                    break;
                }
                // Until a level is set, the level the pack proposes for the risk assessed by then (PPL-08).
                var set = order.SupervisionLevelOn(previous)?.Level;
                var level = set ?? found.Pack.ProposedSupervisionLevel(RiskLevelOn(facts, previous), previous) ?? "*";
                var period = found.Rule.PeriodFor($"{order.OrderType}/{level}", level, order.OrderType)!;
                var due = found.Pack.After(period, previous);
                // A level changed before the contact fell due re-times it: never sooner than the new period from the
                // last contact (no one is overdue for time before the change), nor later than both the old due date and
                // the new period from the change.
                foreach (var change in order.SupervisionLevels.Where(l => l.From > previous && l.From < due).OrderBy(l => l.From))
                {
                    (set, level) = (change.Level, change.Level);
                    period = found.Rule.PeriodFor($"{order.OrderType}/{level}", level, order.OrderType)!;
                    due = Max(found.Pack.After(period, previous), Min(due, found.Pack.After(period, change.From)));
                }
                var from = previous;
                var met = contacts.FirstOrDefault(c => n == 1 ? c.On >= from : c.On > from);
                yield return Make(
                    facts, site, ObligationKind.Contact, $"{order.Id}:{n}", previous, due,
                    CurrentOfficer(facts, AllocationKind.ResponsibleOfficer, site.Id), found,
                    $"{previousDescription}; supervision level {(set is not null ? level : level == "*" ? "not set" : $"{level} (proposed, not yet set)")}: a contact every {period}", Met(met), end);
                if (met is null)
                {
                    break;
                }
                (previous, previousDescription) = (met.On, $"Last contact {Date(met.On)}");
            }
        }
    }

    /// <summary>
    /// ASM-05: each assessment makes the next fall due within the pack's period for the risk level it found, while a
    /// supervised order is in force; the next assessment meets it.
    /// </summary>
    private static IEnumerable<Obligation> Reassessments(PersonFacts facts)
    {
        var orders = SupervisedCommunityOrders(facts).ToList();
        foreach (var assessment in facts.RecordsOf(CaseRecordKind.Assessment))
        {
            var order = orders.FirstOrDefault(o => o.IsInForceOn(assessment.On));
            if (order is null || !facts.Sites.TryGetValue(order.SupervisingSiteId!.Value, out var site) || RuleAt(site, ReassessmentRule, assessment.On) is not { } found)
            {
                continue;
            }
            var risk = assessment.Value ?? PolicyPack.NotAssessed;
            var period = found.Rule.PeriodFor(risk)!;
            var met = facts.RecordsOf(CaseRecordKind.Assessment).FirstOrDefault(r => r.On > assessment.On);
            var lastEnd = orders.All(o => OrderEnd(o) is not null) ? orders.Select(OrderEnd).MaxBy(e => e!.Value.On) : null;
            yield return Make(
                facts, site, ObligationKind.Reassessment, $"{facts.PersonId}:{assessment.On:yyyyMMdd}", assessment.On, found.Pack.After(period, assessment.On),
                CurrentOfficer(facts, AllocationKind.ResponsibleOfficer, site.Id), found,
                $"{assessment.Description} on {Date(assessment.On)}, risk {Risk(risk)}: again within {period}", Met(met), lastEnd);
        }
    }

    /// <summary>The risk level of the latest assessment on or before a date; not assessed is never shown as low (BYD-07).</summary>
    private static string RiskLevelOn(PersonFacts facts, DateOnly on) =>
        facts.RecordsOf(CaseRecordKind.Assessment).LastOrDefault(a => a.On <= on)?.Value ?? PolicyPack.NotAssessed;

    private static string Risk(string level) => level == PolicyPack.NotAssessed ? "not assessed" : level;
}
