using System.Globalization;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using Waypoint.Core.Audit;
using Waypoint.Web.Api;
using Waypoint.Web.Data;

namespace Waypoint.Web.Features.Audit;

/// <summary>What a records officer filters the audit trail by (REC-03). Dates are inclusive calendar days in UTC.</summary>
public sealed class AuditFilter
{
    public string? Person { get; set; }

    public string? User { get; set; }

    public string? Action { get; set; }

    public DateOnly? From { get; set; }

    public DateOnly? To { get; set; }

    public Validation Validate()
    {
        var v = new Validation()
            .Optional("person", Person, "person", 100)
            .Optional("user", User, "user", 200)
            .Optional("action", Action, "action", 50);
        if (From is { } f && To is { } t && t < f)
        {
            v.Add("to", "The end date must be the same as or after the start date");
        }
        return v;
    }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Person) && string.IsNullOrWhiteSpace(User) && string.IsNullOrWhiteSpace(Action) && From is null && To is null;
}

public sealed record AuditRow(long Sequence, DateTimeOffset OccurredAt, string UserName, string Action, string RecordType, string RecordId,
    Guid? PersonId, string? OffenderNumber, string? Details, string? Reason);

/// <summary>Searches and exports the audit trail, newest first, by index (person, user, action, time).</summary>
public sealed class AuditSearch(WaypointDbContext db)
{
    public async Task<Page<AuditRow>> SearchAsync(AuditFilter filter, long beforeSequence, int limit, CancellationToken ct)
    {
        var rows = await Rows(Filtered(filter).Where(a => a.Sequence < beforeSequence).OrderByDescending(a => a.Sequence).Take(limit + 1)).ToListAsync(ct);
        var next = rows.Count > limit ? Cursor.Encode(rows[limit - 1].Sequence.ToString(CultureInfo.InvariantCulture)) : null;
        return new Page<AuditRow>(rows.Take(limit).ToList(), next);
    }

    /// <summary>Streams every matching entry as CSV without holding them all in memory.</summary>
    public async Task WriteCsvAsync(AuditFilter filter, Stream output, CancellationToken ct)
    {
        await using var writer = new StreamWriter(output, leaveOpen: true);
        await using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture);
        csv.WriteHeader<AuditRow>();
        await csv.NextRecordAsync();
        await foreach (var row in Rows(Filtered(filter).OrderByDescending(a => a.Sequence)).AsAsyncEnumerable().WithCancellation(ct))
        {
            csv.WriteRecord(row);
            await csv.NextRecordAsync();
        }
    }

    public AuditVerification Verify() =>
        AuditChain.Verify(db.AuditEntries.AsNoTracking().OrderBy(a => a.Sequence).AsEnumerable());

    private IQueryable<AuditEntry> Filtered(AuditFilter f)
    {
        var q = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(f.Person))
        {
            var term = f.Person.Trim();
            if (Guid.TryParse(term, out var id))
            {
                q = q.Where(a => a.PersonId == id);
            }
            else
            {
                var number = term.ToUpperInvariant();
                q = q.Where(a => db.People.Any(p => p.Id == a.PersonId && p.OffenderNumber == number));
            }
        }
        if (!string.IsNullOrWhiteSpace(f.User))
        {
            var user = f.User.Trim();
            q = q.Where(a => a.UserName == user || a.UserId == user);
        }
        if (!string.IsNullOrWhiteSpace(f.Action))
        {
            var action = f.Action.Trim();
            q = q.Where(a => a.Action == action);
        }
        if (f.From is { } from)
        {
            var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            q = q.Where(a => a.OccurredAt >= start);
        }
        if (f.To is { } to)
        {
            var end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            q = q.Where(a => a.OccurredAt < end);
        }
        return q;
    }

    private IQueryable<AuditRow> Rows(IQueryable<AuditEntry> entries) =>
        entries.Select(a => new AuditRow(a.Sequence, a.OccurredAt, a.UserName, a.Action, a.RecordType, a.RecordId, a.PersonId,
                db.People.Where(p => p.Id == a.PersonId).Select(p => p.OffenderNumber).FirstOrDefault(), a.Details, a.Reason));
}
