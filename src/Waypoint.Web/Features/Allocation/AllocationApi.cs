using Microsoft.EntityFrameworkCore;
using Waypoint.Core.Common;
using Waypoint.Core.Staff;
using Waypoint.Web.Api;
using Waypoint.Web.Audit;
using Waypoint.Web.Auth;
using Waypoint.Web.Data;

namespace Waypoint.Web.Features.Allocation;

public sealed class AllocationInput
{
    public string? Kind { get; set; }

    public string? OfficerUserId { get; set; }

    public DateOnly? From { get; set; }

    public string? Reason { get; set; }

    public string? HandoverNote { get; set; }

    /// <summary>Needed only when the case takes the officer over their capacity (STF-04).</summary>
    public string? OverCapacityReason { get; set; }

    public (AllocationKind? Kind, Validation Validation) Validate()
    {
        var v = new Validation()
            .Required("officerUserId", OfficerUserId, "the officer", TextLimits.Short)
            .Required("reason", Reason, "the reason for the allocation", TextLimits.Long)
            .Optional("handoverNote", HandoverNote, "handover note", TextLimits.Long)
            .Optional("overCapacityReason", OverCapacityReason, "reason to go over capacity", TextLimits.Long);
        return (v.Code<AllocationKind>("kind", Kind, "the kind of allocation (CaseOfficer or ResponsibleOfficer)"), v);
    }
}

public sealed record AllocationResponse(Guid Id, string Kind, string OfficerUserId, string OfficerName, DateOnly From, DateOnly? To, string Reason, string? HandoverNote, string AllocatedBy, string? OverCapacityReason)
{
    public static AllocationResponse Of(Core.Staff.Allocation a) => new(a.Id, a.Kind.ToString(), a.OfficerUserId, a.OfficerName, a.From, a.To, a.Reason, a.HandoverNote, a.AllocatedBy, a.OverCapacityReason);
}

/// <summary>Allocation of case officers and responsible officers (STF-02).</summary>
public static class AllocationApi
{
    public static RouteGroupBuilder MapAllocationApi(this RouteGroupBuilder api)
    {
        api.MapGet("/allocations/awaiting", Awaiting).WithTags("Allocation").WithName("ListAwaitingAllocation").RequireAuthorization(Policies.Allocate);
        var person = api.MapGroup("/people/{personId:guid}/allocations").WithTags("Allocation").RequireAuthorization(Policies.ReadPeople);
        person.MapGet("/", History).WithName("ListAllocations");
        person.MapPost("/", Allocate).WithName("Allocate").RequireAuthorization(Policies.Allocate);
        return api;
    }

    public static async Task<IResult> Awaiting(Allocations allocations, PersonAccess access, Guid? siteId, int? limit, string? cursor, CancellationToken ct)
    {
        if (!OffsetPage.TryRead(cursor, limit, out var page, out var problem))
        {
            return problem!;
        }
        var (items, total) = await allocations.AwaitingAsync(Allocations.ListedSites(await access.ScopeAsync(ct), siteId), page.Offset, page.Take, ct);
        return TypedResults.Ok(page.Of(items, total));
    }

    public static async Task<IResult> History(Guid personId, WaypointDbContext db, AuditTrail audit, CancellationToken ct)
    {
        if (!await db.People.AnyAsync(p => p.Id == personId, ct))
        {
            return Api.NotFound.Person(personId);
        }
        var record = await db.CaseAllocations.AsNoTracking().SingleOrDefaultAsync(c => c.PersonId == personId, ct);
        audit.PersonViewed(personId, "allocations api");
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok((record?.Allocations ?? []).OrderByDescending(a => a.From).Select(AllocationResponse.Of).ToList());
    }

    public static async Task<IResult> Allocate(Guid personId, AllocationInput input, WaypointDbContext db, Allocations allocations, CoordinatorDuties duties, HttpContext http, CancellationToken ct)
    {
        var (kind, v) = input.Validate();
        var officer = v.IsValid ? (await allocations.OfficersAsync(null, ct)).FirstOrDefault(o => o.UserId == input.OfficerUserId) : null;
        if (v.IsValid && officer is null)
        {
            v.Add("officerUserId", "Choose an account that holds the case officer role");
        }
        if (!v.IsValid)
        {
            return TypedResults.ValidationProblem(v.Errors);
        }
        if (!await db.People.AnyAsync(p => p.Id == personId, ct))
        {
            return Api.NotFound.Person(personId);
        }
        if (await duties.RefusalAsync(http.User, personId, ct) is { } refusal)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Not your coordinator duties", detail: refusal);
        }
        var record = await allocations.ForPersonAsync(personId, ct);
        var allocation = await allocations.AllocateAsync(record, kind!.Value, officer!, input.From ?? allocations.Today, input.Reason!, input.HandoverNote, Actor.From(http.User).UserName, input.OverCapacityReason, ct);
        return TypedResults.Created($"/api/v1/people/{personId}/allocations", AllocationResponse.Of(allocation));
    }
}
