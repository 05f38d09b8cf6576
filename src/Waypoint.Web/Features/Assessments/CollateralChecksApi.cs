using Microsoft.EntityFrameworkCore;
using Waypoint.Core.Assessments;
using Waypoint.Core.Common;
using Waypoint.Web.Api;
using Waypoint.Web.Auth;
using Waypoint.Web.Data;

namespace Waypoint.Web.Features.Assessments;

public sealed record CollateralCheckResponse(
    Guid Id, string Type, string TypeName, string Source, string ConsentReliedOn, DateOnly RequestedOn, DateOnly? CompletedOn, string? Result, string RecordedBy)
{
    public static CollateralCheckResponse Of(CollateralCheck c, Core.Policy.AssessmentDefinitions definitions) => new(
        c.Id, c.Type, definitions.CollateralCheckTypes.FirstOrDefault(t => t.Code == c.Type)?.Name ?? c.Type, c.Source, c.ConsentReliedOn, c.RequestedOn, c.CompletedOn, c.Result, c.RecordedBy);
}

public sealed record RequirementResponse(string Code, string Name, string Source, bool Met, DateOnly? MetOn);

public sealed class CollateralCheckInput
{
    public string? Type { get; set; }

    public string? Source { get; set; }

    public string? ConsentReliedOn { get; set; }

    public DateOnly? RequestedOn { get; set; }

    public Validation Validate(Core.Policy.AssessmentDefinitions definitions, DateOnly today)
    {
        var v = new Validation()
            .Required("source", Source, "who was asked, such as ACT Policing records", TextLimits.Short)
            .Required("consentReliedOn", ConsentReliedOn, "the consent relied on, such as the person's signed consent or a statutory power", TextLimits.Short);
        if (definitions.CollateralCheckTypes.All(t => t.Code != Type))
        {
            v.Add("type", $"Choose the kind of check: {string.Join(", ", definitions.CollateralCheckTypes.Select(t => t.Code))}");
        }
        if (RequestedOn > today)
        {
            v.Add("requestedOn", "The date requested must be today or in the past");
        }
        return v;
    }
}

public sealed class CollateralCheckResultInput
{
    public DateOnly? CompletedOn { get; set; }

    public string? Result { get; set; }

    public Validation Validate() => new Validation().Required("result", Result, "what the check found", TextLimits.Long);
}

/// <summary>/api/v1/people/{personId}/collateral-checks and /requirements (ASM-06).</summary>
public static class CollateralChecksApi
{
    public static RouteGroupBuilder MapCollateralChecksApi(this RouteGroupBuilder api)
    {
        var person = api.MapGroup("/people/{personId:guid}").WithTags("Assessments").RequireAuthorization(Policies.ReadPeople);
        person.MapGet("/requirements", Requirements).WithName("ListCaseRequirements");
        person.MapGet("/collateral-checks", List).WithName("ListCollateralChecks");
        person.MapPost("/collateral-checks", Request).WithName("RequestCollateralCheck").RequireAuthorization(Policies.Assess).AddEndpointFilter<IdempotencyFilter>();
        person.MapPost("/collateral-checks/{checkId:guid}/result", RecordResult).WithName("RecordCollateralCheckResult").RequireAuthorization(Policies.Assess);
        return api;
    }

    public static async Task<IResult> Requirements(Guid personId, WaypointDbContext db, Assessments assessments, Web.Audit.AuditTrail audit, CancellationToken ct)
    {
        if (!await db.People.AnyAsync(p => p.Id == personId, ct))
        {
            return Api.NotFound.Person(personId);
        }
        var list = await assessments.RequirementsAsync(personId, ct);
        audit.PersonViewed(personId, "requirements api");
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(list.Select(r => new RequirementResponse(r.Requirement.Code, r.Requirement.Name, r.Requirement.Source, r.Met, r.MetOn)).ToList());
    }

    public static async Task<IResult> List(Guid personId, WaypointDbContext db, Assessments assessments, Web.Audit.AuditTrail audit, CancellationToken ct)
    {
        if (!await db.People.AnyAsync(p => p.Id == personId, ct))
        {
            return Api.NotFound.Person(personId);
        }
        var definitions = (await assessments.PackForAsync(personId, ct)).Assessments!;
        var checks = await assessments.ChecksAsync(personId, ct);
        audit.PersonViewed(personId, "collateral checks api");
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(checks.Select(c => CollateralCheckResponse.Of(c, definitions)).ToList());
    }

    public static async Task<IResult> Request(Guid personId, CollateralCheckInput input, WaypointDbContext db, Assessments assessments, HttpContext http, CancellationToken ct)
    {
        if (!await db.People.AnyAsync(p => p.Id == personId, ct))
        {
            return Api.NotFound.Person(personId);
        }
        var definitions = (await assessments.PackForAsync(personId, ct)).Assessments!;
        var v = input.Validate(definitions, assessments.Today);
        if (!v.IsValid)
        {
            return TypedResults.ValidationProblem(v.Errors);
        }
        var check = await assessments.RequestCheckAsync(personId, input.Type!, input.Source!, input.ConsentReliedOn!, input.RequestedOn ?? assessments.Today, http.User, ct);
        return TypedResults.Created($"/api/v1/people/{personId}/collateral-checks", CollateralCheckResponse.Of(check, definitions));
    }

    public static async Task<IResult> RecordResult(Guid personId, Guid checkId, CollateralCheckResultInput input, Assessments assessments, CancellationToken ct)
    {
        if (await assessments.FindCheckAsync(personId, checkId, ct) is not { } check)
        {
            return TypedResults.Problem(statusCode: 404, title: "Check not found", detail: $"This person has no collateral check with the id {checkId}.");
        }
        var v = input.Validate();
        if (!v.IsValid)
        {
            return TypedResults.ValidationProblem(v.Errors);
        }
        await assessments.RecordCheckResultAsync(check, input.CompletedOn ?? assessments.Today, input.Result!, ct);
        return TypedResults.Ok(CollateralCheckResponse.Of(check, (await assessments.PackForAsync(personId, ct)).Assessments!));
    }
}
