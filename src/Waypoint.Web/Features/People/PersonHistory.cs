using Microsoft.EntityFrameworkCore;
using Waypoint.Web.Api;
using Waypoint.Web.Data;

namespace Waypoint.Web.Features.People;

public sealed record HistoryEntry(long Sequence, DateTimeOffset OccurredAt, string UserName, string Action, string RecordType, string? Details, string? Reason);

/// <summary>Who changed what on a person's record and when, read from the audit trail (PPL-01, REC-03), newest first.</summary>
public sealed class PersonHistory(WaypointDbContext db)
{
    public async Task<Page<HistoryEntry>> ForPersonAsync(Guid personId, long beforeSequence, int limit, CancellationToken ct, bool includeViews = true)
    {
        var rows = await db.AuditEntries.AsNoTracking()
            .Where(a => a.PersonId == personId && a.Sequence < beforeSequence && (includeViews || a.Action != "person.viewed"))
            .OrderByDescending(a => a.Sequence)
            .Take(limit + 1)
            .Select(a => new HistoryEntry(a.Sequence, a.OccurredAt, a.UserName, a.Action, a.RecordType, a.Details, a.Reason))
            .ToListAsync(ct);
        var next = rows.Count > limit ? Api.Cursor.Encode(rows[limit - 1].Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture)) : null;
        return new Page<HistoryEntry>(rows.Take(limit).ToList(), next);
    }
}
