using Microsoft.EntityFrameworkCore;
using Waypoint.Core.People;
using Waypoint.Core.Search;
using Waypoint.Web.Auth;
using Waypoint.Web.Data;

namespace Waypoint.Web.Features.People;

public sealed record PersonSearchHit(
    Guid Id, string OffenderNumber, string FamilyName, string GivenNames, DateOnly DateOfBirth, PersonStatus Status,
    string? MatchedAlias, double Score);

/// <summary>
/// PPL-07: find a person by offender number, external identifier, or name and alias with typos and in any order,
/// optionally narrowed by date of birth. Each query word is looked up among the distinct words of all names (FTS5
/// trigrams on SQLite, pg_trgm on PostgreSQL); the names containing a strongly similar word are ranked in SQL; Core's
/// <see cref="NameMatch"/> scores the best of them. No query scans every person. Only the people the user may see
/// are found (REC-05): the others are not hinted at, not even in the count.
/// </summary>
public sealed class PersonSearch(WaypointDbContext db, PersonAccess access)
{
    /// <summary>At most this many ranked results: a search that needs more needs more words, not more pages.</summary>
    public const int MaxResults = 200;
    private const int CandidateLimit = 400;

    /// <summary>Bounds the work a long query can cause; a name rarely has more than five words.</summary>
    private const int MaxQueryWords = 8;

    /// <summary>Bounds the words one query word can pull in; only a very short word shares a trigram with more.</summary>
    private const int MaxSimilarWords = 5000;

    private sealed record Candidate(Guid PersonId, string Text);


    /// <summary>One page of the ranked matches, and how many matches there are in all (at most <see cref="MaxResults"/>).</summary>
    public async Task<(IReadOnlyList<PersonSearchHit> Page, int Total)> FindAsync(string? query, DateOnly? dateOfBirth, int skip, int take, CancellationToken ct = default)
    {
        var q = query?.Trim() ?? "";
        if (q.Length == 0)
        {
            return dateOfBirth is null ? ([], 0) : await ByDateOfBirthAsync(dateOfBirth.Value, skip, take, ct);
        }

        var scores = new Dictionary<Guid, (double Score, string Text)>();
        var prepared = new NameMatch.Query(q);
        foreach (var c in await CandidatesAsync(prepared, ct))
        {
            var score = prepared.ScoreIndexed(c.Text);
            if (score >= NameMatch.Threshold && (!scores.TryGetValue(c.PersonId, out var best) || best.Score < score))
            {
                scores[c.PersonId] = (score, c.Text);
            }
        }
        foreach (var id in await ExactAsync(q, ct))
        {
            scores[id] = (2.0, "");
        }
        var visible = await access.VisibleAmongAsync(scores.Keys, ct);
        foreach (var hidden in scores.Keys.Where(id => !visible.Contains(id)).ToList())
        {
            scores.Remove(hidden);
        }
        if (scores.Count == 0)
        {
            return ([], 0);
        }

        IEnumerable<Guid> ranked = scores.OrderByDescending(s => s.Value.Score).ThenBy(s => s.Value.Text, StringComparer.Ordinal).ThenBy(s => s.Key).Select(s => s.Key);
        if (dateOfBirth is { } dob)
        {
            var candidates = scores.Keys.ToList();
            var born = (await db.People.AsNoTracking().Where(p => candidates.Contains(p.Id) && p.DateOfBirth == dob).Select(p => p.Id).ToListAsync(ct)).ToHashSet();
            ranked = ranked.Where(born.Contains);
        }
        var all = ranked.Take(MaxResults).ToList();
        // Only the page shown is loaded.
        var pageIds = all.Skip(skip).Take(take).ToList();
        var people = await db.People.AsNoTracking()
            .Where(p => pageIds.Contains(p.Id))
            .Select(p => new { p.Id, p.OffenderNumber, p.FamilyName, p.GivenNames, p.DateOfBirth, p.Status })
            .ToDictionaryAsync(p => p.Id, ct);
        var page = pageIds.Where(people.ContainsKey).Select(id =>
        {
            var p = people[id];
            var (score, text) = scores[id];
            var legal = NameMatch.IndexText($"{p.GivenNames} {p.FamilyName}");
            return new PersonSearchHit(p.Id, p.OffenderNumber, p.FamilyName, p.GivenNames, p.DateOfBirth, p.Status,
                text.Length > 0 && text != legal ? System.Globalization.CultureInfo.InvariantCulture.TextInfo.ToTitleCase(text.Trim()) : null,
                score);
        }).ToList();
        return (page, all.Count);
    }

    private async Task<List<Guid>> ExactAsync(string q, CancellationToken ct)
    {
        var upper = q.ToUpperInvariant();
        var byNumber = await db.People.AsNoTracking().Where(p => p.OffenderNumber == upper).Select(p => p.Id).ToListAsync(ct);
        // Straight to the identifier index: an EXISTS from People would visit every person.
        var byIdentifier = await db.Database.SqlQuery<Guid>($"SELECT \"PersonId\" AS \"Value\" FROM \"ExternalIdentifiers\" WHERE \"Value\" = {q}").ToListAsync(ct);
        return [.. byNumber, .. byIdentifier];
    }

    /// <summary>
    /// The names worth scoring: for each query word the similar indexed words (an index lookup on a table of distinct
    /// words), then the names containing a word that is a strong match for some query word, best first.
    /// </summary>
    private async Task<List<Candidate>> CandidatesAsync(NameMatch.Query query, CancellationToken ct)
    {
        var queryWords = query.Words.Take(MaxQueryWords).ToList();
        var wordScores = new Dictionary<long, double[]>();
        for (var i = 0; i < queryWords.Count; i++)
        {
            foreach (var word in await SimilarWordsAsync(queryWords[i], ct))
            {
                var score = query.WordScore(i, word.Word.Trim());
                if (!wordScores.TryGetValue(word.Id, out var perQueryWord))
                {
                    wordScores[word.Id] = perQueryWord = new double[queryWords.Count];
                }
                perQueryWord[i] = Math.Max(perQueryWord[i], score);
            }
        }
        // A name scores at least the threshold only if one of its words is at least that like some query word.
        var strong = wordScores.Where(w => w.Value.Max() >= NameMatch.Threshold).Select(w => w.Key).ToList();
        if (strong.Count == 0)
        {
            return [];
        }
        // Per name, the best score for each query word among its strong words; their sum ranks the names. SQLite and
        // PostgreSQL do this over the word→name index faster than reading the rows out. Every value spliced in is a
        // number this method computed or read from the database.
        var scored = string.Join(", ", wordScores
            .Where(w => strong.Contains(w.Key))
            .SelectMany(w => w.Value.Select((score, i) => (w.Key, i, score)))
            .Where(x => x.score > 0)
            .Select(x => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"({x.Key}, {x.i}, {x.score:0.####})")));
        var sql =
            $"WITH s(\"WordId\", \"Q\", \"Score\") AS (VALUES {scored}), " +
            "best AS (SELECT nw.\"NameId\", s.\"Q\", MAX(s.\"Score\") AS \"Score\" FROM \"PersonSearchNameWords\" nw JOIN s ON s.\"WordId\" = nw.\"WordId\" GROUP BY nw.\"NameId\", s.\"Q\"), " +
            $"ranked AS (SELECT \"NameId\", SUM(\"Score\") AS \"Partial\" FROM best GROUP BY \"NameId\" ORDER BY 2 DESC LIMIT {CandidateLimit}) " +
            "SELECT n.\"PersonId\", n.\"Text\" FROM ranked r JOIN \"PersonSearchNames\" n ON n.\"Id\" = r.\"NameId\"";
        return await db.Database.SqlQueryRaw<Candidate>(sql).ToListAsync(ct);
    }

    private sealed record WordMatch(long Id, string Word);

    /// <summary>Indexed words sharing a trigram with the word (SQLite FTS5) or similar to it (PostgreSQL pg_trgm).</summary>
    private async Task<List<WordMatch>> SimilarWordsAsync(string word, CancellationToken ct)
    {
        if (db.IsPostgres)
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            // Lower than pg_trgm's default 0.3 so one typo in a short word is still found.
            await db.Database.ExecuteSqlRawAsync("SET LOCAL pg_trgm.similarity_threshold = 0.2", ct);
            var found = await db.Database.SqlQuery<WordMatch>(
                $"SELECT \"Id\", \"Word\" FROM \"SearchWords\" WHERE \"Word\" % {word} LIMIT {MaxSimilarWords}").ToListAsync(ct);
            await tx.CommitAsync(ct);
            return found;
        }
        var match = string.Join(" OR ", NameMatch.WordTrigrams(word).Select(t => $"\"{t}\""));
        return await db.Database.SqlQuery<WordMatch>(
            $"SELECT w.\"Id\", w.\"Word\" FROM SearchWordsFts f JOIN \"SearchWords\" w ON w.\"Id\" = f.rowid WHERE SearchWordsFts MATCH {match} LIMIT {MaxSimilarWords}").ToListAsync(ct);
    }

    private async Task<(IReadOnlyList<PersonSearchHit> Page, int Total)> ByDateOfBirthAsync(DateOnly dob, int skip, int take, CancellationToken ct)
    {
        var born = access.Visible(db.People.AsNoTracking().Where(p => p.DateOfBirth == dob), await access.ScopeAsync(ct));
        var total = Math.Min(MaxResults, await born.CountAsync(ct));
        var page = await born
            .OrderBy(p => p.FamilyName).ThenBy(p => p.GivenNames).ThenBy(p => p.Id)
            .Skip(skip).Take(Math.Max(0, Math.Min(take, total - skip)))
            .Select(p => new PersonSearchHit(p.Id, p.OffenderNumber, p.FamilyName, p.GivenNames, p.DateOfBirth, p.Status, null, 1))
            .ToListAsync(ct);
        return (page, total);
    }
}
