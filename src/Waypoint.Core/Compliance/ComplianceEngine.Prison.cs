using Waypoint.Core.Orders;
using Waypoint.Core.Policy;
using Waypoint.Core.Staff;

namespace Waypoint.Core.Compliance;

/// <summary>The prison rules of COPP 10.3 beyond allocation: the IMP, the reporting cycle, and release (CON-07).</summary>
public static partial class ComplianceEngine
{
    public const string ImpThresholdRule = "imp-threshold";
    public const string ImpDueRule = "imp-due";
    public const string ReportingCycleRule = "reporting-cycle";
    public const string ReleaseBriefingRule = "release-briefing";

    /// <summary>The reporting-cycle value saying whether an extra Regular Contact Report counts as the next scheduled one (CON-04).</summary>
    public const string ExtraReportsCountValue = "extraReportsCount";

    /// <summary>The value a Regular Contact Report record carries when the officer wrote it outside the schedule.</summary>
    public const string ExtraReport = "Extra";
    public const string CommunityHandoverRule = "community-handover";

    /// <summary>
    /// COPP 10.3: an effective sentence longer than the pack's threshold needs an IMP, developed by an Assessment Officer
    /// (the site's assessment area, so its coordinator owns it) within the pack's period of the sentence starting.
    /// Release before approval takes it away.
    /// </summary>
    private static IEnumerable<Obligation> Imps(PersonFacts facts)
    {
        if (facts.Custody is null || EffectiveSentence.Of(facts.Orders) is not { } sentence || PrisonOn(facts, sentence.Start) is not { } site
            || RuleAt(site, ImpThresholdRule, sentence.Start) is not { } threshold || RuleAt(site, ImpDueRule, sentence.Start) is not { } found)
        {
            yield break;
        }
        if (!sentence.IsLongerThan(start => threshold.Pack.After(threshold.Rule.Period!, start)))
        {
            yield break;
        }
        var met = facts.RecordsOf(CaseRecordKind.ImpApproved).FirstOrDefault(r => r.On >= sentence.Start);
        yield return Make(
            facts, site, ObligationKind.ImpDue, $"{facts.PersonId}:{sentence.Start:yyyyMMdd}", sentence.Start, found.Pack.After(found.Rule.Period!, sentence.Start),
            ObligationOwner.CoordinatorAt(site.Id), found,
            $"Effective sentence {Date(sentence.Start)} to {Date(sentence.End)}, longer than {threshold.Rule.Period}", Met(met), Released(facts, sentence.Start));
    }

    /// <summary>
    /// COPP 10.3 reporting cycle, anchored on the IMP's approval: reports alternate Regular Contact Report and IMP
    /// review, each due one interval after the one before: the short interval while the rest of the effective sentence
    /// is within the final stretch (exactly the stretch counts as within), otherwise the long one. So entering the
    /// final three years switches to 3-monthly from the next report. The schedule is fixed by the anchor; each report
    /// written meets the earliest of its kind still open. The cycle stops at release or the end of the sentence.
    /// </summary>
    private static IEnumerable<Obligation> ReportingCycle(PersonFacts facts)
    {
        if (facts.Custody is null || EffectiveSentence.Of(facts.Orders) is not { } sentence
            || facts.RecordsOf(CaseRecordKind.ImpApproved).FirstOrDefault(r => r.On >= sentence.Start && r.On < sentence.End) is not { } anchor)
        {
            yield break;
        }
        var released = Released(facts, anchor.On);
        var unused = new Dictionary<ObligationKind, Queue<CaseRecord>>
        {
            [ObligationKind.RegularContactReport] = new(facts.RecordsOf(CaseRecordKind.RegularContactReport).Where(r => r.On > anchor.On && (r.Value != ExtraReport || ExtraReportsCount(facts, anchor.On)))),
            [ObligationKind.ImpReview] = new(facts.RecordsOf(CaseRecordKind.ImpReviewed).Where(r => r.On > anchor.On)),
        };
        var previous = anchor.On;
        // The schedule is counted from the anchor, not from the last due date, so a cycle anchored on 31 August stays on
        // month ends (28 or 29 February, 31 August) rather than drifting to the 28th. Intervals in the same unit add up.
        PackPeriod? sinceAnchor = null;
        for (var n = 1; released is null || previous < released.Value.On; n++)
        {
            if (PrisonOn(facts, previous) is not { } site || RuleAt(site, ReportingCycleRule, previous) is not { } found)
            {
                yield break;
            }
            var (rule, pack) = found;
            var withinFinalStretch = pack.After(rule.Named("finalStretch"), previous) >= sentence.End;
            var interval = withinFinalStretch ? rule.Period! : rule.Named("longInterval");
            sinceAnchor = sinceAnchor is { } so && so.Unit == interval.Unit ? so with { Amount = so.Amount + interval.Amount } : n == 1 ? interval : null;
            var due = sinceAnchor is { } total ? pack.After(total, anchor.On) : pack.After(interval, previous);
            if (due >= sentence.End)
            {
                yield break;
            }
            var kind = n % 2 == 1 ? ObligationKind.RegularContactReport : ObligationKind.ImpReview;
            unused[kind].TryDequeue(out var met);
            var owner = kind == ObligationKind.ImpReview ? ObligationOwner.CoordinatorAt(site.Id) : CurrentOfficer(facts, AllocationKind.CaseOfficer, site.Id);
            yield return Make(
                facts, site, kind, $"{facts.PersonId}:{anchor.On:yyyyMMdd}:{n}", previous, due, owner, found,
                $"Report {n} of the cycle from the IMP approved {Date(anchor.On)}; {(withinFinalStretch ? "within" : "more than")} {rule.Named("finalStretch")} of the effective sentence (to {Date(sentence.End)}) left: every {interval}",
                Met(met), released);
            previous = due;
        }
    }

    private static bool ExtraReportsCount(PersonFacts facts, DateOnly on) =>
        PrisonOn(facts, on) is { } site && RuleAt(site, ReportingCycleRule, on)?.Rule.Values.GetValueOrDefault(ExtraReportsCountValue) == "true";

    /// <summary>
    /// CON-07: before the earliest release date the case officer briefs the prisoner on release and reintegration
    /// activities, and the site's coordinator has a community officer allocated, each the pack's lead time ahead (at
    /// once for a sentence shorter than the lead time). Release first takes them away.
    /// </summary>
    private static IEnumerable<Obligation> ReleasePreparation(PersonFacts facts)
    {
        if (facts.Custody is null || EffectiveSentence.Of(facts.Orders) is not { } sentence || PrisonOn(facts, sentence.Start) is not { } site)
        {
            yield break;
        }
        var released = Released(facts, sentence.Start);
        var trigger = $"{facts.PersonId}:{sentence.Start:yyyyMMdd}";
        var description = $"Earliest release date {Date(sentence.End)}";
        if (RuleAt(site, ReleaseBriefingRule, sentence.Start) is { } briefing)
        {
            var due = Max(sentence.Start, briefing.Pack.Before(briefing.Rule.Period!, sentence.End));
            var met = facts.RecordsOf(CaseRecordKind.ReleaseBriefing).FirstOrDefault(r => r.On >= sentence.Start);
            yield return Make(
                facts, site, ObligationKind.ReleaseBriefing, trigger, sentence.Start, due, CurrentOfficer(facts, AllocationKind.CaseOfficer, site.Id), briefing,
                $"{description}: brief {briefing.Rule.Period} ahead", Met(met), released);
        }
        if (RuleAt(site, CommunityHandoverRule, sentence.Start) is { } handover)
        {
            var due = Max(sentence.Start, handover.Pack.Before(handover.Rule.Period!, sentence.End));
            var officer = facts.Allocation?.Allocations.FirstOrDefault(a => a.Kind == AllocationKind.ResponsibleOfficer && a.From >= sentence.Start);
            (DateOnly, string)? met = officer is null ? null : (officer.From, $"Community officer {officer.OfficerName} allocated");
            yield return Make(
                facts, site, ObligationKind.CommunityHandover, trigger, sentence.Start, due, ObligationOwner.CoordinatorAt(site.Id), handover,
                $"{description}: a community officer {handover.Rule.Period} ahead", met, released);
        }
    }

    /// <summary>The prison a person was at on a date, or first went to after it (a sentence can start before reception).</summary>
    private static SiteRules? PrisonOn(PersonFacts facts, DateOnly on)
    {
        var placement = facts.Custody!.PlacementOn(on) ?? facts.Custody.Placements.Where(p => p.From >= on).MinBy(p => p.From) ?? facts.Custody.LatestPermanent;
        return placement is not null && facts.Sites.TryGetValue(placement.SiteId, out var site) ? site : null;
    }

    /// <summary>The first release on or after a date, which ends the work that was for the stay.</summary>
    private static (DateOnly On, string Because)? Released(PersonFacts facts, DateOnly after) =>
        facts.Custody!.Placements.Where(p => p.ReleaseReason is not null && p.To >= after).MinBy(p => p.To) is { To: { } on } placement
            ? (on, $"Released on {Date(on)} ({placement.ReleaseReason})")
            : null;
}
