using Waypoint.Core.Orders;
using Waypoint.Core.Policy;

namespace Waypoint.Core.Tests.Orders;

/// <summary>
/// Golden tests of COPP 10.3 Definitions, "Effective Sentence": the length of sentence a prisoner is actually required
/// to serve in prison prior to their EED for release on parole, EDR or SRD (PPL-06).
/// </summary>
public sealed class EffectiveSentenceTests
{
    private static readonly DateOnly Today = new(2026, 11, 26);
    private static readonly Guid Person = Guid.NewGuid();

    private static Order Prison(string start, string? eed = null, string? edr = null, string? srd = null, string? expiry = null) =>
        Order.Make(Person, "prisons", "Imprisonment", custodial: true, "District Court",
            new OrderDates(D(start), D(start), null, expiry is null ? null : D(expiry), eed is null ? null : D(eed), edr is null ? null : D(edr), srd is null ? null : D(srd)), Today);

    private static DateOnly D(string s) => DateOnly.Parse(s, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    [Trait("Req", "PPL-06")]
    public void OneSentence_RunsFromStartToEed()
    {
        var sentence = EffectiveSentence.Of([Prison("2026-01-10", eed: "2027-07-10", expiry: "2029-01-09")])!;
        Assert.Equal(new EffectiveSentence(D("2026-01-10"), D("2027-07-10")), sentence);
        Assert.Equal(546, sentence.Days);
        Assert.Equal(365, sentence.RemainingDays(D("2026-07-10")));
    }

    [Fact]
    [Trait("Req", "PPL-06")]
    public void TheEarliestOfEedEdrAndSrdThatApplies_EndsIt()
    {
        var sentence = EffectiveSentence.Of([Prison("2026-01-01", eed: "2028-01-01", edr: "2027-06-01", srd: "2029-01-01")])!;
        Assert.Equal(D("2027-06-01"), sentence.End);
    }

    [Fact]
    [Trait("Req", "PPL-06")]
    public void ConcurrentSentences_RunToTheLaterRelease()
    {
        var sentence = EffectiveSentence.Of([Prison("2026-01-01", eed: "2026-12-31"), Prison("2026-03-01", edr: "2028-02-29")])!;
        Assert.Equal(new EffectiveSentence(D("2026-01-01"), D("2028-02-29")), sentence);
    }

    [Fact]
    [Trait("Req", "PPL-06")]
    public void CumulativeSentence_StartingWhenTheFirstEnds_ExtendsIt()
    {
        var sentence = EffectiveSentence.Of([Prison("2026-01-01", edr: "2026-09-30"), Prison("2026-10-01", edr: "2027-09-30")])!;
        Assert.Equal(new EffectiveSentence(D("2026-01-01"), D("2027-09-30")), sentence);
        Assert.Equal(0, sentence.RemainingDays(D("2027-10-15")));
    }

    [Fact]
    [Trait("Req", "PPL-06")]
    public void ParoleFollowingImprisonment_IsNotServedInPrison()
    {
        var prison = Prison("2025-01-01", eed: "2026-01-01", expiry: "2027-01-01");
        var parole = Order.Make(Person, "prisons", "Parole", custodial: false, "Prisoners Review Board",
            new OrderDates(D("2025-12-15"), D("2026-01-01"), D("2026-01-01"), D("2027-01-01"), null, null, null), Today);
        var sentence = EffectiveSentence.Of([prison, parole])!;
        Assert.Equal(new EffectiveSentence(D("2025-01-01"), D("2026-01-01")), sentence);
        Assert.Equal(0, sentence.RemainingDays(D("2026-06-01")));
    }

    [Fact]
    [Trait("Req", "PPL-06")]
    public void NoCustodialOrder_HasNoEffectiveSentence()
    {
        var order = Order.Make(Person, "community", "ICO", custodial: false, "Supreme Court",
            new OrderDates(D("2026-01-01"), D("2026-01-01"), D("2026-01-05"), D("2027-01-01"), null, null, null), Today);
        Assert.Null(EffectiveSentence.Of([order]));
    }

    [Fact]
    [Trait("Req", "PPL-06")]
    public void RevokedSentence_NoLongerCounts()
    {
        var first = Prison("2026-01-01", edr: "2026-06-30");
        var quashed = Prison("2026-01-01", edr: "2030-06-30");
        quashed.End(OrderStatus.Revoked, D("2026-02-01"), "Quashed on appeal");
        Assert.Equal(D("2026-06-30"), EffectiveSentence.Of([first, quashed])!.End);
    }

    [Theory]
    [Trait("Req", "PLN-09")]
    [InlineData("2026-07-01", false)]
    [InlineData("2026-07-02", true)]
    public void ImpThreshold_IsAnEffectiveSentenceGreaterThanSixMonths_Copp103(string release, bool needsImp)
    {
        var sentence = EffectiveSentence.Of([Prison("2026-01-01", edr: release)])!;
        var sixMonths = new PackPeriod(6, PeriodUnit.Months);
        Assert.Equal(needsImp, sentence.IsLongerThan(start => sixMonths.After(start)));
    }
}
