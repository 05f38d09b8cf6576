using Waypoint.Core.Orders;

namespace Waypoint.Web.Features.Orders;

public sealed record ConditionResponse(Guid Id, string ConditionType, string Details, int? Hours, string Status)
{
    public static ConditionResponse From(OrderCondition c) => new(c.Id, c.ConditionType, c.Details, c.Hours, c.Status.ToString());
}

/// <summary>An order as the API returns it (PPL-04), with whether it is in force today.</summary>
public sealed record OrderResponse(
    Guid Id, Guid PersonId, string PolicyPack, string OrderType, bool Custodial, string IssuingAuthority, Guid? SupervisingSiteId, OrderDates Dates,
    DateOnly? EarliestRelease, string Status, DateOnly? EndedOn, string? EndReason, bool InForce, int Version, IReadOnlyList<ConditionResponse> Conditions,
    string? SupervisionLevel, IReadOnlyList<SupervisionLevelResponse> SupervisionLevels)
{
    public static OrderResponse From(Order o, DateOnly today) => new(
        o.Id, o.PersonId, o.PolicyPack, o.OrderType, o.Custodial, o.IssuingAuthority, o.SupervisingSiteId, o.Dates, o.Dates.EarliestRelease,
        o.Status.ToString(), o.EndedOn, o.EndReason, o.IsInForceOn(today), o.Version, o.Conditions.Select(ConditionResponse.From).ToList(),
        o.SupervisionLevelOn(today)?.Level, o.SupervisionLevels.OrderByDescending(l => l.From).Select(SupervisionLevelResponse.Of).ToList());
}

public sealed record SupervisionLevelResponse(Guid Id, string Level, string Proposed, DateOnly From, string? Reason, string DecidedBy)
{
    public static SupervisionLevelResponse Of(SupervisionLevelDecision d) => new(d.Id, d.Level, d.Proposed, d.From, d.Reason, d.DecidedBy);
}

/// <summary>PPL-08: a supervision level to set; the proposal comes from the order's policy pack.</summary>
public sealed class SupervisionLevelInput
{
    public string? Level { get; set; }

    public DateOnly? From { get; set; }

    public string? Reason { get; set; }
}

/// <summary>PPL-06: the effective sentence derived from the orders, and what remains of it today.</summary>
public sealed record EffectiveSentenceResponse(DateOnly Start, DateOnly End, int Days, int RemainingDays)
{
    public static EffectiveSentenceResponse? From(EffectiveSentence? s, DateOnly today) =>
        s is null ? null : new(s.Start, s.End, s.Days, s.RemainingDays(today));
}

public sealed record SentenceResponse(IReadOnlyList<OrderResponse> Orders, EffectiveSentenceResponse? EffectiveSentence);

public sealed class ConditionStatusInput
{
    public string? Status { get; set; }

    public string? Reason { get; set; }
}

/// <summary>REC-05: the office that is to supervise a community order from now on, and why.</summary>
public sealed class SupervisionTransferInput
{
    public Guid? SiteId { get; set; }

    public string? Reason { get; set; }
}
