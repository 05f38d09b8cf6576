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
public static partial class ComplianceEngine
{
    /// <summary>
    /// Changes whenever the derivation itself changes (not the packs), so stored obligations are derived again once
    /// on the next start.
    /// </summary>
    public const int Revision = 6;

    public const string CaseOfficerAllocationRule = "case-officer-allocation";
    public const string AllocationWaitsForValue = "waitsFor";
    public const string AllocationWaitsForImp = "ApprovedImp";
    public const string CaseManagementPlanRule = "cmp-due";
    public const string PlanMetByValue = "metBy";
    public const string PlanMetByApproval = "TeamLeaderApproved";
    public const string PlanMetByAgreement = "PersonSignedOrRefused";
    public const string PrimaryContactReportRule = "primary-contact-report";

    /// <summary>Every obligation of the person's case; a team leader's waiver is carried onto the one it names.</summary>
    public static IReadOnlyList<Obligation> Derive(PersonFacts facts)
    {
        List<Obligation> all =
        [
            .. AllocateCaseOfficer(facts),
            .. CaseManagementPlans(facts),
            .. CaseManagementPlanReviews(facts),
            .. Contacts(facts),
            .. Inductions(facts),
            .. NonComplianceVerifications(facts),
            .. BreachActions(facts),
            .. EffectivenessSummaries(facts),
            .. Reassessments(facts),
            .. PrimaryContactReports(facts),
            .. Imps(facts),
            .. ReportingCycle(facts),
            .. ReleasePreparation(facts),
        ];
        if (facts.Waivers is not { Count: > 0 } waivers)
        {
            return all;
        }
        var byKey = waivers.GroupBy(w => w.ObligationKey).ToDictionary(g => g.Key, g => g.MaxBy(w => w.On)!);
        return all.Select(o => o.MetOn is null && byKey.TryGetValue(o.Key, out var w) ? o with { WaivedOn = w.On, WaivedBy = w.ApprovedBy, WaiverReason = w.Reason } : o).ToList();
    }

    /// <summary>
    /// COPP 10.3 Case allocation: each arrival at a permanent placement (reception or permanent transfer) needs a case
    /// officer within the period, met by the first case-officer allocation on or after arrival. A temporary move is not
    /// an arrival. Leaving before anyone was allocated ends it. Where the pack says allocation waits for an approved
    /// IMP ("all prisoners with an approved IMP shall have a Case Officer allocated"), there is nothing to do until
    /// one is approved, and the period runs from the later of the arrival and the approval.
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
            var start = arrival.From;
            var why = $"Arrived at {arrival.SiteName} on {Date(arrival.From)} (permanent placement)";
            if (rule.Values.GetValueOrDefault(AllocationWaitsForValue) == AllocationWaitsForImp)
            {
                if (facts.RecordsOf(CaseRecordKind.ImpApproved).FirstOrDefault(r => stayEnds is null || r.On < stayEnds) is not { } imp)
                {
                    continue;
                }
                start = Max(start, imp.On);
                why += imp.On > arrival.From ? $"; IMP approved on {Date(imp.On)}" : "; IMP approved";
            }
            var met = facts.Allocation?.Allocations
                .Where(a => a.Kind == AllocationKind.CaseOfficer && a.From >= arrival.From && (stayEnds is null || a.From < stayEnds))
                .MinBy(a => a.From);
            yield return new Obligation(
                $"{ObligationKind.AllocateCaseOfficer}:{arrival.Id}", facts.PersonId, ObligationKind.AllocateCaseOfficer, start,
                pack.After(rule.Period!, start), ObligationOwner.CoordinatorAt(site.Id), rule.Id, rule.Source, pack.Id, rule.Since ?? pack.Version,
                why,
                met?.From, met is null ? null : $"Case officer {met.OfficerName} allocated",
                met is null ? stayEnds : null, met is null && stayEnds is not null ? "Left the prison before a case officer was allocated" : null, SiteId: site.Id);
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
    /// start, met by the event the pack names; the order ending first takes it away. A plan or review agreed after a
    /// new concurrent order's start meets that order's, so a new order makes a review fall due (PLN-01).
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
            // PLN-01: the pack says which event completes the plan: the team leader's approval, or the person's
            // signature or recorded refusal after it.
            var counting = rule.Values.GetValueOrDefault(PlanMetByValue) == PlanMetByApproval ? CaseRecordKind.PlanApproved : CaseRecordKind.PlanAgreed;
            var met = facts.RecordsOf(counting, order.Id).FirstOrDefault(r => r.On >= start);
            yield return Make(
                facts, site, ObligationKind.CaseManagementPlan, $"{order.Id}", start, pack.After(rule.Period!, start), CurrentOfficer(facts, AllocationKind.ResponsibleOfficer, site.Id),
                found, $"{order.OrderType} supervised from {Date(start)}", Met(met), OrderEnd(order));
        }
    }

    /// <summary>
    /// COPP 10.3 Primary (Initial) Contact Report: due within the period of each case-officer allocation, so again after
    /// a permanent transfer and a new allocation; met by the first report on or after the allocation. The allocation
    /// ending first takes it away.
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
            var met = facts.RecordsOf(CaseRecordKind.PrimaryContactReport).FirstOrDefault(r => r.On >= allocation.From && (allocation.To is null || r.On < allocation.To));
            yield return Make(
                facts, site, ObligationKind.PrimaryContactReport, $"{allocation.Id}", allocation.From, pack.After(rule.Period!, allocation.From),
                ObligationOwner.Officer(allocation.OfficerUserId), found, $"{allocation.OfficerName} allocated as case officer on {Date(allocation.From)}",
                Met(met), allocation.To is { } to ? (to, $"Allocation ended on {Date(to)}") : null);
        }
    }

    /// <summary>
    /// The time limit as it applies at the site on the day that triggered it (CMP-06, CMP-07); none when the site is
    /// exempt, has no pack, or the pack has no such rule then.
    /// </summary>
    private static (PackRule Rule, PolicyPack Pack)? RuleAt(SiteRules site, string ruleId, DateOnly on) =>
        site.Pack is { } pack && pack.RuleAt(site.Code, ruleId, on).Rule is { Period: not null } rule ? (rule, pack) : null;

    private static string Date(DateOnly d) => d.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    /// <summary>
    /// An obligation keyed by its kind and the record that triggered it, citing the rule in force then. Once met it no
    /// longer ends: the record of meeting it stands.
    /// </summary>
    private static Obligation Make(
        PersonFacts facts, SiteRules site, ObligationKind kind, string trigger, DateOnly triggeredOn, DateOnly dueOn, ObligationOwner owner,
        (PackRule Rule, PolicyPack Pack) found, string description, (DateOnly On, string By)? met, (DateOnly On, string Because)? ended) =>
        new($"{kind}:{trigger}", facts.PersonId, kind, triggeredOn, dueOn, owner, found.Rule.Id, found.Rule.Source, found.Pack.Id,
            found.Rule.Since ?? found.Pack.Version, description, met?.On, met?.By,
            met is null ? ended?.On : null, met is null ? ended?.Because : null, SiteId: site.Id);

    private static (DateOnly On, string By)? Met(CaseRecord? record) => record is null ? null : (record.On, record.Description);

    /// <summary>
    /// The allocated officer; while nobody is, whoever does coordinator duties at the site (REC-01), since their first
    /// task is to allocate someone.
    /// </summary>
    private static ObligationOwner CurrentOfficer(PersonFacts facts, AllocationKind kind, Guid siteId) =>
        facts.Allocation?.Current(kind) is { } officer ? ObligationOwner.Officer(officer.OfficerUserId) : ObligationOwner.CoordinatorAt(siteId);

    private static (DateOnly On, string Because)? OrderEnd(Order order) =>
        order.EndedOn is { } ended ? (ended, $"Order {order.Status.ToString().ToLowerInvariant()} on {Date(ended)}")
        : order.Dates.Expiry is { } expiry ? (expiry.AddDays(1), $"Order expired on {Date(expiry)}")
        : null;
}
