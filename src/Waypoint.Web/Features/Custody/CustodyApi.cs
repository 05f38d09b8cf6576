using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Waypoint.Core.Common;
using Waypoint.Core.Custody;
using Waypoint.Core.Staff;
using Waypoint.Web.Api;
using Waypoint.Web.Audit;
using Waypoint.Web.Auth;
using Waypoint.Web.Features.Compliance;
using Waypoint.Web.Data;
using Waypoint.Web.Features.Policy;

namespace Waypoint.Web.Features.Custody;

public sealed record PlacementResponse(Guid Id, Guid SiteId, string SiteName, string? Unit, DateOnly From, DateOnly? To, bool Permanent, string? Reason, string? ReleaseReason)
{
    public static PlacementResponse Of(Placement p) => new(p.Id, p.SiteId, p.SiteName, p.Unit, p.From, p.To, p.Permanent, p.Reason, p.ReleaseReason);
}

public sealed record ClassificationResponse(Guid Id, string Level, DateOnly From, string Reason, string DecidedBy)
{
    public static ClassificationResponse Of(SecurityClassification c) => new(c.Id, c.Level, c.From, c.Reason, c.DecidedBy);
}

public sealed record CustodyResponse(PlacementResponse? Current, string? SecurityClassification, IReadOnlyList<PlacementResponse> Placements, IReadOnlyList<ClassificationResponse> Classifications)
{
    public static CustodyResponse From(CustodyRecord r, DateOnly today) => new(
        r.Current is { } c ? PlacementResponse.Of(c) : null,
        r.ClassificationOn(today)?.Level,
        r.Placements.OrderByDescending(p => p.From).Select(PlacementResponse.Of).ToList(),
        r.Classifications.OrderByDescending(c => c.From).Select(ClassificationResponse.Of).ToList());
}

public sealed class PlacementInput
{
    public Guid? SiteId { get; set; }

    public string? Unit { get; set; }

    public DateOnly? From { get; set; }

    public bool Permanent { get; set; }

    public string? Reason { get; set; }

    public Validation Validate() => new Validation()
        .Optional("unit", Unit, "unit", TextLimits.Name)
        .Optional("reason", Reason, "reason", TextLimits.Long)
        .Add(SiteId is null ? ("siteId", "Choose the prison") : default)
        .Add(From is null ? ("from", "Enter the date of the move") : default);
}

public sealed class ReleaseInput
{
    public DateOnly? On { get; set; }

    public string? Reason { get; set; }

    public Validation Validate() => new Validation()
        .Required("reason", Reason, "the reason for release", TextLimits.Long)
        .Add(On is null ? ("on", "Enter the date of release") : default);
}

public sealed class ClassificationInput
{
    public string? Level { get; set; }

    public DateOnly? From { get; set; }

    public string? Reason { get; set; }

    public Validation Validate(IReadOnlyCollection<string> levels) => new Validation()
        .Required("reason", Reason, "the reason for the classification", TextLimits.Long)
        .Add(Level is null || !levels.Contains(Level) ? ("level", $"Level must be one of: {string.Join(", ", levels)}") : default)
        .Add(From is null ? ("from", "Enter the date it applies from") : default);
}

/// <summary>/api/v1/people/{id}/custody and its changes (PPL-05).</summary>
public static class CustodyApi
{
    public static RouteGroupBuilder MapCustodyApi(this RouteGroupBuilder api)
    {
        var custody = api.MapGroup("/people/{personId:guid}").WithTags("Custody").RequireAuthorization(Policies.ReadPeople);
        custody.MapGet("/custody", Get).WithName("GetCustody");
        custody.MapPost("/placements", Place).WithName("PlacePerson").RequireAuthorization(Policies.KeepCustody);
        custody.MapPost("/release", Release).WithName("ReleasePerson").RequireAuthorization(Policies.KeepCustody);
        custody.MapPreview("POST", "/placements", Place, "PlacePerson", Policies.KeepCustody);
        custody.MapPreview("POST", "/release", Release, "ReleasePerson", Policies.KeepCustody);
        custody.MapPost("/security-classifications", Classify).WithName("ClassifyPerson").RequireAuthorization(Policies.KeepCustody);
        return api;
    }

    public static async Task<IResult> Get(Guid personId, WaypointDbContext db, CustodyRecords records, AuditTrail audit, CancellationToken ct)
    {
        if (!await db.People.AnyAsync(p => p.Id == personId, ct))
        {
            return Api.NotFound.Person(personId);
        }
        var record = await db.CustodyRecords.AsNoTracking().SingleOrDefaultAsync(c => c.PersonId == personId, ct) ?? CustodyRecord.For(personId);
        audit.PersonViewed(personId, "custody api");
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(CustodyResponse.From(record, records.Today));
    }

    public static async Task<IResult> Place(Guid personId, PlacementInput input, WaypointDbContext db, CustodyRecords records, CancellationToken ct)
    {
        var v = input.Validate();
        var site = input.SiteId is { } siteId ? await db.Sites.AsNoTracking().SingleOrDefaultAsync(s => s.Id == siteId, ct) : null;
        if (input.SiteId is not null && site is not { Kind: SiteKind.Prison })
        {
            v.Add("siteId", "Choose a prison: that site is not one");
        }
        return await ChangeAsync(personId, v, db, records, async record =>
            TypedResults.Created($"/api/v1/people/{personId}/custody",
                PlacementResponse.Of(await records.PlaceAsync(record, site!.Id, site.Name, input.Unit, input.From!.Value, input.Permanent, input.Reason, ct))), ct);
    }

    public static Task<IResult> Release(Guid personId, ReleaseInput input, WaypointDbContext db, CustodyRecords records, CancellationToken ct) =>
        ChangeAsync(personId, input.Validate(), db, records, async record =>
            TypedResults.Ok(PlacementResponse.Of(await records.ReleaseAsync(record, input.On!.Value, input.Reason!, ct))), ct);

    public static Task<IResult> Classify(Guid personId, ClassificationInput input, WaypointDbContext db, CustodyRecords records, PolicyPacks packs, HttpContext http, CancellationToken ct) =>
        ChangeAsync(personId, input.Validate(packs.All.SelectMany(p => p.SecurityClassifications).Select(c => c.Code).Distinct().ToList()), db, records, async record =>
            TypedResults.Created($"/api/v1/people/{personId}/custody",
                ClassificationResponse.Of(await records.ClassifyAsync(record, input.Level!, input.From!.Value, input.Reason!, Actor.From(http.User).UserName, ct))), ct);

    private static async Task<IResult> ChangeAsync(Guid personId, Validation v, WaypointDbContext db, CustodyRecords records, Func<CustodyRecord, Task<IResult>> change, CancellationToken ct)
    {
        if (!v.IsValid)
        {
            return TypedResults.ValidationProblem(v.Errors);
        }
        if (!await db.People.AnyAsync(p => p.Id == personId, ct))
        {
            return Api.NotFound.Person(personId);
        }
        return await change(await records.ForPersonAsync(personId, ct));
    }
}
