using System.Globalization;
using System.Text;

namespace Waypoint.Core.Search;

/// <summary>
/// Typo- and order-tolerant name matching for person search (PPL-07). The database fetches candidates that share a
/// trigram with the query; this ranks them, so "Smyth Jon" finds "John Smith".
/// </summary>
public static class NameMatch
{
    /// <summary>Candidates scoring below this are not shown: low enough for a typo in each name, high enough to drop noise.</summary>
    public const double Threshold = 0.55;

    /// <summary>Lower case, no diacritics, apostrophes dropped (O'Brien = OBrien), other punctuation as spaces.</summary>
    public static string Normalise(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark || c is '\'' or '\u2019' or '`')
            {
                continue;
            }
            sb.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }
        return string.Join(' ', sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>The text stored in the search index: normalised and padded so word starts and ends form trigrams.</summary>
    public static string IndexText(string name) => $" {Normalise(name)} ";

    /// <summary>The padded trigrams of each word of the query, used to fetch candidates.</summary>
    public static IReadOnlyList<string> QueryTrigrams(string query) =>
        Words(query).SelectMany(Trigrams).Distinct().ToList();

    /// <summary>0..1: how well the query's words match the name's words, in any order.</summary>
    public static double Score(string query, string name)
    {
        var queryWords = Words(query);
        var nameWords = Words(name);
        if (queryWords.Count == 0 || nameWords.Count == 0)
        {
            return 0;
        }
        return queryWords.Average(q => nameWords.Max(n => WordSimilarity(q, n)));
    }

    private static List<string> Words(string text) => Normalise(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();

    private static IEnumerable<string> Trigrams(string word)
    {
        var padded = $" {word} ";
        for (var i = 0; i + 3 <= padded.Length; i++)
        {
            yield return padded.Substring(i, 3);
        }
    }

    private static double WordSimilarity(string query, string word)
    {
        if (query == word)
        {
            return 1;
        }
        // A typed prefix ("Jo" for "Joanne") is a strong match.
        if (query.Length >= 2 && word.StartsWith(query, StringComparison.Ordinal))
        {
            return 0.9;
        }
        var a = Trigrams(query).ToHashSet();
        var b = Trigrams(word).ToHashSet();
        var jaccard = (double)a.Intersect(b).Count() / a.Union(b).Count();
        var edit = 1.0 - (double)EditDistance(query, word) / Math.Max(query.Length, word.Length);
        return Math.Max(jaccard, edit);
    }

    /// <summary>Optimal string alignment distance: a transposition ("Jhon") costs one edit, like a substitution.</summary>
    private static int EditDistance(string s, string t)
    {
        var d = new int[s.Length + 1, t.Length + 1];
        for (var i = 0; i <= s.Length; i++)
        {
            d[i, 0] = i;
        }
        for (var j = 0; j <= t.Length; j++)
        {
            d[0, j] = j;
        }
        for (var i = 1; i <= s.Length; i++)
        {
            for (var j = 1; j <= t.Length; j++)
            {
                var cost = s[i - 1] == t[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && s[i - 1] == t[j - 2] && s[i - 2] == t[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }
        return d[s.Length, t.Length];
    }
}
