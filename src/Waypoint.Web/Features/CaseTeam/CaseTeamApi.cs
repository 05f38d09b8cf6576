using Microsoft.EntityFrameworkCore;
using Waypoint.Web.Api;
using Waypoint.Web.Audit;
using Waypoint.Web.Auth;
using Waypoint.Web.Data;

namespace Waypoint.Web.Features.CaseTeam;

/// <summary>/api/v1/people/{personId}/case-team: who is involved in the case, with role and dates (STF-06).</summary>
public static class CaseTeamApi
{
    public static RouteGroupBuilder MapCaseTeamApi(this RouteGroupBuilder api)
    {
        var team = api.MapGroup("/people/{personId:guid}/case-team").WithTags("Case team").RequireAuthorization(Policies.ReadPeople);
        team.MapGet("/", List).WithName("ListCaseTeam");
        team.MapPost("/", Add).WithName("AddCaseTeamMember").RequireAuthorization(Policies.WritePeople).AddEndpointFilter<IdempotencyFilter>();
        team.MapPost("/{memberId:guid}/end", End).WithName("EndCaseTeamMember").RequireAuthorization(Policies.WritePeople);
        return api;
    }

    public static async Task<IResult> List(Guid personId, WaypointDbContext db, CaseTeams teams, AuditTrail audit, CancellationToken ct)
    {
        if (!await db.People.AnyAsync(p => p.Id == personId, ct))
        {
            return Api.NotFound.Person(personId);
        }
        var team = await teams.ReadAsync(personId, ct);
        audit.PersonViewed(personId, "case team api");
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok((team?.Members ?? []).OrderBy(m => m.To is not null).ThenBy(m => m.From).Select(CaseTeamMemberResponse.Of).ToList());
    }

    public static async Task<IResult> Add(Guid personId, CaseTeamMemberInput input, WaypointDbContext db, CaseTeams teams, CancellationToken ct)
    {
        var v = input.Validate(await teams.ColleaguesAsync(ct), out var colleague);
        if (!v.IsValid)
        {
            return TypedResults.ValidationProblem(v.Errors);
        }
        if (!await db.People.AnyAsync(p => p.Id == personId, ct))
        {
            return Api.NotFound.Person(personId);
        }
        var team = await teams.ForPersonAsync(personId, ct);
        var member = await teams.AddAsync(team, colleague, input, input.From ?? teams.Today, ct);
        return TypedResults.Created($"/api/v1/people/{personId}/case-team", CaseTeamMemberResponse.Of(member));
    }

    public static async Task<IResult> End(Guid personId, Guid memberId, CaseTeamEndInput input, WaypointDbContext db, CaseTeams teams, CancellationToken ct)
    {
        if (!await db.People.AnyAsync(p => p.Id == personId, ct))
        {
            return Api.NotFound.Person(personId);
        }
        var team = await teams.ForPersonAsync(personId, ct);
        return TypedResults.Ok(CaseTeamMemberResponse.Of(await teams.EndAsync(team, memberId, input.On ?? teams.Today, ct)));
    }
}
