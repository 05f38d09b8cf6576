using System.Globalization;
using Waypoint.Core.Orders;
using Waypoint.Core.Policy;
using Waypoint.Core.Staff;

namespace Waypoint.Core.Compliance;

/// <summary>
/// The compliance engine (CMP-01..03): a pure function from a person's facts to every obligation the packs' rules
/// require of their case, each with the rule, clause and pack version in force on the day that triggered it (CMP-06)
/// and the site's own value or exemption (CMP-07). No time limit is written here: every period is the pack's.
/// </summary>
public static class ComplianceEngine
{
    public const string CaseOfficerAllocationRule = "case-officer-allocation";
    public const string CaseManagementPlanRule = "cmp-due";
    public const string PrimaryContactReportRule = "primary-contact-report";

    public static IReadOnlyList<Obligation> Derive(PersonFacts facts) =>
    [
        .. AllocateCaseOfficer(facts),
        .. CaseManagementPlans(facts),
        .. PrimaryContactReports(facts),
    ];

    /// <summary>
    /// COPP 10.3 Case allocation: each arrival at a permanent placement (reception or permanent transfer) needs a case
    /// officer within the period, met by the first case-officer allocation on or after arrival. A temporary move is not
    /// an arrival. Leaving before anyone was allocated ends it.
    /// </summary>
    private static IEnumerable<Obligation> AllocateCaseOfficer(PersonFacts facts)
    {
        if (facts.Custody is null)
        {
            yield break;
        }
        var arrivals = Arrivals(facts.Custody.Placements);
        for (var i = 0; i < arrivals.Count; i++)
        {
            var arrival = arrivals[i];
            if (!facts.Sites.TryGetValue(arrival.SiteId, out var site) || RuleAt(site, CaseOfficerAllocationRule, arrival.From) is not { } found)
            {
                continue;
            }
            var (rule, pack) = found;
            var released = facts.Custody.Placements.FirstOrDefault(p => p.From >= arrival.From && p.ReleaseReason is not null)?.To;
            var stayEnds = new[] { i + 1 < arrivals.Count ? arrivals[i + 1].From : (DateOnly?)null, released }.Where(d => d is not null).Min();
            var met = facts.Allocation?.Allocations
                .Where(a => a.Kind == AllocationKind.CaseOfficer && a.From >= arrival.From && (stayEnds is null || a.From < stayEnds))
                .MinBy(a => a.From);
            yield return new Obligation(
                $"{ObligationKind.AllocateCaseOfficer}:{arrival.Id}", facts.PersonId, ObligationKind.AllocateCaseOfficer, arrival.From,
                rule.Period!.After(arrival.From), ObligationOwner.CoordinatorAt(site.Id), rule.Id, rule.Source, pack.Id, rule.Since ?? pack.Version,
                $"Arrived at {arrival.SiteName} on {Date(arrival.From)} (permanent placement)",
                met?.From, met is null ? null : $"Case officer {met.OfficerName} allocated",
                met is null ? stayEnds : null, met is null && stayEnds is not null ? "Left the prison before a case officer was allocated" : null);
        }
    }

    /// <summary>
    /// The arrivals that start an allocation period: a reception, or a permanent placement at another prison. Coming
    /// back from a temporary move (court, hospital) to the same prison continues the stay.
    /// </summary>
    private static List<Custody.Placement> Arrivals(IReadOnlyList<Custody.Placement> placements)
    {
        var arrivals = new List<Custody.Placement>();
        Custody.Placement? stay = null;
        foreach (var placement in placements.OrderBy(p => p.From))
        {
            var releasedSince = stay is not null && placements.Any(p => p.From >= stay.From && p.From < placement.From && p.ReleaseReason is not null);
            if (placement.Permanent && (stay is null || stay.SiteId != placement.SiteId || releasedSince))
            {
                arrivals.Add(placement);
            }
            if (placement.Permanent)
            {
                stay = placement;
            }
        }
        return arrivals;
    }

    /// <summary>
    /// C23.2 1.3: each supervised community order needs its Case Management Plan within the period of its supervision
    /// start. Plans are not recorded yet, so it stays open; the order ending takes it away.
    /// </summary>
    private static IEnumerable<Obligation> CaseManagementPlans(PersonFacts facts)
    {
        foreach (var order in facts.Orders.Where(o => !o.Custodial && o.Dates.SupervisionStart is not null && o.SupervisingSiteId is not null))
        {
            var start = order.Dates.SupervisionStart!.Value;
            if (!facts.Sites.TryGetValue(order.SupervisingSiteId!.Value, out var site) || RuleAt(site, CaseManagementPlanRule, start) is not { } found)
            {
                continue;
            }
            var (rule, pack) = found;
            var officer = facts.Allocation?.Current(AllocationKind.ResponsibleOfficer);
            yield return new Obligation(
                $"{ObligationKind.CaseManagementPlan}:{order.Id}", facts.PersonId, ObligationKind.CaseManagementPlan, start, rule.Period!.After(start),
                officer is null ? ObligationOwner.Unallocated : ObligationOwner.Officer(officer.OfficerUserId), rule.Id, rule.Source, pack.Id, rule.Since ?? pack.Version,
                $"{order.OrderType} supervised from {Date(start)}",
                EndedOn: order.EndedOn, EndedBecause: order.EndedOn is null ? null : $"Order {order.Status.ToString().ToLowerInvariant()} on {Date(order.EndedOn.Value)}");
        }
    }

    /// <summary>
    /// COPP 10.3 Primary (Initial) Contact Report: due within the period of each case-officer allocation, so again after
    /// a permanent transfer and a new allocation. Reports are not recorded yet, so it stays open; the allocation ending
    /// first takes it away.
    /// </summary>
    private static IEnumerable<Obligation> PrimaryContactReports(PersonFacts facts)
    {
        if (facts.Allocation is null || facts.Custody is null)
        {
            yield break;
        }
        foreach (var allocation in facts.Allocation.Allocations.Where(a => a.Kind == AllocationKind.CaseOfficer))
        {
            var placement = facts.Custody.PlacementOn(allocation.From) ?? facts.Custody.Current;
            if (placement is null || !facts.Sites.TryGetValue(placement.SiteId, out var site)
                || RuleAt(site, PrimaryContactReportRule, allocation.From) is not { } found)
            {
                continue;
            }
            var (rule, pack) = found;
            yield return new Obligation(
                $"{ObligationKind.PrimaryContactReport}:{allocation.Id}", facts.PersonId, ObligationKind.PrimaryContactReport, allocation.From,
                rule.Period!.After(allocation.From), ObligationOwner.Officer(allocation.OfficerUserId), rule.Id, rule.Source, pack.Id, rule.Since ?? pack.Version,
                $"{allocation.OfficerName} allocated as case officer on {Date(allocation.From)}",
                EndedOn: allocation.To, EndedBecause: allocation.To is null ? null : $"Allocation ended on {Date(allocation.To.Value)}");
        }
    }

    /// <summary>
    /// The time limit as it applies at the site on the day that triggered it (CMP-06, CMP-07); none when the site is
    /// exempt, has no pack, or the pack has no such rule then.
    /// </summary>
    private static (PackRule Rule, PolicyPack Pack)? RuleAt(SiteRules site, string ruleId, DateOnly on) =>
        site.Pack is { } pack && pack.RuleAt(site.Code, ruleId, on).Rule is { Period: not null } rule ? (rule, pack) : null;

    private static string Date(DateOnly d) => d.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}
