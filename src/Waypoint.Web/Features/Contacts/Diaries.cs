using Microsoft.EntityFrameworkCore;
using Waypoint.Core.Contacts;
using Waypoint.Web.Data;

namespace Waypoint.Web.Features.Contacts;

/// <summary>One appointment in an officer's diary, with the person it is with.</summary>
public sealed record DiaryEntry(
    Guid ContactId, Guid PersonId, string OffenderNumber, string PersonName, ContactKind Kind, DateOnly On, TimeOnly At, int Minutes, string? Place, ContactOutcome? Outcome);

/// <summary>CON-02: an officer's appointments over a span of days, in one query with the people they are with.</summary>
public sealed class Diaries(WaypointDbContext db, TimeProvider clock)
{
    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public Task<List<DiaryEntry>> ForAsync(string officerUserId, DateOnly from, DateOnly to, CancellationToken ct) =>
        db.Contacts.AsNoTracking()
            .Where(c => c.OfficerUserId == officerUserId && c.On >= from && c.On <= to)
            .OrderBy(c => c.On).ThenBy(c => c.At).ThenBy(c => c.Id)
            .Join(db.People, c => c.PersonId, p => p.Id, (c, p) => new DiaryEntry(
                c.Id, c.PersonId, p.OffenderNumber, p.GivenNames + " " + p.FamilyName, c.Kind, c.On, c.At, c.Minutes, c.Place, c.Outcome))
            .ToListAsync(ct);
}
