using Microsoft.EntityFrameworkCore;
using Waypoint.Core.Enforcement;
using Waypoint.Web.Api;
using Waypoint.Web.Auth;
using Waypoint.Web.Data;

namespace Waypoint.Web.Features.Enforcement;

public sealed record NonComplianceResponse(
    Guid Id, Guid PersonId, Guid? OrderId, string Source, string SourceName, string? ReportedBy, DateOnly OccurredOn, string Concerning, Guid? ContactId,
    string Status, string StatusName, string RecordedByName, DateTimeOffset RecordedAt, DateOnly? EvidenceRequestedOn, string? EvidenceRequested,
    string? CheckedWith, string? PersonAccount, string? Reason, bool? AddressedOtherwise, string? Agreed, DateOnly? DecidedOn, string? DecidedByName,
    DateOnly? DecideBy)
{
    /// <summary>With the engine's deadline while it is open (BYD-02).</summary>
    public static NonComplianceResponse Of(NonCompliance n, DateOnly? decideBy = null) => new(
        n.Id, n.PersonId, n.OrderId, n.Source.ToString(), NonComplianceNames.Sources[n.Source], n.ReportedBy, n.OccurredOn, n.Concerning, n.ContactId,
        n.Status.ToString(), NonComplianceNames.Statuses[n.Status], n.RecordedByName, n.RecordedAt, n.EvidenceRequestedOn, n.EvidenceRequested,
        n.CheckedWith, n.PersonAccount, n.Reason, n.AddressedOtherwise, n.Agreed, n.DecidedOn, n.DecidedByName, decideBy);
}

/// <summary>/api/v1/people/{personId}/non-compliance (ENF-01, ENF-02): apparent non-compliance, its evidence and its verified decision.</summary>
public static class EnforcementApi
{
    public static RouteGroupBuilder MapEnforcementApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/people/{personId:guid}/non-compliance").WithTags("Enforcement").RequireAuthorization(Policies.ReadPeople);
        group.MapGet("/", List).WithName("ListNonCompliance");
        group.MapGet("/{id:guid}", Get).WithName("GetNonCompliance");
        group.MapPost("/", Record).WithName("RecordNonCompliance").RequireAuthorization(Policies.Enforce).AddEndpointFilter<IdempotencyFilter>();
        group.MapPost("/{id:guid}/evidence-request", RequestEvidence).WithName("RequestNonComplianceEvidence").RequireAuthorization(Policies.Enforce);
        group.MapPost("/{id:guid}/decision", Decide).WithName("DecideNonCompliance").RequireAuthorization(Policies.Enforce);
        return api;
    }

    public static async Task<IResult> List(Guid personId, WaypointDbContext db, NonCompliances records, Web.Audit.AuditTrail audit, CancellationToken ct)
    {
        if (!await db.People.AnyAsync(p => p.Id == personId, ct))
        {
            return Api.NotFound.Person(personId);
        }
        var all = await records.ForPersonAsync(personId, ct);
        var deadlines = await records.DeadlinesAsync(personId, ct);
        audit.PersonViewed(personId, "non-compliance api");
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(all.Select(n => NonComplianceResponse.Of(n, deadlines.TryGetValue(n.Id, out var d) ? d : null)).ToList());
    }

    public static async Task<IResult> Get(Guid personId, Guid id, WaypointDbContext db, NonCompliances records, Web.Audit.AuditTrail audit, HttpResponse response, CancellationToken ct)
    {
        if (await records.FindAsync(personId, id, ct) is not { } record)
        {
            return Api.NotFound.NonCompliance(id);
        }
        audit.PersonViewed(personId, "non-compliance api");
        await db.SaveChangesAsync(ct);
        return await RespondAsync(record, records, response, ct);
    }

    public static async Task<IResult> Record(Guid personId, NonComplianceInput input, WaypointDbContext db, Contacts.Contacts contacts, NonCompliances records, HttpContext http, CancellationToken ct)
    {
        if (!await db.People.AnyAsync(p => p.Id == personId, ct))
        {
            return Api.NotFound.Person(personId);
        }
        var v = Contacts.OrderChoice.Check(input.Validate(out var source), await contacts.OrdersAsync(personId, ct), input.OrderId);
        if (!v.IsValid)
        {
            return TypedResults.ValidationProblem(v.Errors);
        }
        input.PersonId = personId;
        var record = await records.RecordAsync(input, source!.Value, http.User, ct);
        http.Response.Headers.ETag = Preconditions.ETag(record.Version);
        return TypedResults.Created($"/api/v1/people/{personId}/non-compliance/{record.Id}", NonComplianceResponse.Of(record, (await records.DeadlinesAsync(personId, ct)).GetValueOrDefault(record.Id)));
    }

    public static Task<IResult> RequestEvidence(Guid personId, Guid id, EvidenceRequestInput input, NonCompliances records, HttpContext http, CancellationToken ct) =>
        StepAsync(personId, id, records, http, input.Validate(), record => records.AwaitEvidenceAsync(record, input.Evidence!, input.PersonAccount, input.RequestedOn ?? records.Today, ct), ct);

    public static Task<IResult> Decide(Guid personId, Guid id, VerificationInput input, NonCompliances records, HttpContext http, CancellationToken ct)
    {
        var v = input.Validate(records.Today, out var verification);
        return StepAsync(personId, id, records, http, v, record => records.DecideAsync(record, verification!, http.User, ct), ct);
    }

    /// <summary>A step on a record: found, the input valid, at the version the client read when it sends If-Match.</summary>
    private static async Task<IResult> StepAsync(Guid personId, Guid id, NonCompliances records, HttpContext http, Validation v, Func<NonCompliance, Task> step, CancellationToken ct)
    {
        if (await records.FindAsync(personId, id, ct) is not { } record)
        {
            return Api.NotFound.NonCompliance(id);
        }
        if (!v.IsValid)
        {
            return TypedResults.ValidationProblem(v.Errors);
        }
        if (Preconditions.CheckIfSent(http.Request, record.Version) is { } refused)
        {
            return refused;
        }
        await step(record);
        return await RespondAsync(record, records, http.Response, ct);
    }

    private static async Task<IResult> RespondAsync(NonCompliance record, NonCompliances records, HttpResponse response, CancellationToken ct)
    {
        response.Headers.ETag = Preconditions.ETag(record.Version);
        return TypedResults.Ok(NonComplianceResponse.Of(record, (await records.DeadlinesAsync(record.PersonId, ct)).GetValueOrDefault(record.Id) is { DayNumber: > 0 } d ? d : null));
    }
}
