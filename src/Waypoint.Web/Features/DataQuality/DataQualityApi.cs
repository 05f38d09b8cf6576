using Waypoint.Web.Api;
using Waypoint.Web.Auth;

namespace Waypoint.Web.Features.DataQuality;

/// <summary>/api/v1/data-quality: the count for each check with the address of its list (BYD-07, BYD-03), and each list.</summary>
public static class DataQualityApi
{
    public static RouteGroupBuilder MapDataQualityApi(this RouteGroupBuilder api)
    {
        api.MapGet("/data-quality", Counts).WithTags("Data quality").WithName("DataQualityCounts").RequireAuthorization(Policies.ReadDataQuality);
        api.MapGet("/data-quality/{check}", List).WithTags("Data quality").WithName("DataQualityList").RequireAuthorization(Policies.ReadDataQuality);
        return api;
    }

    public sealed record CheckCount(string Check, string Description, int Count, string People);

    public static async Task<IResult> Counts(DataQualityChecks checks, CancellationToken ct) =>
        TypedResults.Ok((await checks.CountsAsync(ct))
            .Select(c => new CheckCount(c.Check.ToString(), DataQualityChecks.Describe(c.Check), c.Count, $"/api/v1/data-quality/{c.Check}")).ToList());

    public static async Task<IResult> List(string check, int? limit, string? cursor, DataQualityChecks checks, CancellationToken ct)
    {
        var v = new Validation();
        var which = v.Code<Features.DataQuality.DataQualityCheck>("check", check, $"a check ({string.Join(", ", Enum.GetNames<DataQualityCheck>())})");
        if (!v.IsValid)
        {
            return TypedResults.ValidationProblem(v.Errors);
        }
        if (!OffsetPage.TryRead(cursor, limit, out var page, out var problem))
        {
            return problem!;
        }
        var (items, total) = await checks.ListAsync(which!.Value, page.Offset, page.Take, ct);
        return TypedResults.Ok(new { total, page = page.Of(items, total) });
    }
}
