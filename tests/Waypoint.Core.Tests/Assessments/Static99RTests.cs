using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Waypoint.Core.Assessments;

namespace Waypoint.Core.Tests.Assessments;

/// <summary>ASM-03: the Static-99R by its public coding rules, with the nominal risk levels of the shipped pack.</summary>
public sealed class Static99RTests
{
    private static readonly IReadOnlyList<Waypoint.Core.Policy.ScoreBand> Levels = ShippedPacks.Community.Assessments!.Static99R;

    private static Static99RAnswers Answers(int ageAtRelease = 30) => new(
        DateOfBirth: new DateOnly(2026, 6, 30).AddYears(-ageAtRelease), ReleasedOn: new DateOnly(2026, 6, 30),
        LivedWithIntimatePartnerForTwoYears: true, IndexNonSexualViolence: false, PriorNonSexualViolence: false,
        PriorSexOffenceCharges: 0, PriorSexOffenceConvictions: 0, PriorSentencingDates: 0,
        NonContactSexOffenceConvictions: false, UnrelatedVictims: false, StrangerVictims: false, MaleVictims: false);

    [Theory]
    [Trait("Req", "ASM-03")]
    [InlineData(18, 1)]
    [InlineData(34, 1)]
    [InlineData(35, 0)]
    [InlineData(39, 0)]
    [InlineData(40, -1)]
    [InlineData(59, -1)]
    [InlineData(60, -3)]
    public void Golden_AgeAtRelease(int age, int score) =>
        Assert.Equal(score, Static99R.Score(Answers(age), Levels).Items[0].Score);

    [Fact]
    [Trait("Req", "ASM-03")]
    public void Golden_ABirthdayTheDayAfterRelease_CountsTheYoungerAge()
    {
        var answers = Answers(35) with { DateOfBirth = new DateOnly(1991, 7, 1) };
        Assert.Equal(1, Static99R.Score(answers, Levels).Items[0].Score);
    }

    [Theory]
    [Trait("Req", "ASM-03")]
    [InlineData(0, 0, 0)]
    [InlineData(1, 0, 1)]
    [InlineData(2, 1, 1)]
    [InlineData(3, 1, 2)]
    [InlineData(5, 3, 2)]
    [InlineData(6, 1, 3)]
    [InlineData(1, 4, 3)]
    [InlineData(0, 2, 2)]
    public void Golden_PriorSexOffences_TheHigherOfChargesAndConvictions(int charges, int convictions, int score) =>
        Assert.Equal(score, Static99R.Score(Answers() with { PriorSexOffenceCharges = charges, PriorSexOffenceConvictions = convictions }, Levels).Items[4].Score);

    [Fact]
    [Trait("Req", "ASM-03")]
    public void Golden_AWorkedCase_ScoresSixAndIsLevelIVb()
    {
        // 28 at release (1), never lived with a partner two years (1), prior non-sexual violence (1), 2 prior charges
        // and 1 conviction (1), 5 prior sentencing dates (1), a stranger victim (1).
        var answers = Answers(28) with
        {
            LivedWithIntimatePartnerForTwoYears = false, PriorNonSexualViolence = true, PriorSexOffenceCharges = 2, PriorSexOffenceConvictions = 1,
            PriorSentencingDates = 5, StrangerVictims = true,
        };
        var result = Static99R.Score(answers, Levels);
        Assert.Equal((6, "IVb", "VeryHigh"), (result.Total, result.Level.Code, result.Level.RiskLevel));
    }

    [Theory]
    [Trait("Req", "ASM-03")]
    [InlineData(-3, "I")]
    [InlineData(-2, "I")]
    [InlineData(-1, "II")]
    [InlineData(0, "II")]
    [InlineData(1, "III")]
    [InlineData(3, "III")]
    [InlineData(4, "IVa")]
    [InlineData(5, "IVa")]
    [InlineData(6, "IVb")]
    [InlineData(12, "IVb")]
    public void Golden_NominalLevels(int total, string level) =>
        Assert.Equal(level, Levels.Single(l => l.Holds(total)).Code);

    [Fact]
    [Trait("Req", "ASM-03")]
    public void UnderEighteenAtRelease_OrNegativeCounts_AreRefused()
    {
        Assert.NotNull(Static99R.Check(Answers(17)));
        Assert.NotNull(Static99R.Check(Answers() with { PriorSentencingDates = -1 }));
        Assert.Null(Static99R.Check(Answers(18)));
    }

    private static Arbitrary<Static99RAnswers> AnyAnswers() =>
        (from age in Gen.Choose(18, 90)
         from flags in Gen.ArrayOf(Gen.Elements(true, false), 8)
         from charges in Gen.Choose(0, 12)
         from convictions in Gen.Choose(0, 8)
         from dates in Gen.Choose(0, 10)
         select Answers(age) with
         {
             LivedWithIntimatePartnerForTwoYears = flags[0], IndexNonSexualViolence = flags[1], PriorNonSexualViolence = flags[2],
             NonContactSexOffenceConvictions = flags[3], UnrelatedVictims = flags[4], StrangerVictims = flags[5], MaleVictims = flags[6],
             PriorSexOffenceCharges = charges, PriorSexOffenceConvictions = convictions, PriorSentencingDates = dates,
         }).ToArbitrary();

    [Property]
    [Trait("Req", "ASM-03")]
    public Property Total_IsWithinTheInstrumentsRange_AndInExactlyOneLevel() =>
        Prop.ForAll(AnyAnswers(), a =>
        {
            var total = Static99R.Score(a, Levels).Total;
            return total is >= Static99R.Minimum and <= Static99R.Maximum && Levels.Count(l => l.Holds(total)) == 1;
        });

    [Property]
    [Trait("Req", "ASM-03")]
    public Property MoreHistory_OrAYoungerAge_NeverLowersTheScore() =>
        Prop.ForAll(AnyAnswers(), a =>
        {
            var score = Static99R.Score(a, Levels).Total;
            var worse = a with
            {
                IndexNonSexualViolence = true, PriorSexOffenceCharges = a.PriorSexOffenceCharges + 1, PriorSentencingDates = a.PriorSentencingDates + 1,
                MaleVictims = true, DateOfBirth = a.DateOfBirth.AddYears(1),
            };
            return Static99R.AgeAt(worse.DateOfBirth, worse.ReleasedOn) < 18 || Static99R.Score(worse, Levels).Total >= score;
        });
}
