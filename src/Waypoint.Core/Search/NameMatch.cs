using System.Globalization;
using System.Text;

namespace Waypoint.Core.Search;

/// <summary>
/// Typo- and order-tolerant name matching for person search (PPL-07). The database finds the indexed words that share
/// a trigram with each query word; this scores those words and then the names built from them, so "Smyth Jon" finds
/// "John Smith".
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

    /// <summary>The normalised words of a name, as the search index stores them one per row.</summary>
    public static IReadOnlyList<string> WordsOf(string name) => Words(name);

    /// <summary>The padded trigrams of one normalised word.</summary>
    public static IReadOnlyList<string> WordTrigrams(string word) => Trigrams(word).Distinct().ToList();

    /// <summary>0..1: how well the query's words match the name's words, in any order.</summary>
    public static double Score(string query, string name) => new Query(query).Score(name);

    /// <summary>A query prepared once and scored against many candidate names.</summary>
    public sealed class Query(string text)
    {
        private readonly (string Word, string[] Trigrams)[] words = Words(text).Select(w => (w, Trigrams(w).Distinct().ToArray())).ToArray();

        /// <summary>The query's normalised words, in the order typed.</summary>
        public IReadOnlyList<string> Words => words.Select(w => w.Word).ToList();

        /// <summary>0..1: how like the query's <paramref name="index"/>th word a normalised indexed word is.</summary>
        public double WordScore(int index, string word)
        {
            var trigrams = Trigrams(word).Distinct().ToArray();
            return WordSimilarity(words[index].Word, words[index].Trigrams, word, trigrams);
        }

        /// <summary>Scores a name as stored in the search index, which is already normalised.</summary>
        public double ScoreIndexed(string indexText) => ScoreWords(indexText.Split(' ', StringSplitOptions.RemoveEmptyEntries));

        public double Score(string name) => ScoreWords(NameMatch.Words(name));

        private double ScoreWords(IReadOnlyList<string> nameWords)
        {
            if (words.Length == 0 || nameWords.Count == 0)
            {
                return 0;
            }
            var named = new (string Word, string[] Trigrams)[nameWords.Count];
            for (var i = 0; i < named.Length; i++)
            {
                named[i] = (nameWords[i], Trigrams(nameWords[i]).Distinct().ToArray());
            }
            var total = 0.0;
            foreach (var (word, trigrams) in words)
            {
                var best = 0.0;
                foreach (var (nameWord, nameTrigrams) in named)
                {
                    best = Math.Max(best, WordSimilarity(word, trigrams, nameWord, nameTrigrams));
                }
                total += best;
            }
            return total / words.Length;
        }
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

    private static double WordSimilarity(string query, string[] a, string word, string[] b)
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
        var shared = 0;
        foreach (var t in a)
        {
            if (Array.IndexOf(b, t) >= 0)
            {
                shared++;
            }
        }
        var jaccard = (double)shared / (a.Length + b.Length - shared);
        var longer = Math.Max(query.Length, word.Length);
        // The edit distance is at least the difference in length; skip it when even that cannot beat the trigrams.
        if (1.0 - (double)Math.Abs(query.Length - word.Length) / longer <= jaccard)
        {
            return jaccard;
        }
        return Math.Max(jaccard, 1.0 - (double)EditDistance(query, word) / longer);
    }

    /// <summary>Optimal string alignment distance: a transposition ("Jhon") costs one edit, like a substitution.</summary>
    private static int EditDistance(string s, string t)
    {
        if (t.Length > 64)
        {
            return Math.Max(s.Length, t.Length);
        }
        // Three rolling rows (two back for transpositions) on the stack: this runs for every candidate word.
        Span<int> buffer = stackalloc int[3 * (t.Length + 1)];
        var before = buffer[..(t.Length + 1)];
        var previous = buffer.Slice(t.Length + 1, t.Length + 1);
        var current = buffer.Slice(2 * (t.Length + 1), t.Length + 1);
        for (var j = 0; j <= t.Length; j++)
        {
            previous[j] = j;
        }
        for (var i = 1; i <= s.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= t.Length; j++)
            {
                var cost = s[i - 1] == t[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && s[i - 1] == t[j - 2] && s[i - 2] == t[j - 1])
                {
                    current[j] = Math.Min(current[j], before[j - 2] + 1);
                }
            }
            var recycled = before;
            before = previous;
            previous = current;
            current = recycled;
        }
        return previous[t.Length];
    }
}
