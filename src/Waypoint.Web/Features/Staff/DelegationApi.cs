using System.Security.Claims;
using Waypoint.Core.Common;
using Waypoint.Web.Api;
using Waypoint.Web.Audit;
using Waypoint.Web.Auth;

namespace Waypoint.Web.Features.Staff;

/// <summary>/api/v1/delegations and a site's coordinator duties (REC-01).</summary>
public static class DelegationApi
{
    public static RouteGroupBuilder MapDelegationApi(this RouteGroupBuilder api)
    {
        var register = api.MapGroup("/delegations").WithTags("Staff");
        register.MapGet("/", List).WithName("ListDelegations");
        register.MapPost("/", Record).WithName("RecordDelegation").RequireAuthorization(Policies.Delegate).AddEndpointFilter<IdempotencyFilter>();
        register.MapPost("/{delegationId:guid}/revoke", Revoke).WithName("RevokeDelegation").RequireAuthorization(Policies.Delegate);
        api.MapPut("/sites/{siteId:guid}/coordinator-role", AssignCoordinatorDuties).WithTags("Staff").WithName("AssignCoordinatorDuties").RequireAuthorization(Policies.ManageAccounts);
        return api;
    }

    public static async Task<IResult> List(DelegationRegister register, Guid? siteId, bool? current, int? limit, string? cursor, CancellationToken ct)
    {
        if (!OffsetPage.TryRead(cursor, limit, out var page, out var problem))
        {
            return problem!;
        }
        var (items, total) = await register.ListAsync(siteId, current ?? false, page.Offset, page.Take, ct);
        return TypedResults.Ok(page.Of(items, total));
    }

    public static async Task<IResult> Record(DelegationInput input, DelegationRegister register, HttpContext http, CancellationToken ct)
    {
        var (duty, v) = input.Validate(await register.StaffAsync(ct));
        var site = input.SiteId is { } siteId ? await register.SiteAsync(siteId, ct) : null;
        if (input.SiteId is not null && site is null)
        {
            v.Add("siteId", "Choose a site that exists");
        }
        if (!v.IsValid)
        {
            return TypedResults.ValidationProblem(v.Errors);
        }
        var entry = await register.RecordAsync(site!, duty!.Value, input.DelegateUserId!, Actor.From(http.User), WaypointClaims.DisplayNameOf(http.User), input.From!.Value, input.To, input.Instrument!, ct);
        return TypedResults.Created($"/api/v1/delegations/{entry.Id}", await register.FindAsync(entry.Id, ct));
    }

    public static async Task<IResult> Revoke(Guid delegationId, RevocationInput input, DelegationRegister register, HttpContext http, CancellationToken ct)
    {
        var v = new Validation().Required("reason", input.Reason, "the reason for revoking the delegation", TextLimits.Long);
        if (!v.IsValid)
        {
            return TypedResults.ValidationProblem(v.Errors);
        }
        var entry = await register.ForChangeAsync(delegationId, ct);
        if (entry is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Delegation not found", detail: $"No delegation has the id {delegationId}.");
        }
        await register.RevokeAsync(entry, WaypointClaims.DisplayNameOf(http.User), input.Reason!, ct);
        return TypedResults.Ok(await register.FindAsync(delegationId, ct));
    }

    public static async Task<IResult> AssignCoordinatorDuties(Guid siteId, CoordinatorDutiesInput input, DelegationRegister register, CancellationToken ct)
    {
        var site = await register.SiteAsync(siteId, ct);
        if (site is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Site not found", detail: $"No site has the id {siteId}.");
        }
        if (string.IsNullOrWhiteSpace(input.Role))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["role"] = ["Choose the role that does coordinator duties at the site"] });
        }
        await register.AssignCoordinatorDutiesAsync(site, input.Role.Trim(), ct);
        return TypedResults.Ok(new { siteId, coordinatorRole = site.CoordinatorRole });
    }
}
