using Waypoint.Core.Policy;

namespace Waypoint.Core.Assessments;

/// <summary>
/// ASM-03: the ten items of the Static-99R, as its public coding rules define them. The age item is computed from
/// the date of birth and the date of release (or of the assessment, for someone already in the community).
/// </summary>
public sealed record Static99RAnswers(
    DateOnly DateOfBirth,
    DateOnly ReleasedOn,
    bool LivedWithIntimatePartnerForTwoYears,
    bool IndexNonSexualViolence,
    bool PriorNonSexualViolence,
    int PriorSexOffenceCharges,
    int PriorSexOffenceConvictions,
    int PriorSentencingDates,
    bool NonContactSexOffenceConvictions,
    bool UnrelatedVictims,
    bool StrangerVictims,
    bool MaleVictims);

public static class Static99R
{
    public const int Minimum = -3;
    public const int Maximum = 12;

    /// <summary>Why these answers cannot be scored (the instrument is for adults at release), or null.</summary>
    public static string? Check(Static99RAnswers a) =>
        AgeAt(a.DateOfBirth, a.ReleasedOn) < 18 ? "The Static-99R is for people aged 18 or over at release"
        : a.PriorSexOffenceCharges < 0 || a.PriorSexOffenceConvictions < 0 || a.PriorSentencingDates < 0 ? "Counts of prior charges, convictions and sentencing dates cannot be negative"
        : null;

    public static Static99RResult Score(Static99RAnswers a, IReadOnlyList<ScoreBand> levels)
    {
        if (Check(a) is { } problem)
        {
            throw new ArgumentException(problem, nameof(a));
        }
        var age = AgeAt(a.DateOfBirth, a.ReleasedOn);
        var items = new List<(string Item, int Score)>
        {
            // Item 1: age at release: 18 to under 35 scores 1, 35 to under 40 scores 0, 40 to under 60 scores -1, 60 or over -3.
            ("Age at release", age < 35 ? 1 : age < 40 ? 0 : age < 60 ? -1 : -3),
            ("Ever lived with an intimate partner for two years", a.LivedWithIntimatePartnerForTwoYears ? 0 : 1),
            ("Index non-sexual violence", a.IndexNonSexualViolence ? 1 : 0),
            ("Prior non-sexual violence", a.PriorNonSexualViolence ? 1 : 0),
            // Item 5: charges and convictions are each put in a category, and the higher scores.
            ("Prior sex offences", Math.Max(
                a.PriorSexOffenceCharges switch { 0 => 0, <= 2 => 1, <= 5 => 2, _ => 3 },
                a.PriorSexOffenceConvictions switch { 0 => 0, 1 => 1, <= 3 => 2, _ => 3 })),
            ("Prior sentencing dates (four or more)", a.PriorSentencingDates >= 4 ? 1 : 0),
            ("Any convictions for non-contact sex offences", a.NonContactSexOffenceConvictions ? 1 : 0),
            ("Any unrelated victims", a.UnrelatedVictims ? 1 : 0),
            ("Any stranger victims", a.StrangerVictims ? 1 : 0),
            ("Any male victims", a.MaleVictims ? 1 : 0),
        };
        var total = items.Sum(i => i.Score);
        return new Static99RResult(items, total, levels.Single(l => l.Holds(total)));
    }

    /// <summary>Age in whole years on a date.</summary>
    public static int AgeAt(DateOnly born, DateOnly on) =>
        on.Year - born.Year - (on.Month < born.Month || (on.Month == born.Month && on.Day < born.Day) ? 1 : 0);
}

public sealed record Static99RResult(IReadOnlyList<(string Item, int Score)> Items, int Total, ScoreBand Level);
