using Microsoft.EntityFrameworkCore;
using Waypoint.Core.Contacts;
using Waypoint.Web.Api;
using Waypoint.Web.Auth;
using Waypoint.Web.Data;

namespace Waypoint.Web.Features.Contacts;

public sealed record ContactReportResponse(
    Guid Id, Guid PersonId, string Kind, string KindName, bool Extra, string Status, ContactReportContent Content, string AuthorName,
    DateTimeOffset StartedAt, DateOnly? CompletedOn, IReadOnlyList<ContactReportProblem>? ProblemsCompleting)
{
    public static ContactReportResponse Of(ContactReport r) => new(
        r.Id, r.PersonId, r.Kind.ToString(), ContactReportNames.Of(r.Kind, r.Extra), r.Extra, r.Status.ToString(), r.Content, r.AuthorName, r.StartedAt, r.CompletedOn,
        r.Status == ContactReportStatus.Draft ? r.Problems().Select(p => new ContactReportProblem(p.Field, p.Message)).ToList() : null);
}

public sealed record ContactReportProblem(string Field, string Message);

public sealed class StartContactReportInput
{
    public string? Kind { get; set; }

    public bool? Extra { get; set; }
}

public sealed class CompleteContactReportInput
{
    public DateOnly? CompletedOn { get; set; }
}

/// <summary>/api/v1/people/{personId}/contact-reports (CON-03, CON-04): a prisoner's Primary and Regular Contact Reports.</summary>
public static class ContactReportsApi
{
    public static RouteGroupBuilder MapContactReportsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/people/{personId:guid}/contact-reports").WithTags("Contact reports").RequireAuthorization(Policies.ReadPeople);
        group.MapGet("/", List).WithName("ListContactReports");
        group.MapGet("/{reportId:guid}", Get).WithName("GetContactReport");
        group.MapPost("/", Start).WithName("StartContactReport").RequireAuthorization(Policies.WriteContactReports).AddEndpointFilter<IdempotencyFilter>();
        group.MapPut("/{reportId:guid}", Write).WithName("WriteContactReport").RequireAuthorization(Policies.WriteContactReports);
        group.MapPost("/{reportId:guid}/complete", Complete).WithName("CompleteContactReport").RequireAuthorization(Policies.WriteContactReports);
        return api;
    }

    public static async Task<IResult> List(Guid personId, WaypointDbContext db, ContactReports reports, Web.Audit.AuditTrail audit, CancellationToken ct)
    {
        if (!await db.People.AnyAsync(p => p.Id == personId, ct))
        {
            return Api.NotFound.Person(personId);
        }
        var all = await reports.ForPersonAsync(personId, ct);
        audit.PersonViewed(personId, "contact reports api");
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(all.Select(ContactReportResponse.Of).ToList());
    }

    public static async Task<IResult> Get(Guid personId, Guid reportId, WaypointDbContext db, ContactReports reports, Web.Audit.AuditTrail audit, HttpResponse response, CancellationToken ct)
    {
        if (await reports.FindAsync(personId, reportId, ct) is not { } report)
        {
            return Api.NotFound.ContactReport(reportId);
        }
        audit.PersonViewed(personId, "contact report api");
        await db.SaveChangesAsync(ct);
        return Respond(report, response);
    }

    public static async Task<IResult> Start(Guid personId, StartContactReportInput input, WaypointDbContext db, ContactReports reports, HttpContext http, CancellationToken ct)
    {
        if (!await db.People.AnyAsync(p => p.Id == personId, ct))
        {
            return Api.NotFound.Person(personId);
        }
        var v = new Validation();
        var kind = v.Code<ContactReportKind>("kind", input.Kind, "the kind of report (Primary or Regular)");
        if (!v.IsValid)
        {
            return TypedResults.ValidationProblem(v.Errors);
        }
        if (!await reports.InPrisonAsync(personId, ct))
        {
            return NotInPrison();
        }
        var report = await reports.StartAsync(personId, kind!.Value, input.Extra ?? false, http.User, ct);
        http.Response.Headers.ETag = Preconditions.ETag(report.Version);
        return TypedResults.Created($"/api/v1/people/{personId}/contact-reports/{report.Id}", ContactReportResponse.Of(report));
    }

    /// <summary>Replaces the draft's content; needs If-Match, so a save from a stale copy is refused, never merged.</summary>
    public static async Task<IResult> Write(Guid personId, Guid reportId, ContactReportInput input, ContactReports reports, HttpContext http, CancellationToken ct)
    {
        if (await reports.FindAsync(personId, reportId, ct) is not { } report)
        {
            return Api.NotFound.ContactReport(reportId);
        }
        var v = new Validation();
        var content = input.Read(report.Kind, v);
        if (!v.IsValid)
        {
            return TypedResults.ValidationProblem(v.Errors);
        }
        if (Preconditions.Check(http.Request, report.Version) is { } refused)
        {
            return refused;
        }
        await reports.WriteAsync(report, content!, ct);
        return Respond(report, http.Response);
    }

    public static async Task<IResult> Complete(Guid personId, Guid reportId, CompleteContactReportInput? input, ContactReports reports, HttpContext http, CancellationToken ct)
    {
        if (await reports.FindAsync(personId, reportId, ct) is not { } report)
        {
            return Api.NotFound.ContactReport(reportId);
        }
        if (Preconditions.CheckIfSent(http.Request, report.Version) is { } refused)
        {
            return refused;
        }
        if (report.Status == ContactReportStatus.Draft && report.Problems() is { Count: > 0 } problems)
        {
            return TypedResults.ValidationProblem(
                problems.GroupBy(p => p.Field).ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray()), title: "The report cannot be completed yet");
        }
        await reports.CompleteAsync(report, input?.CompletedOn ?? reports.Today, ct);
        return Respond(report, http.Response);
    }

    private static IResult Respond(ContactReport report, HttpResponse response)
    {
        response.Headers.ETag = Preconditions.ETag(report.Version);
        return TypedResults.Ok(ContactReportResponse.Of(report));
    }

    private static IResult NotInPrison() => TypedResults.Problem(
        statusCode: StatusCodes.Status422UnprocessableEntity, title: "Not in prison",
        detail: "Primary and Regular Contact Reports are for a prisoner's case officer (COPP 10.3): this person is not placed at a prison today.");
}
