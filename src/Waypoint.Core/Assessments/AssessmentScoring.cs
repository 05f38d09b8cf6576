using System.Text.Json;
using Waypoint.Core.Policy;

namespace Waypoint.Core.Assessments;

/// <summary>
/// Scores an assessment's answers with the pack in force: the problems that stop it being completed (each with the
/// field it is about), or its outcome. A draft may be saved with problems; it cannot be completed with any.
/// </summary>
public static class AssessmentScoring
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static (AssessmentOutcome? Outcome, IReadOnlyList<(string Field, string Problem)> Problems) Score(
        AssessmentDefinitions definitions, AssessmentTool tool, string answers, string? rationale, DateOnly dateOfBirth)
    {
        try
        {
            return tool switch
            {
                AssessmentTool.LsiR => ScoreLsiR(definitions.LsiR, answers),
                AssessmentTool.LsiRSv => ScoreScreen(definitions.LsiRSv, answers),
                AssessmentTool.Static99R => ScoreStatic99R(definitions.Static99R, answers, dateOfBirth),
                _ => JudgeHarm(definitions.HarmScale, answers, rationale),
            };
        }
        catch (JsonException)
        {
            return (null, [("answers", "The answers are not in the form this tool takes")]);
        }
    }

    private static (AssessmentOutcome?, IReadOnlyList<(string, string)>) ScoreLsiR(LsiRDefinition definition, string answers)
    {
        var items = JsonSerializer.Deserialize<Dictionary<string, int[]>>(answers, Json) ?? [];
        var problems = LsiR.Check(definition, items);
        if (problems.Count > 0)
        {
            return (null, problems.Select(p => ($"answers.{p.Subscale}", p.Problem)).ToList());
        }
        var result = LsiR.Score(definition, items);
        return (new AssessmentOutcome(result.Total, result.Band.Code, result.Band.Name, result.Band.RiskLevel, result.Needs), []);
    }

    private static (AssessmentOutcome?, IReadOnlyList<(string, string)>) ScoreScreen(ScreeningDefinition definition, string answers)
    {
        var items = JsonSerializer.Deserialize<ScreenAnswers>(answers, Json)?.Items ?? [];
        if (LsiRScreening.Check(definition, items) is { } problem)
        {
            return (null, [("answers.items", problem)]);
        }
        var result = LsiRScreening.Score(definition, items);
        return (new AssessmentOutcome(result.Total, result.Band.Code, result.Band.Name, result.Band.RiskLevel, [], result.FullAssessmentRequired), []);
    }

    private static (AssessmentOutcome?, IReadOnlyList<(string, string)>) ScoreStatic99R(IReadOnlyList<ScoreBand> levels, string answers, DateOnly dateOfBirth)
    {
        var given = JsonSerializer.Deserialize<Static99RForm>(answers, Json) ?? new Static99RForm();
        var missing = given.Missing().Select(m => ($"answers.{m}", "Answer this item")).ToList();
        if (missing.Count > 0)
        {
            return (null, missing);
        }
        var complete = given.ToAnswers(dateOfBirth);
        if (Static99R.Check(complete) is { } problem)
        {
            return (null, [("answers.releasedOn", problem)]);
        }
        var result = Static99R.Score(complete, levels);
        return (new AssessmentOutcome(result.Total, result.Level.Code, result.Level.Name, result.Level.RiskLevel, []), []);
    }

    private static (AssessmentOutcome?, IReadOnlyList<(string, string)>) JudgeHarm(IReadOnlyList<HarmLevelDefinition> scale, string answers, string? rationale)
    {
        var level = JsonSerializer.Deserialize<HarmAnswers>(answers, Json)?.Level;
        var problems = new List<(string, string)>();
        var found = scale.FirstOrDefault(h => h.Code == level);
        if (found is null)
        {
            problems.Add(("answers.level", $"Choose the risk of harm: {string.Join(", ", scale.Select(h => h.Name))}"));
        }
        if (string.IsNullOrWhiteSpace(rationale))
        {
            problems.Add(("rationale", "Give the reasons for the level: who is at risk, of what, and when"));
        }
        return problems.Count > 0 ? (null, problems) : (new AssessmentOutcome(null, found!.Code, found.Name, found.Code, []), []);
    }

    private sealed record ScreenAnswers(int[]? Items);

    private sealed record HarmAnswers(string? Level);
}

/// <summary>The Static-99R's answers as a form holds them: each may still be unanswered in a draft.</summary>
public sealed record Static99RForm(
    DateOnly? ReleasedOn = null,
    bool? LivedWithIntimatePartnerForTwoYears = null,
    bool? IndexNonSexualViolence = null,
    bool? PriorNonSexualViolence = null,
    int? PriorSexOffenceCharges = null,
    int? PriorSexOffenceConvictions = null,
    int? PriorSentencingDates = null,
    bool? NonContactSexOffenceConvictions = null,
    bool? UnrelatedVictims = null,
    bool? StrangerVictims = null,
    bool? MaleVictims = null)
{
    public IEnumerable<string> Missing()
    {
        var fields = new (string Name, object? Value)[]
        {
            ("releasedOn", ReleasedOn), ("livedWithIntimatePartnerForTwoYears", LivedWithIntimatePartnerForTwoYears),
            ("indexNonSexualViolence", IndexNonSexualViolence), ("priorNonSexualViolence", PriorNonSexualViolence),
            ("priorSexOffenceCharges", PriorSexOffenceCharges), ("priorSexOffenceConvictions", PriorSexOffenceConvictions),
            ("priorSentencingDates", PriorSentencingDates), ("nonContactSexOffenceConvictions", NonContactSexOffenceConvictions),
            ("unrelatedVictims", UnrelatedVictims), ("strangerVictims", StrangerVictims), ("maleVictims", MaleVictims),
        };
        return fields.Where(f => f.Value is null).Select(f => f.Name);
    }

    public Static99RAnswers ToAnswers(DateOnly dateOfBirth) => new(
        dateOfBirth, ReleasedOn!.Value, LivedWithIntimatePartnerForTwoYears!.Value, IndexNonSexualViolence!.Value, PriorNonSexualViolence!.Value,
        PriorSexOffenceCharges!.Value, PriorSexOffenceConvictions!.Value, PriorSentencingDates!.Value, NonContactSexOffenceConvictions!.Value,
        UnrelatedVictims!.Value, StrangerVictims!.Value, MaleVictims!.Value);
}
