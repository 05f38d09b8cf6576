using Microsoft.AspNetCore.Http.HttpResults;

namespace Waypoint.Web.Features.Staff;

/// <summary>/api/v1/sites: the sites and teams of the jurisdiction (STF-01). Any signed-in user may read them.</summary>
public static class StaffApi
{
    public static RouteGroupBuilder MapStaffApi(this RouteGroupBuilder api)
    {
        api.MapGet("/sites", ListSites).WithTags("Staff").WithName("ListSites");
        return api;
    }

    public static async Task<Ok<IReadOnlyList<SiteSummary>>> ListSites(SiteDirectory directory, CancellationToken ct) =>
        TypedResults.Ok(await directory.ListAsync(ct));
}
