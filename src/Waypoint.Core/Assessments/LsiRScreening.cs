using Waypoint.Core.Policy;

namespace Waypoint.Core.Assessments;

/// <summary>ASM-02: scores an LSI-R: SV and says whether the pack's rule now requires a full LSI-R.</summary>
public static class LsiRScreening
{
    public static string? Check(ScreeningDefinition definition, int[] items) =>
        items.Length != definition.Items ? $"The LSI-R: SV has {definition.Items} items; {items.Length} were scored"
        : items.Any(s => s is not (0 or 1)) ? "Each item of the LSI-R: SV scores 0 or 1"
        : null;

    public static ScreeningResult Score(ScreeningDefinition definition, int[] items)
    {
        if (Check(definition, items) is { } problem)
        {
            throw new ArgumentException(problem, nameof(items));
        }
        var total = items.Sum();
        return new ScreeningResult(total, definition.Bands.Single(b => b.Holds(total)), total >= definition.FullAssessmentFrom);
    }
}

public sealed record ScreeningResult(int Total, ScoreBand Band, bool FullAssessmentRequired);
