namespace Waypoint.Core.Orders;

/// <summary>
/// PPL-06, COPP 10.3 Definitions: "the length of sentence that a prisoner is actually required to serve in prison prior
/// to their Earliest Eligibility Date (EED) for release on parole, Earliest Date of Release (EDR) or Statutory Review
/// Date (SRD)". Derived from the custodial orders, never typed: it runs from the earliest start of the custodial
/// orders in force to the latest of their release dates (each order's earliest applicable EED/EDR/SRD), so concurrent
/// sentences overlap and a cumulative sentence, starting when another ends, extends it. Community orders such as
/// parole are not served in prison and do not count.
/// </summary>
public sealed record EffectiveSentence(DateOnly Start, DateOnly End)
{
    public int Days => End.DayNumber - Start.DayNumber;

    /// <summary>What remains to serve on a date: zero once the end is reached.</summary>
    public int RemainingDays(DateOnly on) => Math.Max(0, End.DayNumber - Math.Max(on.DayNumber, Start.DayNumber));

    /// <summary>Whether the effective sentence is longer than a period that starts with it, such as the IMP's six months.</summary>
    public bool IsLongerThan(Func<DateOnly, DateOnly> period) => End > period(Start);

    /// <summary>The effective sentence of these orders, or null when none is custodial with a release date.</summary>
    public static EffectiveSentence? Of(IEnumerable<Order> orders)
    {
        var custodial = orders.Where(o => o.Custodial && o.Status == OrderStatus.Active && o.Dates.EarliestRelease is not null).ToList();
        return custodial.Count == 0
            ? null
            : new EffectiveSentence(custodial.Min(o => o.Dates.Start), custodial.Max(o => o.Dates.EarliestRelease!.Value));
    }
}
