using Waypoint.Core.Common;

namespace Waypoint.Core.Orders;

/// <summary>
/// An order's dates (PPL-04). For imprisonment: the earliest eligibility date for parole (EED), earliest date of release
/// (EDR) and statutory review date (SRD), whichever apply (COPP 10.3 Definitions).
/// </summary>
public sealed record OrderDates(
    DateOnly SentenceDate,
    DateOnly Start,
    DateOnly? SupervisionStart,
    DateOnly? Expiry,
    DateOnly? EarliestEligibilityDate,
    DateOnly? EarliestDateOfRelease,
    DateOnly? StatutoryReviewDate)
{
    /// <summary>Whether an order with these dates is in force on a date: started, not expired, not ended.</summary>
    public bool InForceOn(DateOnly date, DateOnly? endedOn) =>
        Start <= date && (Expiry is null || Expiry >= date) && (endedOn is null || endedOn > date);

    /// <summary>The earliest of EED, EDR and SRD that applies: the end of the time to be served in prison (PPL-06).</summary>
    public DateOnly? EarliestRelease =>
        new[] { EarliestEligibilityDate, EarliestDateOfRelease, StatutoryReviewDate }.Where(d => d is not null).Min();

    internal static void Check(OrderDates dates, bool custodial, DateOnly today)
    {
        BusinessRuleViolation.ThrowIfBroken(new OrderDatesMustBePlausibleRule(dates, today));
        BusinessRuleViolation.ThrowIfBroken(new SentenceDateMustNotBeAfterStartRule(dates));
        BusinessRuleViolation.ThrowIfBroken(new OrderExpiryMustNotBeBeforeStartRule(dates));
        BusinessRuleViolation.ThrowIfBroken(new SupervisionStartMustBeWithinOrderRule(dates));
        BusinessRuleViolation.ThrowIfBroken(new ReleaseDatesOnlyForCustodyRule(dates, custodial));
        BusinessRuleViolation.ThrowIfBroken(new ReleaseDatesMustBeWithinSentenceRule(dates));
    }

    internal IReadOnlyList<FieldChange> Compare(OrderDates next)
    {
        var changes = new List<FieldChange>();
        FieldChange.Track(changes, nameof(SentenceDate), SentenceDate, next.SentenceDate);
        FieldChange.Track(changes, nameof(Start), Start, next.Start);
        FieldChange.Track(changes, nameof(SupervisionStart), SupervisionStart, next.SupervisionStart);
        FieldChange.Track(changes, nameof(Expiry), Expiry, next.Expiry);
        FieldChange.Track(changes, nameof(EarliestEligibilityDate), EarliestEligibilityDate, next.EarliestEligibilityDate);
        FieldChange.Track(changes, nameof(EarliestDateOfRelease), EarliestDateOfRelease, next.EarliestDateOfRelease);
        FieldChange.Track(changes, nameof(StatutoryReviewDate), StatutoryReviewDate, next.StatutoryReviewDate);
        return changes;
    }

    public IEnumerable<(string Field, DateOnly Date)> All()
    {
        yield return (nameof(SentenceDate), SentenceDate);
        yield return (nameof(Start), Start);
        foreach (var (field, date) in new[] { (nameof(SupervisionStart), SupervisionStart), (nameof(Expiry), Expiry), (nameof(EarliestEligibilityDate), EarliestEligibilityDate), (nameof(EarliestDateOfRelease), EarliestDateOfRelease), (nameof(StatutoryReviewDate), StatutoryReviewDate) })
        {
            if (date is { } d)
            {
                yield return (field, d);
            }
        }
    }
}
