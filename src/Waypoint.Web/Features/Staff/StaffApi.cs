using Microsoft.AspNetCore.Http.HttpResults;
using Waypoint.Web.Api;
using Waypoint.Web.Auth;

namespace Waypoint.Web.Features.Staff;

/// <summary>
/// /api/v1/sites, /staff and /teams: the jurisdiction's sites and teams, the staff directory with workload against
/// capacity, and leave (STF-01, STF-04). Any signed-in user may read them; staff keepers change profiles and leave.
/// </summary>
public static class StaffApi
{
    public static RouteGroupBuilder MapStaffApi(this RouteGroupBuilder api)
    {
        api.MapGet("/sites", ListSites).WithTags("Staff").WithName("ListSites");
        var staff = api.MapGroup("/staff").WithTags("Staff");
        staff.MapGet("/", List).WithName("ListStaff");
        staff.MapGet("/{userId}", Get).WithName("GetStaffMember");
        staff.MapPut("/{userId}", Describe).WithName("DescribeStaffMember").RequireAuthorization(Policies.KeepStaff);
        staff.MapPost("/{userId}/leave", AddLeave).WithName("AddLeave").RequireAuthorization(Policies.KeepStaff);
        staff.MapDelete("/{userId}/leave/{leaveId:guid}", CancelLeave).WithName("CancelLeave").RequireAuthorization(Policies.KeepStaff);
        api.MapGet("/teams/{teamId:guid}", Team).WithTags("Staff").WithName("GetTeamWorkload");
        return api;
    }

    public static async Task<Ok<IReadOnlyList<SiteSummary>>> ListSites(SiteDirectory directory, CancellationToken ct) =>
        TypedResults.Ok(await directory.ListAsync(ct));

    public static async Task<IResult> List(StaffDirectory directory, Guid? siteId, Guid? teamId, string? role, string? language, string? skill, int? limit, string? cursor, CancellationToken ct)
    {
        if (!OffsetPage.TryRead(cursor, limit, out var page, out var problem))
        {
            return problem!;
        }
        var (items, total) = await directory.ListAsync(new StaffFilter(siteId, teamId, role, language, skill), page.Offset, page.Take, ct);
        return TypedResults.Ok(page.Of(items, total));
    }

    public static async Task<IResult> Get(string userId, StaffDirectory directory, HttpResponse response, CancellationToken ct)
    {
        var profile = await directory.FindAsync(userId, ct);
        if (profile is null)
        {
            return StaffNotFound(userId);
        }
        response.Headers.ETag = Preconditions.ETag(profile.Version);
        return TypedResults.Ok(profile);
    }

    /// <summary>Replaces the profile; needs If-Match with the ETag read.</summary>
    public static async Task<IResult> Describe(string userId, StaffProfileInput input, StaffDirectory directory, HttpRequest request, HttpResponse response, CancellationToken ct)
    {
        var v = input.Validate();
        if (!v.IsValid)
        {
            return TypedResults.ValidationProblem(v.Errors);
        }
        var member = await directory.ForChangeAsync(userId, ct);
        if (member is null)
        {
            return StaffNotFound(userId);
        }
        if (Preconditions.Check(request, member.Version) is { } refused)
        {
            return refused;
        }
        await directory.DescribeAsync(member, input.Skills ?? [], input.Interests ?? [], input.Languages ?? [], input.CapacityPoints, ct);
        response.Headers.ETag = Preconditions.ETag(member.Version);
        return TypedResults.Ok((await directory.FindAsync(userId, ct))!);
    }

    public static async Task<IResult> AddLeave(string userId, LeaveInput input, StaffDirectory directory, CancellationToken ct)
    {
        var v = input.Validate();
        if (!v.IsValid)
        {
            return TypedResults.ValidationProblem(v.Errors);
        }
        var member = await directory.ForChangeAsync(userId, ct);
        if (member is null)
        {
            return StaffNotFound(userId);
        }
        var period = await directory.AddLeaveAsync(member, input.From!.Value, input.To!.Value, input.Kind!, ct);
        return TypedResults.Created($"/api/v1/staff/{userId}", LeaveResponse.Of(period));
    }

    public static async Task<IResult> CancelLeave(string userId, Guid leaveId, StaffDirectory directory, CancellationToken ct)
    {
        var member = await directory.ForChangeAsync(userId, ct);
        if (member is null)
        {
            return StaffNotFound(userId);
        }
        await directory.CancelLeaveAsync(member, leaveId, ct);
        return TypedResults.NoContent();
    }

    public static async Task<IResult> Team(Guid teamId, StaffDirectory directory, CancellationToken ct) =>
        await directory.TeamAsync(teamId, ct) is { } team
            ? TypedResults.Ok(team)
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Team not found", detail: $"No team has the id {teamId}.");

    private static ProblemHttpResult StaffNotFound(string userId) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Staff member not found", detail: $"No member of staff has the id {userId}.");
}
