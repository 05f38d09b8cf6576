using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Waypoint.Core.Assessments;
using Waypoint.Core.Policy;

namespace Waypoint.Core.Tests.Assessments;

/// <summary>ASM-01, ASM-02: LSI-R and LSI-R: SV scored from item scores against the shipped packs' cut-offs.</summary>
public sealed class LsiRTests
{
    private static readonly LsiRDefinition Definition = ShippedPacks.Community.Assessments!.LsiR;
    private static readonly ScreeningDefinition Screening = ShippedPacks.Community.Assessments!.LsiRSv;

    /// <summary>Item scores with the first <paramref name="yes"/> items of each subscale scored 1.</summary>
    private static Dictionary<string, int[]> Items(IReadOnlyDictionary<string, int> yes) =>
        Definition.Subscales.ToDictionary(s => s.Code, s => Enumerable.Range(0, s.Items).Select(i => i < yes.GetValueOrDefault(s.Code) ? 1 : 0).ToArray());

    [Fact]
    [Trait("Req", "ASM-01")]
    public void TheLsiR_HasTenSubscalesOfFiftyFourItems_AsPublished()
    {
        Assert.Equal(
            ["CriminalHistory", "EducationEmployment", "Financial", "FamilyMarital", "Accommodation", "LeisureRecreation", "Companions", "AlcoholDrug", "EmotionalPersonal", "AttitudesOrientation"],
            Definition.Subscales.Select(s => s.Code));
        Assert.Equal(54, Definition.MaximumScore);
    }

    [Fact]
    [Trait("Req", "ASM-01")]
    public void Golden_SubscalesTotalBandAndNeeds()
    {
        // Pack cut-offs (defaults): 24-33 is Moderate, pack risk Medium; a domain is a need from half its items scored.
        var result = LsiR.Score(Definition, Items(new Dictionary<string, int>
        {
            ["CriminalHistory"] = 6, ["EducationEmployment"] = 4, ["Financial"] = 1, ["FamilyMarital"] = 2, ["Accommodation"] = 0,
            ["LeisureRecreation"] = 2, ["Companions"] = 2, ["AlcoholDrug"] = 5, ["EmotionalPersonal"] = 1, ["AttitudesOrientation"] = 2,
        }));
        Assert.Equal(25, result.Total);
        Assert.Equal(("Moderate", "Medium"), (result.Band.Code, result.Band.RiskLevel));
        Assert.Equal(["CriminalHistory", "Financial", "FamilyMarital", "LeisureRecreation", "AlcoholDrug", "AttitudesOrientation"], result.Needs);
        Assert.Equal((4, 10, false), result.Subscales.Single(s => s.Code == "EducationEmployment") is var e ? (e.Score, e.OutOf, e.IsNeed) : default);
    }

    [Theory]
    [Trait("Req", "ASM-01")]
    [InlineData(0, "Low", "Low")]
    [InlineData(13, "Low", "Low")]
    [InlineData(14, "LowModerate", "Medium")]
    [InlineData(33, "Moderate", "Medium")]
    [InlineData(34, "ModerateHigh", "High")]
    [InlineData(41, "High", "VeryHigh")]
    [InlineData(54, "High", "VeryHigh")]
    public void Golden_BandBoundaries(int total, string band, string risk)
    {
        var items = Definition.Subscales.SelectMany(s => Enumerable.Repeat(s.Code, s.Items)).ToList();
        var scored = Definition.Subscales.ToDictionary(s => s.Code, s => new int[s.Items]);
        foreach (var code in items.Take(total))
        {
            var array = scored[code];
            array[Array.IndexOf(array, 0)] = 1;
        }
        var result = LsiR.Score(Definition, scored);
        Assert.Equal((total, band, risk), (result.Total, result.Band.Code, result.Band.RiskLevel));
    }

    [Fact]
    [Trait("Req", "ASM-01")]
    public void MissingWrongLengthOrNonBinaryScores_AreNamed()
    {
        var items = Items(new Dictionary<string, int>());
        items.Remove("Financial");
        items["Companions"] = [1, 0];
        items["AlcoholDrug"][0] = 2;
        items["Gambling"] = [1];
        var problems = LsiR.Check(Definition, items);
        Assert.Equal(["Gambling", "Financial", "Companions", "AlcoholDrug"], problems.Select(p => p.Subscale));
        Assert.Throws<ArgumentException>(() => LsiR.Score(Definition, items));
    }

    private static Arbitrary<Dictionary<string, int[]>> AnyScores() =>
        Gen.ArrayOf(Gen.Elements(0, 1), Definition.MaximumScore)
            .Select(flat =>
            {
                var at = 0;
                return Definition.Subscales.ToDictionary(s => s.Code, s => flat[at..(at += s.Items)]);
            })
            .ToArbitrary();

    [Property]
    [Trait("Req", "ASM-01")]
    public Property Total_IsTheSumOfSubscales_WithinBounds_InExactlyOneBand() =>
        Prop.ForAll(AnyScores(), items =>
        {
            var result = LsiR.Score(Definition, items);
            return result.Total == result.Subscales.Sum(s => s.Score)
                && result.Total >= 0 && result.Total <= 54
                && Definition.Bands.Count(b => b.Holds(result.Total)) == 1;
        });

    [Property]
    [Trait("Req", "ASM-01")]
    public Property ScoringOneMoreItem_NeverLowersTheTotalTheBandOrANeed() =>
        Prop.ForAll(AnyScores(), Arb.From(Gen.Choose(0, 53)), (items, pick) =>
        {
            var flat = Definition.Subscales.SelectMany(s => Enumerable.Range(0, s.Items).Select(i => (s.Code, i))).ToList();
            var (code, index) = flat[pick];
            var before = LsiR.Score(Definition, items);
            var raised = items.ToDictionary(kv => kv.Key, kv => (int[])kv.Value.Clone());
            raised[code][index] = 1;
            var after = LsiR.Score(Definition, raised);
            var rank = Definition.Bands.ToList();
            return after.Total >= before.Total
                && rank.IndexOf(after.Band) >= rank.IndexOf(before.Band)
                && before.Needs.All(after.Needs.Contains);
        });

    [Theory]
    [Trait("Req", "ASM-02")]
    [InlineData(0, "Low", false)]
    [InlineData(2, "Low", false)]
    [InlineData(3, "Moderate", true)]
    [InlineData(6, "High", true)]
    [InlineData(8, "High", true)]
    public void Golden_Screening_BandsAndWhenAFullLsiRIsRequired(int total, string band, bool full)
    {
        var items = Enumerable.Range(0, Screening.Items).Select(i => i < total ? 1 : 0).ToArray();
        var result = LsiRScreening.Score(Screening, items);
        Assert.Equal((total, band, full), (result.Total, result.Band.Code, result.FullAssessmentRequired));
    }

    [Fact]
    [Trait("Req", "ASM-02")]
    public void Screening_WithTheWrongNumberOfItems_IsRefused()
    {
        Assert.NotNull(LsiRScreening.Check(Screening, [1, 0, 1]));
        Assert.NotNull(LsiRScreening.Check(Screening, [1, 0, 1, 0, 1, 0, 1, 3]));
    }
}
