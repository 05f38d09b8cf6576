using Waypoint.Core.Orders;
using Waypoint.Core.Policy;

namespace Waypoint.Core.Staff;

/// <summary>
/// STF-04: how much work a case is, in the pack's points, from its orders' types, the person's risk level and the
/// stage the case is at. A person with several orders is one case: it counts at its heaviest order.
/// </summary>
public static class Workload
{
    /// <summary>Community: the first weeks of supervision, while the case is being assessed and planned.</summary>
    public const string InductionStageRule = "induction-stage";

    /// <summary>Prison: the months before the earliest release date, when release planning is done.</summary>
    public const string PreReleaseStageRule = "pre-release-stage";

    public const string Induction = "Induction";
    public const string Supervision = "Supervision";
    public const string Custody = "Custody";
    public const string PreRelease = "PreRelease";

    /// <summary>The stage an order is at on a date, by the pack's stage rules in force then.</summary>
    public static string StageOf(CaseOrder order, PolicyPack pack, DateOnly on)
    {
        if (order.Custodial)
        {
            return order.Dates.EarliestRelease is { } release && pack.RuleInForce(PreReleaseStageRule, on)?.Period is { } lead
                && on <= release && on >= SubtractFrom(release, lead)
                ? PreRelease
                : Custody;
        }
        return order.Dates.SupervisionStart is { } start && pack.RuleInForce(InductionStageRule, on)?.Period is { } length && on < length.After(start)
            ? Induction
            : Supervision;
    }

    /// <summary>
    /// The weight that fits an order best: the most specific match on order type, risk level and stage, the heavier
    /// where two are as specific. Null when the pack has no weight that matches.
    /// </summary>
    public static WorkloadWeight? WeightFor(PolicyPack pack, string orderType, string riskLevel, string stage) =>
        pack.WorkloadWeights
            .Where(w => Matches(w.OrderType, orderType) && Matches(w.RiskLevel, riskLevel) && Matches(w.Stage, stage))
            .OrderByDescending(w => Specificity(w))
            .ThenByDescending(w => w.Points)
            .FirstOrDefault();

    /// <summary>A case's points on a date: its heaviest order in force (or about to start), 0 with none.</summary>
    public static CasePoints Of(IEnumerable<(CaseOrder Order, PolicyPack Pack)> orders, string riskLevel, DateOnly on)
    {
        var weighed = orders
            .Where(o => o.Order.Status == OrderStatus.Active && (o.Order.Dates.InForceOn(on, o.Order.EndedOn) || o.Order.Dates.Start > on))
            .Select(o =>
            {
                var stage = StageOf(o.Order, o.Pack, on);
                return (o.Order, Stage: stage, Weight: WeightFor(o.Pack, o.Order.OrderType, riskLevel, stage));
            })
            .Where(o => o.Weight is not null)
            .OrderByDescending(o => o.Weight!.Points)
            .FirstOrDefault();
        return weighed.Order is null
            ? new CasePoints(0, null, null, null)
            : new CasePoints(weighed.Weight!.Points, weighed.Order.OrderType, weighed.Stage, weighed.Weight.Source);
    }

    private static bool Matches(string pattern, string value) => pattern == "*" || pattern == value;

    private static int Specificity(WorkloadWeight w) => (w.OrderType == "*" ? 0 : 1) + (w.RiskLevel == "*" ? 0 : 1) + (w.Stage == "*" ? 0 : 1);

    private static DateOnly SubtractFrom(DateOnly date, PackPeriod period) => period.Unit switch
    {
        PeriodUnit.Days => date.AddDays(-period.Amount),
        PeriodUnit.Weeks => date.AddDays(-7 * period.Amount),
        _ => date.AddMonths(-period.Amount),
    };
}

/// <summary>What workload needs to know of an order (STF-04): read on its own so a team's workload is one light query.</summary>
public sealed record CaseOrder(string OrderType, bool Custodial, OrderStatus Status, OrderDates Dates, DateOnly? EndedOn)
{
    public static CaseOrder Of(Order o) => new(o.OrderType, o.Custodial, o.Status, o.Dates, o.EndedOn);
}

/// <summary>What one case weighs (STF-04), and from which order, stage and pack weight, so a team leader can see why.</summary>
public sealed record CasePoints(int Points, string? OrderType, string? Stage, string? Source);

/// <summary>An officer's workload against their capacity (STF-04).</summary>
public sealed record OfficerWorkload(string UserId, int Cases, int Points, int? Capacity)
{
    public bool OverCapacity => Capacity is { } c && Points > c;

    /// <summary>Whether adding a case of these points would take the officer over their capacity.</summary>
    public bool WouldExceed(int points) => Capacity is { } c && Points + points > c;
}
