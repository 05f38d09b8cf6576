using Microsoft.EntityFrameworkCore;
using Waypoint.Core.Enforcement;
using Waypoint.Web.Api;
using Waypoint.Web.Auth;
using Waypoint.Web.Data;

namespace Waypoint.Web.Features.Enforcement;

public sealed record EffectivenessSummaryResponse(
    Guid Id, Guid PersonId, Guid OrderId, EffectivenessFacts Facts, int? AttendanceRate, int? OnTimeRate, string? ProgressAgainstPlan, string? Outcomes,
    string Status, string AuthorName, DateTimeOffset DraftedAt, DateOnly? CompletedOn)
{
    public static EffectivenessSummaryResponse Of(EffectivenessSummary s) => new(
        s.Id, s.PersonId, s.OrderId, s.Facts, s.Facts.AttendanceRate, s.Facts.OnTimeRate, s.ProgressAgainstPlan, s.Outcomes, s.Status.ToString(), s.AuthorName, s.DraftedAt, s.CompletedOn);
}

public sealed class DraftSummaryInput
{
    public Guid? OrderId { get; set; }
}

public sealed class SummaryInput
{
    public string? ProgressAgainstPlan { get; set; }

    public string? Outcomes { get; set; }

    public Validation Validate() => new Validation()
        .Optional("progressAgainstPlan", ProgressAgainstPlan, "progress against the plan", EffectivenessSummary.MaxText)
        .Optional("outcomes", Outcomes, "the outcomes", EffectivenessSummary.MaxText);
}

/// <summary>/api/v1/people/{personId}/effectiveness-summaries (ENF-06): the summary of an ended order's effectiveness.</summary>
public static class EffectivenessApi
{
    public static RouteGroupBuilder MapEffectivenessApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/people/{personId:guid}/effectiveness-summaries").WithTags("Enforcement").RequireAuthorization(Policies.ReadPeople);
        group.MapGet("/", List).WithName("ListEffectivenessSummaries");
        group.MapPost("/", Draft).WithName("DraftEffectivenessSummary").RequireAuthorization(Policies.Enforce).AddEndpointFilter<IdempotencyFilter>();
        group.MapPut("/{summaryId:guid}", Write).WithName("WriteEffectivenessSummary").RequireAuthorization(Policies.Enforce);
        group.MapPost("/{summaryId:guid}/complete", Complete).WithName("CompleteEffectivenessSummary").RequireAuthorization(Policies.Enforce);
        return api;
    }

    public static async Task<IResult> List(Guid personId, WaypointDbContext db, EffectivenessSummaries summaries, Web.Audit.AuditTrail audit, CancellationToken ct)
    {
        if (!await db.People.AnyAsync(p => p.Id == personId, ct))
        {
            return Api.NotFound.Person(personId);
        }
        var all = await summaries.ForPersonAsync(personId, ct);
        audit.PersonViewed(personId, "effectiveness summaries api");
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(all.Select(EffectivenessSummaryResponse.Of).ToList());
    }

    public static async Task<IResult> Draft(Guid personId, DraftSummaryInput input, WaypointDbContext db, EffectivenessSummaries summaries, HttpContext http, CancellationToken ct)
    {
        if (!await db.People.AnyAsync(p => p.Id == personId, ct))
        {
            return Api.NotFound.Person(personId);
        }
        if (input.OrderId is not { } orderId)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["orderId"] = ["Select the order that ended"] });
        }
        var summary = await summaries.DraftAsync(personId, orderId, http.User, ct);
        http.Response.Headers.ETag = Preconditions.ETag(summary.Version);
        return TypedResults.Created($"/api/v1/people/{personId}/effectiveness-summaries", EffectivenessSummaryResponse.Of(summary));
    }

    public static async Task<IResult> Write(Guid personId, Guid summaryId, SummaryInput input, EffectivenessSummaries summaries, HttpContext http, CancellationToken ct)
    {
        if (await summaries.FindAsync(personId, summaryId, ct) is not { } summary)
        {
            return Api.NotFound.EffectivenessSummary(summaryId);
        }
        var v = input.Validate();
        if (!v.IsValid)
        {
            return TypedResults.ValidationProblem(v.Errors);
        }
        if (Preconditions.Check(http.Request, summary.Version) is { } refused)
        {
            return refused;
        }
        await summaries.WriteAsync(summary, input.ProgressAgainstPlan, input.Outcomes, ct);
        http.Response.Headers.ETag = Preconditions.ETag(summary.Version);
        return TypedResults.Ok(EffectivenessSummaryResponse.Of(summary));
    }

    public static async Task<IResult> Complete(Guid personId, Guid summaryId, EffectivenessSummaries summaries, HttpContext http, CancellationToken ct)
    {
        if (await summaries.FindAsync(personId, summaryId, ct) is not { } summary)
        {
            return Api.NotFound.EffectivenessSummary(summaryId);
        }
        await summaries.CompleteAsync(summary, ct);
        http.Response.Headers.ETag = Preconditions.ETag(summary.Version);
        return TypedResults.Ok(EffectivenessSummaryResponse.Of(summary));
    }
}
