using Microsoft.EntityFrameworkCore;
using Waypoint.Core.Contacts;
using Waypoint.Web.Api;
using Waypoint.Web.Audit;
using Waypoint.Web.Auth;
using Waypoint.Web.Data;

namespace Waypoint.Web.Features.Contacts;

public sealed record ContactResponse(
    Guid Id, Guid PersonId, Guid? OrderId, string Kind, string KindName, DateOnly On, string At, int Minutes, string? Place, string? With, string? Purpose,
    string OfficerName, bool Booked, string? Outcome, string? OutcomeName, string? ActualAt, string? OutcomeNotes, string? Evidence,
    Guid? RescheduledToId, Guid? RescheduledFromId, string? OutcomeByName, DateTimeOffset? OutcomeRecordedAt)
{
    public static ContactResponse Of(Contact c) => new(
        c.Id, c.PersonId, c.OrderId, c.Kind.ToString(), ContactNames.Kinds[c.Kind], c.On, c.At.ToString("HH:mm"), c.Minutes, c.Place, c.With, c.Purpose,
        c.OfficerName, c.Booked, c.Outcome?.ToString(), c.Outcome is { } o ? ContactNames.Outcomes[o] : null, c.ActualAt?.ToString("HH:mm"), c.OutcomeNotes, c.Evidence,
        c.RescheduledToId, c.RescheduledFromId, c.OutcomeByName, c.OutcomeRecordedAt);
}

/// <summary>An outcome recorded: the contact, the new appointment when rescheduled, the non-compliance a failed attendance recorded.</summary>
public sealed record OutcomeResponse(ContactResponse Contact, ContactResponse? RescheduledTo, Guid? NonComplianceId);

public sealed record InductionResponse(
    Guid Id, Guid PersonId, Guid? OrderId, DateOnly HeldOn, IReadOnlyList<string> Explained, string? InvolvedInPlanning, bool UnderstandingConfirmed,
    string? NotUnderstoodBecause, string? Interpreter, string? Notes, string OfficerName, DateTimeOffset RecordedAt)
{
    public static InductionResponse Of(Induction i) => new(
        i.Id, i.PersonId, i.OrderId, i.HeldOn, i.Explained.Select(t => t.ToString()).ToList(), i.InvolvedInPlanning, i.UnderstandingConfirmed,
        i.NotUnderstoodBecause, i.Interpreter, i.Notes, i.OfficerName, i.RecordedAt);
}

/// <summary>A person's induction: each session, what is not yet explained, and the day it was complete, if it is.</summary>
public sealed record InductionsResponse(IReadOnlyList<InductionResponse> Sessions, IReadOnlyList<string> NotYetExplained, DateOnly? CompletedOn);

public sealed record DiaryEntryResponse(
    Guid ContactId, Guid PersonId, string OffenderNumber, string PersonName, string Kind, DateOnly On, string At, int Minutes, string? Place, string? Outcome);

/// <summary>/api/v1/people/{personId}/contacts and /inductions (CON-01, CON-02), and /api/v1/diary, the signed-in officer's appointments.</summary>
public static class ContactsApi
{
    public static RouteGroupBuilder MapContactsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/diary", Diary).WithTags("Contacts").WithName("GetDiary").RequireAuthorization(Policies.KeepContacts);
        var contacts = api.MapGroup("/people/{personId:guid}/contacts").WithTags("Contacts").RequireAuthorization(Policies.ReadPeople);
        contacts.MapGet("/", List).WithName("ListContacts");
        contacts.MapGet("/{contactId:guid}", Get).WithName("GetContact");
        contacts.MapPost("/", Add).WithName("AddContact").RequireAuthorization(Policies.KeepContacts).AddEndpointFilter<IdempotencyFilter>();
        contacts.MapPost("/{contactId:guid}/outcome", RecordOutcome).WithName("RecordContactOutcome").RequireAuthorization(Policies.KeepContacts);
        var inductions = api.MapGroup("/people/{personId:guid}/inductions").WithTags("Contacts").RequireAuthorization(Policies.ReadPeople);
        inductions.MapGet("/", ListInductions).WithName("ListInductions");
        inductions.MapPost("/", AddInduction).WithName("RecordInduction").RequireAuthorization(Policies.KeepContacts).AddEndpointFilter<IdempotencyFilter>();
        return api;
    }

    public static async Task<IResult> List(Guid personId, int? limit, string? cursor, WaypointDbContext db, Contacts contacts, Web.Audit.AuditTrail audit, CancellationToken ct)
    {
        if (!await db.People.AnyAsync(p => p.Id == personId, ct))
        {
            return Api.NotFound.Person(personId);
        }
        if (!OffsetPage.TryRead(cursor, limit, out var page, out var problem))
        {
            return problem!;
        }
        var (items, total) = await contacts.ForPersonAsync(personId, page.Offset, page.Take, ct);
        audit.PersonViewed(personId, "contacts api");
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(page.Of(items.Select(ContactResponse.Of).ToList(), total));
    }

    public static async Task<IResult> Get(Guid personId, Guid contactId, WaypointDbContext db, Contacts contacts, Web.Audit.AuditTrail audit, HttpResponse response, CancellationToken ct)
    {
        if (await contacts.FindAsync(personId, contactId, ct) is not { } contact)
        {
            return Api.NotFound.Contact(contactId);
        }
        audit.PersonViewed(personId, "contact api");
        await db.SaveChangesAsync(ct);
        response.Headers.ETag = Preconditions.ETag(contact.Version);
        return TypedResults.Ok(ContactResponse.Of(contact));
    }

    /// <summary>Books an appointment, or with "outcome": "Attended" records a contact that has happened.</summary>
    public static async Task<IResult> Add(Guid personId, ContactInput input, WaypointDbContext db, Contacts contacts, HttpContext http, CancellationToken ct)
    {
        if (!await db.People.AnyAsync(p => p.Id == personId, ct))
        {
            return Api.NotFound.Person(personId);
        }
        var v = input.Validate(personId, await contacts.OrdersAsync(personId, ct), out var details);
        if (!v.IsValid)
        {
            return TypedResults.ValidationProblem(v.Errors);
        }
        var contact = input.Outcome is null
            ? await contacts.BookAsync(details!, input.OfficerUserId, http.User, ct)
            : await contacts.RecordAsync(details!, input.Notes, input.OfficerUserId, http.User, ct);
        http.Response.Headers.ETag = Preconditions.ETag(contact.Version);
        return TypedResults.Created($"/api/v1/people/{personId}/contacts/{contact.Id}", ContactResponse.Of(contact));
    }

    /// <summary>BYD-05: one request records what happened; with If-Match it is refused if the contact changed since it was read.</summary>
    public static async Task<IResult> RecordOutcome(Guid personId, Guid contactId, OutcomeInput input, Contacts contacts, HttpContext http, CancellationToken ct)
    {
        if (await contacts.FindAsync(personId, contactId, ct) is not { } contact)
        {
            return Api.NotFound.Contact(contactId);
        }
        var v = input.Validate(out var outcome, out var actualAt, out var rescheduleAt);
        if (!v.IsValid)
        {
            return TypedResults.ValidationProblem(v.Errors);
        }
        if (Preconditions.CheckIfSent(http.Request, contact.Version) is { } refused)
        {
            return refused;
        }
        Contact? moved = null;
        Core.Enforcement.NonCompliance? apparent = null;
        if (outcome == ContactOutcome.Rescheduled)
        {
            moved = await contacts.RescheduleAsync(contact, input.RescheduleOn!.Value, rescheduleAt!.Value, input.Notes, http.User, ct);
        }
        else
        {
            apparent = await contacts.RecordOutcomeAsync(contact, outcome!.Value, actualAt, input.Notes, input.Evidence, http.User, ct);
        }
        http.Response.Headers.ETag = Preconditions.ETag(contact.Version);
        return TypedResults.Ok(new OutcomeResponse(ContactResponse.Of(contact), moved is null ? null : ContactResponse.Of(moved), apparent?.Id));
    }

    /// <summary>The signed-in officer's appointments from one day to another (at most 31 days), in time order.</summary>
    public static async Task<IResult> Diary(DateOnly? from, DateOnly? to, Diaries diaries, HttpContext http, CancellationToken ct)
    {
        var start = from ?? diaries.Today;
        var end = to ?? start.AddDays(6);
        if (end < start || end.DayNumber - start.DayNumber > 30)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["to"] = ["The diary is read for up to 31 days, from a day to the same day or later"] });
        }
        var entries = await diaries.ForAsync(Actor.From(http.User).UserId, start, end, ct);
        return TypedResults.Ok(entries.Select(e => new DiaryEntryResponse(
            e.ContactId, e.PersonId, e.OffenderNumber, e.PersonName, e.Kind.ToString(), e.On, e.At.ToString("HH:mm"), e.Minutes, e.Place, e.Outcome?.ToString())).ToList());
    }

    public static async Task<IResult> ListInductions(Guid personId, WaypointDbContext db, Inductions inductions, Web.Audit.AuditTrail audit, CancellationToken ct)
    {
        if (!await db.People.AnyAsync(p => p.Id == personId, ct))
        {
            return Api.NotFound.Person(personId);
        }
        var sessions = await inductions.ForPersonAsync(personId, ct);
        audit.PersonViewed(personId, "inductions api");
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(Summary(sessions));
    }

    public static async Task<IResult> AddInduction(Guid personId, InductionInput input, WaypointDbContext db, Contacts contacts, Inductions inductions, HttpContext http, CancellationToken ct)
    {
        if (!await db.People.AnyAsync(p => p.Id == personId, ct))
        {
            return Api.NotFound.Person(personId);
        }
        var v = OrderChoice.Check(input.Validate(out var topics), await contacts.OrdersAsync(personId, ct), input.OrderId);
        if (!v.IsValid)
        {
            return TypedResults.ValidationProblem(v.Errors);
        }
        input.PersonId = personId;
        var induction = await inductions.RecordAsync(input, topics, http.User, ct);
        return TypedResults.Created($"/api/v1/people/{personId}/inductions", InductionResponse.Of(induction));
    }

    public static InductionsResponse Summary(IReadOnlyList<Induction> sessions) => new(
        sessions.Select(InductionResponse.Of).ToList(), Induction.NotYetExplained(sessions).Select(t => t.ToString()).ToList(), Induction.CompletedOn(sessions));
}

/// <summary>CON-02: the signed-in officer's calendar feed: whether one is on, making a new secret address, revoking it; and the feed itself.</summary>
public static class DiaryFeedApi
{
    public static RouteGroupBuilder MapDiaryFeedApi(this RouteGroupBuilder api)
    {
        var feed = api.MapGroup("/diary/feed").WithTags("Contacts").RequireAuthorization(Policies.KeepContacts);
        feed.MapGet("/", async (DiaryFeeds feeds, HttpContext http, CancellationToken ct) =>
            await feeds.ActiveAsync(http.User, ct) is { } on ? TypedResults.Ok(new DiaryFeedResponse(true, on.CreatedAt, on.LastReadAt, null)) : Results.Ok(new DiaryFeedResponse(false, null, null, null)))
            .WithName("GetDiaryFeed");
        feed.MapPost("/", async (DiaryFeeds feeds, HttpContext http, CancellationToken ct) =>
        {
            var token = await feeds.CreateAsync(http.User, ct);
            return TypedResults.Created("/api/v1/diary/feed", new DiaryFeedResponse(true, null, null, DiaryFeeds.Url(http.Request, token)));
        }).WithName("CreateDiaryFeed");
        feed.MapDelete("/", async (DiaryFeeds feeds, HttpContext http, CancellationToken ct) =>
            await feeds.RevokeAsync(http.User, ct) ? Results.NoContent() : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No calendar feed", detail: "You have no calendar feed to revoke."))
            .WithName("RevokeDiaryFeed");
        return api;
    }

    /// <summary>The feed a calendar program reads: no sign-in, the secret in the address; 404 once revoked.</summary>
    public static void MapDiaryFeedFile(this IEndpointRouteBuilder app) =>
        app.MapGet("/diary/feed/{file}", async (string file, DiaryFeeds feeds, CancellationToken ct) =>
            file.EndsWith(".ics", StringComparison.Ordinal) && await feeds.CalendarAsync(file[..^4], ct) is { } calendar
                ? Results.Text(calendar, "text/calendar; charset=utf-8")
                : Results.NotFound())
            .AllowAnonymous().ExcludeFromDescription();
}

/// <summary>Whether the user's feed is on; the address only in the answer that made it (it is not stored).</summary>
public sealed record DiaryFeedResponse(bool On, DateTimeOffset? CreatedAt, DateTimeOffset? LastReadAt, string? Url);
