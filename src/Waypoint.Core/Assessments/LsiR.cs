using Waypoint.Core.Policy;

namespace Waypoint.Core.Assessments;

/// <summary>
/// ASM-01: scores an LSI-R from its item scores. Only scores are held (each item 0 or 1 as scored by the manual), never
/// the items' proprietary wording.
/// </summary>
public static class LsiR
{
    /// <summary>The problems with a set of item scores, by subscale; none when they can be scored.</summary>
    public static IReadOnlyList<(string Subscale, string Problem)> Check(LsiRDefinition definition, IReadOnlyDictionary<string, int[]> given)
    {
        var items = Keyed(given);
        var problems = new List<(string, string)>();
        foreach (var unknown in items.Keys.Where(k => definition.Subscales.All(s => !string.Equals(s.Code, k, StringComparison.OrdinalIgnoreCase))))
        {
            problems.Add((unknown, $"'{unknown}' is not an LSI-R subscale; the subscales are {string.Join(", ", definition.Subscales.Select(s => s.Code))}"));
        }
        foreach (var subscale in definition.Subscales)
        {
            if (!items.TryGetValue(subscale.Code, out var scores))
            {
                problems.Add((subscale.Code, $"Score the {subscale.Items} items of {subscale.Name}"));
            }
            else if (scores.Length != subscale.Items)
            {
                problems.Add((subscale.Code, $"{subscale.Name} has {subscale.Items} items; {scores.Length} were scored"));
            }
            else if (scores.Any(s => s is not (0 or 1)))
            {
                problems.Add((subscale.Code, $"Each item of {subscale.Name} scores 0 or 1"));
            }
        }
        return problems;
    }

    public static LsiRResult Score(LsiRDefinition definition, IReadOnlyDictionary<string, int[]> given)
    {
        var items = Keyed(given);
        if (Check(definition, items) is { Count: > 0 } problems)
        {
            throw new ArgumentException(string.Join("; ", problems.Select(p => p.Problem)), nameof(items));
        }
        var subscales = definition.Subscales
            .Select(s => new SubscaleScore(s.Code, s.Name, items[s.Code].Sum(), s.Items, items[s.Code].Sum() >= s.NeedFrom))
            .ToList();
        var total = subscales.Sum(s => s.Score);
        var band = definition.Bands.Single(b => b.Holds(total));
        return new LsiRResult(subscales, total, band);
    }

    private static Dictionary<string, int[]> Keyed(IReadOnlyDictionary<string, int[]> items)
    {
        var keyed = new Dictionary<string, int[]>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in items)
        {
            keyed[key] = value;
        }
        return keyed;
    }
}

/// <summary>A subscale's score out of its items, and whether the pack counts the domain as a criminogenic need.</summary>
public sealed record SubscaleScore(string Code, string Name, int Score, int OutOf, bool IsNeed);

public sealed record LsiRResult(IReadOnlyList<SubscaleScore> Subscales, int Total, ScoreBand Band)
{
    /// <summary>The domains the pack counts as criminogenic needs, in the instrument's order.</summary>
    public IReadOnlyList<string> Needs => Subscales.Where(s => s.IsNeed).Select(s => s.Code).ToList();
}
