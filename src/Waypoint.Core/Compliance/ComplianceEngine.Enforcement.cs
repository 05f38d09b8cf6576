using Waypoint.Core.Staff;

namespace Waypoint.Core.Compliance;

/// <summary>The start of supervision and the enforcement rules (CON-01, ENF-02, BYD-02; EB1 P3-P6, P14-P17).</summary>
public static partial class ComplianceEngine
{
    public const string InductionRule = "induction";
    public const string NonComplianceVerificationRule = "non-compliance-verification";
    public const string AbsenceEvidenceRule = "absence-evidence";
    public const string WarningThresholdRule = "warning-threshold";
    public const string EffectivenessSummaryRule = "effectiveness-summary";

    /// <summary>
    /// CON-01 (EB1 P3, P6): each supervised order's induction within the pack's period of its supervision start, met by
    /// the session that completes it: every topic explained and the person's understanding confirmed.
    /// </summary>
    private static IEnumerable<Obligation> Inductions(PersonFacts facts)
    {
        foreach (var order in SupervisedCommunityOrders(facts))
        {
            var start = order.Dates.SupervisionStart!.Value;
            if (!facts.Sites.TryGetValue(order.SupervisingSiteId!.Value, out var site) || RuleAt(site, InductionRule, start) is not { } found)
            {
                continue;
            }
            var met = facts.RecordsOf(CaseRecordKind.InductionCompleted, order.Id).FirstOrDefault(r => r.On >= start);
            yield return Make(
                facts, site, ObligationKind.Induction, $"{order.Id}", start, found.Pack.After(found.Rule.Period!, start),
                CurrentOfficer(facts, AllocationKind.ResponsibleOfficer, site.Id), found, $"{order.OrderType} supervised from {Date(start)}", Met(met), OrderEnd(order));
        }
    }

    /// <summary>
    /// ENF-02 (EB1 P15-P17): each apparent non-compliance verified and decided within the pack's period of being
    /// recorded; while the person is bringing evidence for their reason, by the pack's evidence deadline from the day
    /// it was asked for instead (BYD-02). The decision meets it. It falls under the order concerned, or the person's
    /// supervised order when none was named.
    /// </summary>
    private static IEnumerable<Obligation> NonComplianceVerifications(PersonFacts facts)
    {
        var orders = SupervisedCommunityOrders(facts).ToList();
        foreach (var recorded in facts.RecordsOf(CaseRecordKind.NonComplianceRecorded))
        {
            var order = orders.FirstOrDefault(o => o.Id == recorded.OrderId) ?? orders.Where(o => o.IsInForceOn(recorded.On)).MinBy(o => o.Dates.SupervisionStart);
            if (order is null || !facts.Sites.TryGetValue(order.SupervisingSiteId!.Value, out var site)
                || RuleAt(site, NonComplianceVerificationRule, recorded.On) is not { } found)
            {
                continue;
            }
            var decided = facts.RecordsOf(CaseRecordKind.NonComplianceDecided).FirstOrDefault(r => r.Value == recorded.Value);
            var description = recorded.Description;
            var due = found.Pack.After(found.Rule.Period!, recorded.On);
            if (facts.RecordsOf(CaseRecordKind.EvidenceRequested).LastOrDefault(r => r.Value == recorded.Value) is { } asked
                && RuleAt(site, AbsenceEvidenceRule, asked.On) is { } evidence)
            {
                found = evidence;
                due = evidence.Pack.After(evidence.Rule.Period!, asked.On);
                description += $"; evidence asked for on {Date(asked.On)}, due within {evidence.Rule.Period}";
            }
            yield return Make(
                facts, site, ObligationKind.VerifyNonCompliance, recorded.Value!, recorded.On, due,
                CurrentOfficer(facts, AllocationKind.ResponsibleOfficer, site.Id), found, description, Met(decided), null);
        }
    }

    /// <summary>
    /// ENF-03 (EB1 P18-P19): under each supervised order, the warning that brings the warnings within the pack's window
    /// to its threshold puts breach action to the officer (and so to their team leader's team queue), due within the
    /// pack's decision period. Starting a breach referral under the order meets it; a team leader may waive it, saying
    /// why breach action is not taken. While one is open, further warnings add nothing; after it is met or waived, the
    /// next warning that keeps the count at the threshold puts it again.
    /// </summary>
    private static IEnumerable<Obligation> BreachActions(PersonFacts facts)
    {
        var waived = (facts.Waivers ?? []).Select(w => (w.ObligationKey, w.On)).ToList();
        foreach (var order in SupervisedCommunityOrders(facts))
        {
            var warnings = facts.RecordsOf(CaseRecordKind.Warning, order.Id).Where(w => w.OrderId == order.Id).ToList();
            DateOnly? settled = null;
            var open = false;
            foreach (var warning in warnings)
            {
                if (open || (settled is { } s && warning.On < s)
                    || !facts.Sites.TryGetValue(order.SupervisingSiteId!.Value, out var site) || RuleAt(site, WarningThresholdRule, warning.On) is not { } found
                    || !int.TryParse(found.Rule.Values.GetValueOrDefault(Enforcement.WarningWindow.ThresholdValue), out var threshold))
                {
                    continue;
                }
                var window = found.Rule.Period!;
                var counting = warnings.Count(w => w.On <= warning.On && found.Pack.After(window, w.On) > warning.On);
                if (counting < threshold)
                {
                    continue;
                }
                var key = $"{ObligationKind.BreachAction}:{warning.Value}";
                var met = facts.RecordsOf(CaseRecordKind.BreachReferralStarted, order.Id).FirstOrDefault(r => r.OrderId == order.Id && r.On >= warning.On);
                var waiver = waived.Where(w => w.ObligationKey == key).Select(w => (DateOnly?)w.On).FirstOrDefault();
                settled = met?.On ?? waiver;
                open = settled is null;
                yield return Make(
                    facts, site, ObligationKind.BreachAction, warning.Value!, warning.On, found.Pack.After(found.Rule.Named("decision"), warning.On),
                    CurrentOfficer(facts, AllocationKind.ResponsibleOfficer, site.Id), found,
                    $"{counting} formal warnings under the {order.OrderType} within {window} (the last on {Date(warning.On)}); the threshold is {threshold}", Met(met), OrderEnd(order));
            }
        }
    }

    /// <summary>
    /// ENF-06 (EB1 P22): each supervised order's summary of evidence of the sentence's effectiveness, due within the
    /// pack's period of the order ending: the day it was completed or revoked, otherwise its expiry. Known from the
    /// start, so it moves when the order ends early; an order with no expiry has none until it ends. The completed
    /// summary meets it.
    /// </summary>
    private static IEnumerable<Obligation> EffectivenessSummaries(PersonFacts facts)
    {
        foreach (var order in SupervisedCommunityOrders(facts))
        {
            if ((order.EndedOn ?? order.Dates.Expiry) is not { } end || !facts.Sites.TryGetValue(order.SupervisingSiteId!.Value, out var site)
                || RuleAt(site, EffectivenessSummaryRule, end) is not { } found)
            {
                continue;
            }
            var ending = order.EndedOn is null ? $"expires on {Date(end)}" : $"{order.Status.ToString().ToLowerInvariant()} on {Date(end)}";
            var met = facts.RecordsOf(CaseRecordKind.EffectivenessSummaryCompleted, order.Id).FirstOrDefault(r => r.OrderId == order.Id);
            yield return Make(
                facts, site, ObligationKind.EffectivenessSummary, $"{order.Id}", end, found.Pack.After(found.Rule.Period!, end),
                CurrentOfficer(facts, AllocationKind.ResponsibleOfficer, site.Id), found, $"{order.OrderType} {ending}", Met(met), null);
        }
    }
}
