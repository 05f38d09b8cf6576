using Microsoft.EntityFrameworkCore;
using Waypoint.Core.People;
using Waypoint.Core.Search;
using Waypoint.Web.Data;
using Waypoint.Web.Data.Configurations;

namespace Waypoint.Web.Features.People;

public sealed record PersonSearchHit(
    Guid Id, string OffenderNumber, string FamilyName, string GivenNames, DateOnly DateOfBirth, PersonStatus Status,
    string? MatchedAlias, double Score);

/// <summary>
/// PPL-07: find a person by offender number, external identifier, or name and alias with typos and in any order,
/// optionally narrowed by date of birth. The database returns trigram candidates through an index (FTS5 on SQLite,
/// pg_trgm on PostgreSQL); Core's <see cref="NameMatch"/> ranks them. No query scans every person.
/// </summary>
public sealed class PersonSearch(WaypointDbContext db)
{
    /// <summary>At most this many ranked results: a search that needs more needs more words, not more pages.</summary>
    public const int MaxResults = 200;
    private const int CandidateLimit = 400;

    /// <summary>Bounds the SQL a long query can produce; 60 trigrams is a dozen words, far more than a name has.</summary>
    private const int MaxTrigrams = 60;

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
        if (NameMatch.QueryTrigrams(q).Count > 0)
        {
            var prepared = new NameMatch.Query(q);
            foreach (var c in await CandidatesAsync(q, ct))
            {
                var score = prepared.ScoreIndexed(c.Text);
                if (score >= NameMatch.Threshold && (!scores.TryGetValue(c.PersonId, out var best) || best.Score < score))
                {
                    scores[c.PersonId] = (score, c.Text);
                }
            }
        }
        foreach (var id in await ExactAsync(q, ct))
        {
            scores[id] = (2.0, "");
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

    private async Task<List<Candidate>> CandidatesAsync(string q, CancellationToken ct)
    {
        if (db.IsPostgres)
        {
            var normalised = NameMatch.Normalise(q);
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            // Lower than pg_trgm's default 0.3 so a typo in every word still reaches the ranking step.
            await db.Database.ExecuteSqlRawAsync("SET LOCAL pg_trgm.similarity_threshold = 0.15", ct);
            var found = await db.Database.SqlQuery<Candidate>(
                $"SELECT \"PersonId\", \"Text\" FROM \"PersonSearchNames\" WHERE \"Text\" % {normalised} ORDER BY similarity(\"Text\", {normalised}) DESC LIMIT {CandidateLimit}")
                .ToListAsync(ct);
            await tx.CommitAsync(ct);
            return found;
        }
        // Candidates are the names sharing the most trigrams with the query. Counting matches per trigram posting list
        // is several times cheaper than FTS5's bm25 rank over an OR of the same trigrams (see BENCHMARKS.md).
        var trigrams = NameMatch.QueryTrigrams(q).Take(MaxTrigrams).ToList();
        var fts = PersonSearchNameConfiguration.SqliteFtsTable;
        var postings = string.Join(" UNION ALL ", trigrams.Select((_, i) => $"SELECT rowid AS Id FROM {fts} WHERE {fts} MATCH {{{i}}}"));
        // Only constants and placeholders are spliced in; every trigram is a parameter.
        var sql = $"SELECT n.\"PersonId\", n.\"Text\" FROM (SELECT Id, COUNT(*) AS Hits FROM ({postings}) GROUP BY Id ORDER BY Hits DESC LIMIT {CandidateLimit}) h JOIN \"PersonSearchNames\" n ON n.\"Id\" = h.Id";
        return await db.Database.SqlQueryRaw<Candidate>(sql, trigrams.Select(t => (object)$"\"{t}\"").ToArray()).ToListAsync(ct);
    }

    private async Task<(IReadOnlyList<PersonSearchHit> Page, int Total)> ByDateOfBirthAsync(DateOnly dob, int skip, int take, CancellationToken ct)
    {
        var born = db.People.AsNoTracking().Where(p => p.DateOfBirth == dob);
        var total = Math.Min(MaxResults, await born.CountAsync(ct));
        var page = await born
            .OrderBy(p => p.FamilyName).ThenBy(p => p.GivenNames).ThenBy(p => p.Id)
            .Skip(skip).Take(Math.Max(0, Math.Min(take, total - skip)))
            .Select(p => new PersonSearchHit(p.Id, p.OffenderNumber, p.FamilyName, p.GivenNames, p.DateOfBirth, p.Status, null, 1))
            .ToListAsync(ct);
        return (page, total);
    }
}
