using Microsoft.EntityFrameworkCore;
using Waypoint.Core.Compliance;
using Waypoint.Web.Api;
using Waypoint.Web.Auth;

namespace Waypoint.Web.Features.Compliance;

/// <summary>/api/v1/work: the signed-in user's open work, soonest first (CMP-04).</summary>
public static class WorkApi
{
    public static RouteGroupBuilder MapWorkApi(this RouteGroupBuilder api)
    {
        api.MapGet("/work", List).WithTags("Compliance").WithName("ListMyWork").RequireAuthorization(Policies.ReadPeople);
        api.MapGet("/work/team", ListTeam).WithTags("Compliance").WithName("ListTeamWork").RequireAuthorization(Policies.ReadPeople);
        api.MapGet("/people/{personId:guid}/obligations", ForPerson).WithTags("Compliance").WithName("ListObligations").RequireAuthorization(Policies.ReadPeople);
        api.MapPost("/people/{personId:guid}/obligations/{key}/waiver", Waive).WithTags("Compliance").WithName("WaiveObligation").RequireAuthorization(Policies.WaiveObligations);
        return api;
    }

    /// <summary>A person's obligations explained (CMP-02); reading them is a view of the person's record, audited.</summary>
    public static async Task<IResult> ForPerson(Guid personId, Data.WaypointDbContext db, PersonObligations obligations, Web.Audit.AuditTrail audit, CancellationToken ct)
    {
        if (!await db.People.AnyAsync(p => p.Id == personId, ct))
        {
            return Api.NotFound.Person(personId);
        }
        var list = await obligations.ForAsync(personId, ct);
        audit.PersonViewed(personId, "obligations api");
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(list);
    }

    /// <summary>CMP-02: waive an open obligation with a reason; the approver is the signed-in team leader.</summary>
    public static async Task<IResult> Waive(Guid personId, string key, WaiverInput input, Waivers waivers, PersonObligations obligations, HttpContext http, CancellationToken ct)
    {
        var v = Waivers.Validate(input.Reason);
        if (!v.IsValid)
        {
            return TypedResults.ValidationProblem(v.Errors);
        }
        if (await waivers.WaiveAsync(await waivers.FindAsync(personId, key, ct), input.Reason!, http.User, ct) is { } refusal)
        {
            return TypedResults.Problem(statusCode: refusal.Status, title: "The obligation cannot be waived", detail: refusal.Detail);
        }
        var view = (await obligations.ForAsync(personId, ct, key)).Single();
        return TypedResults.Created($"/api/v1/people/{personId}/obligations#{Uri.EscapeDataString(key)}", view);
    }

    public static Task<IResult> List(WorkQueue queue, HttpContext http, string? kind, string? status, int? limit, string? cursor, CancellationToken ct) =>
        Read(WorkScope.Mine, queue, http, kind, status, limit, cursor, ct);

    /// <summary>CMP-04: a team leader's view of the open work of the officers in the teams they lead.</summary>
    public static Task<IResult> ListTeam(WorkQueue queue, HttpContext http, string? kind, string? status, int? limit, string? cursor, CancellationToken ct) =>
        Read(WorkScope.Team, queue, http, kind, status, limit, cursor, ct);

    private static async Task<IResult> Read(WorkScope scope, WorkQueue queue, HttpContext http, string? kind, string? status, int? limit, string? cursor, CancellationToken ct)
    {
        var v = new Validation();
        var k = v.Code<ObligationKind>("kind", kind, "the kind of work", required: false);
        var s = v.Code<ObligationStatus>("status", status, "the status (Overdue, DueSoon or Upcoming)", required: false);
        if (s is not (null or ObligationStatus.Overdue or ObligationStatus.DueSoon or ObligationStatus.Upcoming))
        {
            v.Add("status", "Open work is Overdue, DueSoon or Upcoming");
        }
        if (!v.IsValid)
        {
            return TypedResults.ValidationProblem(v.Errors);
        }
        if (!OffsetPage.TryRead(cursor, limit, out var page, out var problem))
        {
            return problem!;
        }
        var (items, total) = await queue.ForAsync(http.User, scope, k, s, page.Offset, page.Take, ct, count: false);
        return TypedResults.Ok(page.Of(items, total));
    }
}

public sealed class WaiverInput
{
    public string? Reason { get; set; }
}
