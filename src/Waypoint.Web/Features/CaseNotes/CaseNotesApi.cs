using Microsoft.EntityFrameworkCore;
using Waypoint.Core.CaseNotes;
using Waypoint.Web.Api;
using Waypoint.Web.Auth;
using Waypoint.Web.Data;

namespace Waypoint.Web.Features.CaseNotes;

/// <summary>A timeline entry: a note carries the note itself; the others link to the page that holds them.</summary>
public sealed record TimelineEntryResponse(string Kind, Guid Id, DateOnly On, DateTimeOffset At, string Title, string By, string? Text, string Href, CaseNoteResponse? Note)
{
    public static TimelineEntryResponse Of(TimelineEntry e) =>
        new(e.Kind.ToString(), e.Id, e.On, e.At, e.Title, e.By, e.Text, e.Href, e.Note is null ? null : CaseNoteResponse.Of(e.Note));
}

/// <summary>
/// /api/v1/people/{personId}/notes: a person's case notes (CON-05). Notes and addenda are added, never changed.
/// /api/v1/people/{personId}/timeline: the notes with the contacts, warnings and breach steps among them.
/// </summary>
public static class CaseNotesApi
{
    public static RouteGroupBuilder MapCaseNotesApi(this RouteGroupBuilder api)
    {
        var notes = api.MapGroup("/people/{personId:guid}/notes").WithTags("Case notes").RequireAuthorization(Policies.ReadPeople);
        notes.MapGet("/", List).WithName("ListCaseNotes");
        notes.MapGet("/{noteId:guid}", Get).WithName("GetCaseNote");
        notes.MapPost("/", Write).WithName("WriteCaseNote").RequireAuthorization(Policies.WriteNotes).AddEndpointFilter<IdempotencyFilter>();
        notes.MapPost("/{noteId:guid}/addenda", AddAddendum).WithName("AddCaseNoteAddendum").RequireAuthorization(Policies.WriteNotes).AddEndpointFilter<IdempotencyFilter>();
        api.MapGet("/people/{personId:guid}/timeline", ReadTimeline).WithTags("Case notes").WithName("ReadTimeline").RequireAuthorization(Policies.ReadPeople);
        return api;
    }

    public static Task<IResult> ReadTimeline(
        Guid personId, string? show, string? category, int? limit, string? cursor, WaypointDbContext db, Timeline timeline, HttpContext http, CancellationToken ct) =>
        ReadAsync(personId, show, category, limit, cursor, db, timeline, http, TimelineEntryResponse.Of, ct);

    /// <summary>The notes alone: the timeline showing notes, each as the note itself.</summary>
    public static Task<IResult> List(Guid personId, string? category, int? limit, string? cursor, WaypointDbContext db, Timeline timeline, HttpContext http, CancellationToken ct) =>
        ReadAsync(personId, nameof(TimelineShow.Notes), category, limit, cursor, db, timeline, http, e => CaseNoteResponse.Of(e.Note!), ct);

    private static async Task<IResult> ReadAsync<T>(
        Guid personId, string? show, string? category, int? limit, string? cursor, WaypointDbContext db, Timeline timeline, HttpContext http,
        Func<TimelineEntry, T> response, CancellationToken ct)
    {
        var v = new Validation();
        var s = v.Code<TimelineShow>("show", show, "what to show (Everything, Notes, Contacts, Warnings or BreachAction)", required: false);
        var c = v.Code<CaseNoteCategory>("category", category, "the category", required: false);
        if (!v.IsValid)
        {
            return TypedResults.ValidationProblem(v.Errors);
        }
        if (!OffsetPage.TryRead(cursor, limit, out var page, out var problem))
        {
            return problem!;
        }
        if (!await db.People.AnyAsync(p => p.Id == personId, ct))
        {
            return Api.NotFound.Person(personId);
        }
        var (items, total) = await timeline.ReadAsync(personId, http.User, s ?? TimelineShow.Everything, c, page.Offset, page.Take, ct);
        return TypedResults.Ok(page.Of(items.Select(response).ToList(), total));
    }

    public static async Task<IResult> Get(Guid personId, Guid noteId, CaseNotes notes, Web.Audit.AuditTrail audit, WaypointDbContext db, HttpContext http, CancellationToken ct)
    {
        if (await notes.FindAsync(personId, noteId, http.User, ct) is not { } note)
        {
            return Api.NotFound.CaseNote(noteId);
        }
        audit.PersonViewed(personId, "case note api");
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(CaseNoteResponse.Of(note));
    }

    public static async Task<IResult> Write(Guid personId, CaseNoteInput input, WaypointDbContext db, CaseNotes notes, HttpContext http, CancellationToken ct)
    {
        var v = input.Validate(notes.Today, out var category, out var sensitivity);
        if (!v.IsValid)
        {
            return TypedResults.ValidationProblem(v.Errors);
        }
        if (!await db.People.AnyAsync(p => p.Id == personId, ct))
        {
            return Api.NotFound.Person(personId);
        }
        var note = await notes.WriteAsync(personId, category!.Value, sensitivity ?? CaseNoteSensitivity.Standard, input.OccurredOn ?? notes.Today, input.Text!, http.User, ct);
        return TypedResults.Created($"/api/v1/people/{personId}/notes/{note.Id}", CaseNoteResponse.Of(note));
    }

    public static async Task<IResult> AddAddendum(Guid personId, Guid noteId, CaseNoteAddendumInput input, CaseNotes notes, HttpContext http, CancellationToken ct)
    {
        var v = input.Validate();
        if (!v.IsValid)
        {
            return TypedResults.ValidationProblem(v.Errors);
        }
        return await notes.AddAddendumAsync(personId, noteId, input.Text!, http.User, ct) is { } note
            ? TypedResults.Created($"/api/v1/people/{personId}/notes/{noteId}", CaseNoteResponse.Of(note))
            : Api.NotFound.CaseNote(noteId);
    }
}
