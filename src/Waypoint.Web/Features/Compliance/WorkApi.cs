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
        return api;
    }

    public static async Task<IResult> List(WorkQueue queue, HttpContext http, string? kind, string? status, int? limit, string? cursor, CancellationToken ct)
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
        var (items, total) = await queue.ForAsync(http.User, k, s, page.Offset, page.Take, ct);
        return TypedResults.Ok(page.Of(items, total));
    }
}
