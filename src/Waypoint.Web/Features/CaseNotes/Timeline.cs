using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Waypoint.Core.CaseNotes;
using Waypoint.Core.Contacts;
using Waypoint.Core.Enforcement;
using Waypoint.Web.Audit;
using Waypoint.Web.Data;

namespace Waypoint.Web.Features.CaseNotes;

/// <summary>What a person's timeline shows: everything, or one kind of entry.</summary>
public enum TimelineShow
{
    Everything,
    Notes,
    Contacts,
    Warnings,
    BreachAction,
}

public enum TimelineEntryKind
{
    Note,
    Contact,
    Warning,
    BreachStep,
}

/// <summary>
/// One entry of the timeline: a case note the user may read (with its addenda), or a record from elsewhere in the
/// case, told as a title, who and what, and where to find it.
/// </summary>
public sealed record TimelineEntry(
    TimelineEntryKind Kind, Guid Id, DateOnly On, DateTimeOffset At, string Title, string By, string? Text, string Href, CaseNote? Note = null, int Number = 0);

/// <summary>
/// CON-05 and issue 7: a person's timeline, newest first: case notes with the contacts whose outcome is recorded, the
/// formal warnings and every step of each breach referral among them. One UNION ALL of keys is sorted and paged by the
/// database; the page's entries are then read by kind, one query each.
/// </summary>
public sealed class Timeline(WaypointDbContext db, CaseNotes notes, AuditTrail audit)
{
    /// <summary>A row of the union: enough to sort, page and find the entry.</summary>
    private sealed class Key
    {
        public TimelineEntryKind Kind { get; init; }

        public Guid Id { get; init; }

        public int Number { get; init; }

        public DateOnly On { get; init; }

        public DateTimeOffset At { get; init; }
    }

    /// <summary>A note category shows case notes of that category only: the other entries have none.</summary>
    public async Task<(IReadOnlyList<TimelineEntry> Page, int Total)> ReadAsync(
        Guid personId, ClaimsPrincipal user, TimelineShow show, CaseNoteCategory? category, int skip, int take, CancellationToken ct)
    {
        var keys = Keys(personId, user, category is null ? show : TimelineShow.Notes, category);
        var total = await keys.CountAsync(ct);
        var page = await keys.OrderByDescending(k => k.On).ThenByDescending(k => k.At).ThenBy(k => k.Id).ThenByDescending(k => k.Number)
            .Skip(skip).Take(take).ToListAsync(ct);
        var entries = await EntriesAsync(personId, user, page, ct);
        audit.PersonViewed(personId, "timeline");
        await db.SaveChangesAsync(ct);
        return (page.Select(k => entries[(k.Kind, k.Id, k.Number)]).ToList(), total);
    }

    private IQueryable<Key> Keys(Guid personId, ClaimsPrincipal user, TimelineShow show, CaseNoteCategory? category)
    {
        var parts = new List<IQueryable<Key>>();
        if (show is TimelineShow.Everything or TimelineShow.Notes)
        {
            var readable = notes.Readable(personId, user);
            if (category is { } c)
            {
                readable = readable.Where(n => n.Category == c);
            }
            parts.Add(readable.Select(n => new Key { Kind = TimelineEntryKind.Note, Id = n.Id, Number = 0, On = n.OccurredOn, At = n.WrittenAt }));
        }
        if (show is TimelineShow.Everything or TimelineShow.Contacts)
        {
            parts.Add(db.Contacts.AsNoTracking().Where(c => c.PersonId == personId && c.Outcome != null)
                .Select(c => new Key { Kind = TimelineEntryKind.Contact, Id = c.Id, Number = 0, On = c.On, At = c.OutcomeRecordedAt ?? c.CreatedAt }));
        }
        if (show is TimelineShow.Everything or TimelineShow.Warnings)
        {
            parts.Add(db.FormalWarnings.AsNoTracking().Where(w => w.PersonId == personId)
                .Select(w => new Key { Kind = TimelineEntryKind.Warning, Id = w.Id, Number = 0, On = w.GivenOn, At = w.RecordedAt }));
        }
        if (show is TimelineShow.Everything or TimelineShow.BreachAction)
        {
            parts.Add(db.BreachReferrals.AsNoTracking().Where(r => r.PersonId == personId)
                .SelectMany(r => r.Steps, (r, s) => new Key { Kind = TimelineEntryKind.BreachStep, Id = r.Id, Number = s.Number, On = s.On, At = s.At }));
        }
        return parts.Aggregate((all, part) => all.Concat(part));
    }

    private async Task<Dictionary<(TimelineEntryKind, Guid, int), TimelineEntry>> EntriesAsync(Guid personId, ClaimsPrincipal user, List<Key> page, CancellationToken ct)
    {
        List<Guid> Ids(TimelineEntryKind kind) => page.Where(k => k.Kind == kind).Select(k => k.Id).Distinct().ToList();
        var entries = new List<TimelineEntry>();
        var person = $"/People/{personId}";
        if (Ids(TimelineEntryKind.Note) is { Count: > 0 } noteIds)
        {
            entries.AddRange((await notes.Readable(personId, user).Where(n => noteIds.Contains(n.Id)).ToListAsync(ct)).Select(n => new TimelineEntry(
                TimelineEntryKind.Note, n.Id, n.OccurredOn, n.WrittenAt, CaseNoteCategories.Names[n.Category], n.AuthorName, n.Text, $"{person}/Notes#note-{n.Id}", n)));
        }
        if (Ids(TimelineEntryKind.Contact) is { Count: > 0 } contactIds)
        {
            entries.AddRange((await db.Contacts.AsNoTracking().Where(c => contactIds.Contains(c.Id)).ToListAsync(ct)).Select(c => new TimelineEntry(
                TimelineEntryKind.Contact, c.Id, c.On, c.OutcomeRecordedAt ?? c.CreatedAt, $"{ContactNames.Kinds[c.Kind]}: {ContactNames.Outcomes[c.Outcome!.Value].ToLowerInvariant()}",
                c.OutcomeByName ?? c.OfficerName, Text(c.Purpose, c.OutcomeNotes), $"{person}/Contacts/{c.Id}")));
        }
        if (Ids(TimelineEntryKind.Warning) is { Count: > 0 } warningIds)
        {
            entries.AddRange((await db.FormalWarnings.AsNoTracking().Where(w => warningIds.Contains(w.Id)).ToListAsync(ct)).Select(w => new TimelineEntry(
                TimelineEntryKind.Warning, w.Id, w.GivenOn, w.RecordedAt, $"Formal warning ({WarningNames.Methods[w.Method].ToLowerInvariant()})", w.IssuedByName,
                w.Reason, $"{person}/Enforcement#warnings")));
        }
        if (Ids(TimelineEntryKind.BreachStep) is { Count: > 0 } referralIds)
        {
            foreach (var r in await db.BreachReferrals.AsNoTracking().Where(r => referralIds.Contains(r.Id)).ToListAsync(ct))
            {
                entries.AddRange(r.Steps.Select(s => new TimelineEntry(
                    TimelineEntryKind.BreachStep, r.Id, s.On, s.At, s.Status == BreachStatus.Decided && r.Outcome is { } outcome ? $"{BreachNames.Steps[s.Status]}: {BreachNames.Outcomes[outcome].ToLowerInvariant()}" : BreachNames.Steps[s.Status], s.ByName,
                    s.Note, $"{person}/Enforcement/Breach/{r.Id}", Number: s.Number)));
            }
        }
        return entries.ToDictionary(e => (e.Kind, e.Id, e.Number));
    }

    private static string? Text(params string?[] parts) =>
        parts.Where(p => !string.IsNullOrWhiteSpace(p)) is var said && said.Any() ? string.Join("\n", said) : null;
}
