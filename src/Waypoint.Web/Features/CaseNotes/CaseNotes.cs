using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Waypoint.Core.CaseNotes;
using Waypoint.Core.Security;
using Waypoint.Web.Audit;
using Waypoint.Web.Auth;
using Waypoint.Web.Data;

namespace Waypoint.Web.Features.CaseNotes;

public sealed record CaseNoteAddendumResponse(Guid Id, string Text, string AuthorName, DateTimeOffset WrittenAt);

public sealed record CaseNoteResponse(
    Guid Id, Guid PersonId, string Category, string CategoryName, string Sensitivity, DateOnly OccurredOn, string Text, string AuthorName,
    DateTimeOffset WrittenAt, IReadOnlyList<CaseNoteAddendumResponse> Addenda)
{
    public static CaseNoteResponse Of(CaseNote n) => new(
        n.Id, n.PersonId, n.Category.ToString(), CaseNoteCategories.Names[n.Category], n.Sensitivity.ToString(), n.OccurredOn, n.Text, n.AuthorName,
        n.WrittenAt, n.Addenda.OrderBy(a => a.WrittenAt).Select(a => new CaseNoteAddendumResponse(a.Id, a.Text, a.AuthorName, a.WrittenAt)).ToList());
}

/// <summary>
/// CON-05: writing and reading a person's case notes. Notes and addenda are only ever added; a confidential note is
/// read only by its author and <see cref="Roles.ConfidentialNoteReaders"/>, and to anyone else it is as if it were
/// not there (REC-02).
/// </summary>
public sealed class CaseNotes(WaypointDbContext db, AuditTrail audit, Notifications.Notifications notifications, TimeProvider clock)
{
    public const string CaseNoteRecord = "CaseNote";

    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>The notes this user may read, as a query.</summary>
    public IQueryable<CaseNote> Readable(Guid personId, ClaimsPrincipal user)
    {
        var notes = db.CaseNotes.AsNoTracking().Where(n => n.PersonId == personId);
        if (Roles.ConfidentialNoteReaders.Any(user.IsInRole))
        {
            return notes;
        }
        var me = Actor.From(user).UserId;
        return notes.Where(n => n.Sensitivity == CaseNoteSensitivity.Standard || n.AuthorUserId == me);
    }

    public Task<CaseNote?> FindAsync(Guid personId, Guid noteId, ClaimsPrincipal user, CancellationToken ct) =>
        Readable(personId, user).SingleOrDefaultAsync(n => n.Id == noteId, ct);

    public async Task<CaseNote> WriteAsync(
        Guid personId, CaseNoteCategory category, CaseNoteSensitivity sensitivity, DateOnly occurredOn, string text, ClaimsPrincipal user, CancellationToken ct)
    {
        var (me, name) = Author(user);
        var note = CaseNote.Write(personId, category, sensitivity, occurredOn, text, me, name, clock.GetUtcNow());
        db.CaseNotes.Add(note);
        // The audit entry names the note, its category and sensitivity, never its text.
        audit.Record("case-note.written", CaseNoteRecord, note.Id.ToString(), personId, details: new { category = note.Category.ToString(), sensitivity = note.Sensitivity.ToString(), note.OccurredOn });
        // NTF-01: the case's officers hear of a note someone else adds; of a confidential one, only if they may read it.
        IReadOnlyList<string> officers = await notifications.OfficersAsync(personId, ct);
        if (sensitivity == CaseNoteSensitivity.Confidential)
        {
            officers = await notifications.ConfidentialReadersAsync(officers, ct);
        }
        notifications.Tell(officers, Core.Notifications.NotificationKind.NoteAdded, personId,
            $"{name} added a {CaseNoteCategories.Names[category].ToLowerInvariant()} note to {await notifications.OffenderNumberAsync(personId, ct)}",
            $"/People/{personId}/Notes#note-{note.Id}");
        await db.SaveChangesAsync(ct);
        return note;
    }

    /// <summary>Adds an addendum to a note the user may read; null when there is no such note for them.</summary>
    public async Task<CaseNote?> AddAddendumAsync(Guid personId, Guid noteId, string text, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await FindAsync(personId, noteId, user, ct) is null)
        {
            return null;
        }
        var note = await db.CaseNotes.SingleAsync(n => n.Id == noteId, ct);
        var (me, name) = Author(user);
        var addendum = note.AddAddendum(text, me, name, clock.GetUtcNow());
        audit.Record("case-note.addendum", CaseNoteRecord, note.Id.ToString(), personId, details: new { addendum = addendum.Id });
        await db.SaveChangesAsync(ct);
        return note;
    }

    private static (string UserId, string Name) Author(ClaimsPrincipal user) =>
        (Actor.From(user).UserId, WaypointClaims.DisplayNameOf(user));
}

/// <summary>A case note as sent: category, sensitivity (standard unless said), the day it is about (today unless said) and the text.</summary>
public sealed class CaseNoteInput
{
    public string? Category { get; set; }

    public string? Sensitivity { get; set; }

    public DateOnly? OccurredOn { get; set; }

    public string? Text { get; set; }

    public Api.Validation Validate(DateOnly today, out CaseNoteCategory? category, out CaseNoteSensitivity? sensitivity)
    {
        var v = new Api.Validation().Required("text", Text, "the note", CaseNote.MaxText);
        category = v.Code<CaseNoteCategory>("category", Category, "a category");
        sensitivity = v.Code<CaseNoteSensitivity>("sensitivity", Sensitivity, "the sensitivity (Standard or Confidential)", required: false);
        if (OccurredOn > today)
        {
            v.Add("occurredOn", "The date the note is about must be today or in the past");
        }
        return v;
    }
}

public sealed class CaseNoteAddendumInput
{
    public string? Text { get; set; }

    public Api.Validation Validate() => new Api.Validation().Required("text", Text, "the addendum", CaseNote.MaxText);
}
