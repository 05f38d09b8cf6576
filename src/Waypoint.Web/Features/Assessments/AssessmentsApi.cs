using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Waypoint.Core.Assessments;
using Waypoint.Web.Api;
using Waypoint.Web.Auth;
using Waypoint.Web.Data;

namespace Waypoint.Web.Features.Assessments;

public sealed record AssessmentResponse(
    Guid Id, Guid PersonId, string Tool, string Status, DateOnly AssessedOn, string AssessorName, DateTimeOffset? CompletedAt,
    JsonElement Answers, string? Rationale, int? Score, string? Band, string? BandName, string? ComputedLevel, string? Level,
    IReadOnlyList<string> Needs, bool FullAssessmentRequired, string? PackVersion, AssessmentOverrideResponse? Override)
{
    public static AssessmentResponse Of(Assessment a) => new(
        a.Id, a.PersonId, a.Tool.ToString(), a.Status.ToString(), a.AssessedOn, a.AssessorName, a.CompletedAt,
        JsonDocument.Parse(a.Answers).RootElement.Clone(), a.Rationale, a.Score, a.BandCode, a.BandName, a.ComputedLevel, a.Level,
        a.NeedCodes, a.FullAssessmentRequired, a.PackVersion,
        a.Override == OverrideStatus.None ? null : new AssessmentOverrideResponse(
            a.Override.ToString(), a.OverrideLevel!, a.OverrideReason!, a.OverrideRequestedBy!, a.OverrideDecidedBy, a.OverrideDecidedAt, a.OverrideDecisionNote));
}

public sealed record AssessmentOverrideResponse(string Status, string Level, string Reason, string RequestedBy, string? DecidedBy, DateTimeOffset? DecidedAt, string? Note);

public sealed class AssessmentInput
{
    public string? Tool { get; set; }

    public DateOnly? AssessedOn { get; set; }

    public JsonElement? Answers { get; set; }

    public string? Rationale { get; set; }
}

public sealed class OverrideInput
{
    public string? Level { get; set; }

    public string? Reason { get; set; }
}

public sealed class OverrideDecisionInput
{
    public bool? Approve { get; set; }

    public string? Note { get; set; }
}

/// <summary>/api/v1/people/{personId}/assessments (ASM-01..04, ASM-07): drafts, completion, overrides.</summary>
public static class AssessmentsApi
{
    public static RouteGroupBuilder MapAssessmentsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/people/{personId:guid}/assessments").WithTags("Assessments").RequireAuthorization(Policies.ReadPeople);
        group.MapGet("/", List).WithName("ListAssessments");
        group.MapGet("/{assessmentId:guid}", Get).WithName("GetAssessment");
        group.MapPost("/", Start).WithName("StartAssessment").RequireAuthorization(Policies.Assess).AddEndpointFilter<IdempotencyFilter>();
        group.MapPut("/{assessmentId:guid}", SaveDraft).WithName("SaveAssessmentDraft").RequireAuthorization(Policies.Assess);
        group.MapPost("/{assessmentId:guid}/complete", Complete).WithName("CompleteAssessment").RequireAuthorization(Policies.Assess);
        group.MapPost("/{assessmentId:guid}/override", RequestOverride).WithName("RequestAssessmentOverride").RequireAuthorization(Policies.Assess);
        group.MapPost("/{assessmentId:guid}/override/decision", DecideOverride).WithName("DecideAssessmentOverride").RequireAuthorization(Policies.ApproveOverrides);
        return api;
    }

    public static async Task<IResult> List(Guid personId, WaypointDbContext db, Assessments assessments, Web.Audit.AuditTrail audit, CancellationToken ct)
    {
        if (!await db.People.AnyAsync(p => p.Id == personId, ct))
        {
            return Api.NotFound.Person(personId);
        }
        var list = await assessments.ForPersonAsync(personId, ct);
        audit.PersonViewed(personId, "assessments api");
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(list.Select(AssessmentResponse.Of).ToList());
    }

    public static async Task<IResult> Get(Guid personId, Guid assessmentId, WaypointDbContext db, Assessments assessments, Web.Audit.AuditTrail audit, HttpResponse response, CancellationToken ct)
    {
        if (await assessments.FindAsync(personId, assessmentId, ct) is not { } assessment)
        {
            return Api.NotFound.Assessment(assessmentId);
        }
        audit.PersonViewed(personId, "assessment api");
        await db.SaveChangesAsync(ct);
        response.Headers.ETag = Preconditions.ETag(assessment.Version);
        return TypedResults.Ok(AssessmentResponse.Of(assessment));
    }

    public static async Task<IResult> Start(Guid personId, AssessmentInput input, WaypointDbContext db, Assessments assessments, HttpContext http, CancellationToken ct)
    {
        var v = Validate(input, assessments.Today, out var tool);
        if (!v.IsValid)
        {
            return TypedResults.ValidationProblem(v.Errors);
        }
        if (!await db.People.AnyAsync(p => p.Id == personId, ct))
        {
            return Api.NotFound.Person(personId);
        }
        var assessment = await assessments.StartAsync(personId, tool!.Value, input.AssessedOn ?? assessments.Today, input.Answers, input.Rationale, http.User, ct);
        http.Response.Headers.ETag = Preconditions.ETag(assessment.Version);
        return TypedResults.Created($"/api/v1/people/{personId}/assessments/{assessment.Id}", AssessmentResponse.Of(assessment));
    }

    public static async Task<IResult> SaveDraft(Guid personId, Guid assessmentId, AssessmentInput input, Assessments assessments, HttpContext http, CancellationToken ct)
    {
        if (await assessments.FindAsync(personId, assessmentId, ct) is not { } assessment)
        {
            return Api.NotFound.Assessment(assessmentId);
        }
        var v = Validate(input, assessments.Today, out var tool, toolRequired: false);
        if (tool is not null && tool != assessment.Tool)
        {
            v.Add("tool", "An assessment's tool cannot change; start a new assessment");
        }
        if (!v.IsValid)
        {
            return TypedResults.ValidationProblem(v.Errors);
        }
        if (Preconditions.Check(http.Request, assessment.Version) is { } refused)
        {
            return refused;
        }
        await assessments.SaveDraftAsync(assessment, input.AssessedOn ?? assessment.AssessedOn, input.Answers, input.Rationale, ct);
        http.Response.Headers.ETag = Preconditions.ETag(assessment.Version);
        return TypedResults.Ok(AssessmentResponse.Of(assessment));
    }

    public static async Task<IResult> Complete(Guid personId, Guid assessmentId, Assessments assessments, HttpContext http, CancellationToken ct)
    {
        if (await assessments.FindAsync(personId, assessmentId, ct) is not { } assessment)
        {
            return Api.NotFound.Assessment(assessmentId);
        }
        if (await assessments.CompleteAsync(assessment, ct) is { } problems)
        {
            return TypedResults.ValidationProblem(problems.AsErrors(), title: "The assessment cannot be completed yet");
        }
        http.Response.Headers.ETag = Preconditions.ETag(assessment.Version);
        return TypedResults.Ok(AssessmentResponse.Of(assessment));
    }

    public static async Task<IResult> RequestOverride(Guid personId, Guid assessmentId, OverrideInput input, Assessments assessments, HttpContext http, CancellationToken ct)
    {
        if (await assessments.FindAsync(personId, assessmentId, ct) is not { } assessment)
        {
            return Api.NotFound.Assessment(assessmentId);
        }
        var pack = await assessments.PackForAsync(personId, ct);
        var levels = Assessments.Levels(pack, assessment.Tool);
        var v = new Validation().Required("reason", input.Reason, "the reason for overriding the computed level", Core.Common.TextLimits.Long);
        if (levels.All(l => l.Code != input.Level))
        {
            v.Add("level", $"Choose the level: {string.Join(", ", levels.Select(l => l.Code))}");
        }
        if (!v.IsValid)
        {
            return TypedResults.ValidationProblem(v.Errors);
        }
        await assessments.RequestOverrideAsync(assessment, input.Level!, input.Reason!, http.User, ct);
        return TypedResults.Ok(AssessmentResponse.Of(assessment));
    }

    public static async Task<IResult> DecideOverride(Guid personId, Guid assessmentId, OverrideDecisionInput input, Assessments assessments, HttpContext http, CancellationToken ct)
    {
        if (await assessments.FindAsync(personId, assessmentId, ct) is not { } assessment)
        {
            return Api.NotFound.Assessment(assessmentId);
        }
        var v = new Validation().Optional("note", input.Note, "the note", Core.Common.TextLimits.Long);
        if (input.Approve is null)
        {
            v.Add("approve", "Say whether the override is approved (true) or declined (false)");
        }
        else if (input.Approve == false && string.IsNullOrWhiteSpace(input.Note))
        {
            v.Add("note", "Say why the override is declined");
        }
        if (!v.IsValid)
        {
            return TypedResults.ValidationProblem(v.Errors);
        }
        await assessments.DecideOverrideAsync(assessment, input.Approve!.Value, input.Note, http.User, ct);
        return TypedResults.Ok(AssessmentResponse.Of(assessment));
    }

    private static Validation Validate(AssessmentInput input, DateOnly today, out AssessmentTool? tool, bool toolRequired = true)
    {
        var v = new Validation().Optional("rationale", input.Rationale, "the rationale", Core.Common.TextLimits.Long);
        tool = v.Code<AssessmentTool>("tool", input.Tool, "the tool", toolRequired);
        if (input.AssessedOn > today)
        {
            v.Add("assessedOn", "The date of the assessment must be today or in the past");
        }
        if (input.Answers is { } answers && answers.ValueKind is not (JsonValueKind.Object or JsonValueKind.Null))
        {
            v.Add("answers", "Answers are an object: item scores by subscale, the screen's items, or the Static-99R's answers");
        }
        else if (input.Answers is { ValueKind: JsonValueKind.Object } a && a.GetRawText().Length > Core.Common.TextLimits.Long)
        {
            v.Add("answers", "The answers are too long");
        }
        return v;
    }
}
