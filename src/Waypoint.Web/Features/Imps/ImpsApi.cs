using Microsoft.EntityFrameworkCore;
using Waypoint.Core.Common;
using Waypoint.Core.Plans;
using Waypoint.Web.Api;
using Waypoint.Web.Auth;
using Waypoint.Web.Data;

namespace Waypoint.Web.Features.Imps;

public sealed class ImpInterventionInput
{
    public Guid? Id { get; set; }

    public string? What { get; set; }

    public string? Kind { get; set; }

    public string? Status { get; set; }
}

public sealed class ConsultationInput
{
    public bool? TreatmentAssessor { get; set; }

    public bool? EducationAssessor { get; set; }

    public bool? Prisoner { get; set; }

    public string? Notes { get; set; }
}

/// <summary>An IMP's content as the API and the page send it; a draft may be incomplete (what is missing is said at submission).</summary>
public sealed class ImpInput
{
    public string? Needs { get; set; }

    public string? PlacementRecommendation { get; set; }

    public string? SecurityClassification { get; set; }

    public List<ImpInterventionInput>? Interventions { get; set; }

    public ConsultationInput? Consulted { get; set; }

    public string? ExceptionReason { get; set; }

    public string? ReviewedWith { get; set; }

    public string? Progress { get; set; }

    public ImpContent? Read(ImpContext context, Validation v)
    {
        v.Optional("needs", Needs, "the needs", TextLimits.Long)
            .Optional("placementRecommendation", PlacementRecommendation, "the placement recommended", TextLimits.Long)
            .Optional("consulted.notes", Consulted?.Notes, "the notes on consultation", TextLimits.Long)
            .Optional("exceptionReason", ExceptionReason, "the reason for the exception", TextLimits.Long)
            .Optional("reviewedWith", ReviewedWith, "the case officer", TextLimits.Name)
            .Optional("progress", Progress, "the progress", TextLimits.Long);
        if (!string.IsNullOrWhiteSpace(SecurityClassification) && !context.Classifications.Contains(SecurityClassification))
        {
            v.Add("securityClassification", $"Choose a security classification: {string.Join(", ", context.Classifications)}");
        }
        var given = Interventions ?? [];
        if (given.Count > 30)
        {
            v.Add("interventions", "An IMP can hold up to 30 interventions");
        }
        var interventions = new List<ImpIntervention>();
        for (var n = 0; n < given.Count && n < 30; n++)
        {
            var i = given[n] ?? new ImpInterventionInput();
            v.Optional($"interventions[{n}].what", i.What, "the intervention", TextLimits.Long);
            var kind = v.Code<ImpInterventionKind>($"interventions[{n}].kind", i.Kind ?? nameof(ImpInterventionKind.Program), "the kind of intervention");
            var status = v.Code<InterventionStatus>($"interventions[{n}].status", i.Status ?? nameof(InterventionStatus.Planned), "the status");
            interventions.Add(new ImpIntervention(i.Id ?? Guid.NewGuid(), Tidy(i.What), kind ?? ImpInterventionKind.Program, status ?? InterventionStatus.Planned));
        }
        if (!v.IsValid)
        {
            return null;
        }
        return new ImpContent(
            Tidy(Needs), Tidy(PlacementRecommendation), Tidy(SecurityClassification), interventions,
            new Consultation(Consulted?.TreatmentAssessor ?? false, Consulted?.EducationAssessor ?? false, Consulted?.Prisoner ?? false, Tidy(Consulted?.Notes)),
            Tidy(ExceptionReason), Tidy(ReviewedWith), Tidy(Progress));
    }

    private static string? Tidy(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

public sealed record ImpInterventionResponse(Guid Id, string? What, string Kind, string Status);

public sealed record ImpResponse(
    Guid Id, Guid PersonId, int Number, Guid? ReviewOf, string Status, string AuthorName, string? Needs, string? PlacementRecommendation,
    string? SecurityClassification, IReadOnlyList<ImpInterventionResponse> Interventions, Consultation Consulted, string? ExceptionReason,
    string? ReviewedWith, string? Progress, DateTimeOffset? SubmittedAt, string? ReturnComments, string? ApprovedBy, DateOnly? ApprovedOn,
    bool? Required, IReadOnlyList<PlanProblem>? ProblemsSubmitting)
{
    public static ImpResponse Of(IndividualManagementPlan i, ImpContext? context = null, IReadOnlyList<PlanProblem>? problems = null) => new(
        i.Id, i.PersonId, i.Number, i.ReviewOfId, i.Status.ToString(), i.AuthorName, i.Content.Needs, i.Content.PlacementRecommendation,
        i.Content.SecurityClassification, i.Content.Interventions.Select(x => new ImpInterventionResponse(x.Id, x.What, x.Kind.ToString(), x.Status.ToString())).ToList(),
        i.Content.Consulted, i.Content.ExceptionReason, i.Content.ReviewedWith, i.Content.Progress, i.SubmittedAt, i.ReturnComments, i.ApprovedBy, i.ApprovedOn,
        context?.Required, problems);
}

public sealed class ReturnImpInput
{
    public string? Comments { get; set; }
}

/// <summary>/api/v1/people/{personId}/imps (PLN-09): the IMP's versions, drafting, submission and approval.</summary>
public static class ImpsApi
{
    public static RouteGroupBuilder MapImpsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/people/{personId:guid}/imps").WithTags("Individual Management Plans").RequireAuthorization(Policies.ReadPeople);
        group.MapGet("/", List).WithName("ListImps");
        group.MapGet("/{impId:guid}", Get).WithName("GetImp");
        group.MapPost("/", Start).WithName("StartImp").RequireAuthorization(Policies.WriteImps).AddEndpointFilter<IdempotencyFilter>();
        group.MapPut("/{impId:guid}", Write).WithName("WriteImp").RequireAuthorization(Policies.WriteImps);
        group.MapPost("/{impId:guid}/submit", Submit).WithName("SubmitImp").RequireAuthorization(Policies.WriteImps);
        group.MapPost("/{impId:guid}/return", Return).WithName("ReturnImp").RequireAuthorization(Policies.ApproveImps);
        group.MapPost("/{impId:guid}/approve", Approve).WithName("ApproveImp").RequireAuthorization(Policies.ApproveImps);
        return api;
    }

    public static async Task<IResult> List(Guid personId, WaypointDbContext db, Imps imps, Web.Audit.AuditTrail audit, CancellationToken ct)
    {
        if (!await db.People.AnyAsync(p => p.Id == personId, ct))
        {
            return Api.NotFound.Person(personId);
        }
        var list = await imps.ForPersonAsync(personId, ct);
        audit.PersonViewed(personId, "imps api");
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(list.Select(i => ImpResponse.Of(i)).ToList());
    }

    public static async Task<IResult> Get(Guid personId, Guid impId, WaypointDbContext db, Imps imps, Web.Audit.AuditTrail audit, HttpResponse response, CancellationToken ct)
    {
        if (await imps.FindAsync(personId, impId, ct) is not { } imp)
        {
            return Api.NotFound.Imp(impId);
        }
        audit.PersonViewed(personId, "imp api");
        await db.SaveChangesAsync(ct);
        return await RespondAsync(imp, imps, response, ct);
    }

    public static async Task<IResult> Start(Guid personId, WaypointDbContext db, Imps imps, HttpContext http, CancellationToken ct)
    {
        if (!await db.People.AnyAsync(p => p.Id == personId, ct))
        {
            return Api.NotFound.Person(personId);
        }
        if (await imps.ContextAsync(personId, ct) is null)
        {
            return NotInCustody();
        }
        var imp = await imps.StartAsync(personId, http.User, ct);
        http.Response.Headers.ETag = Preconditions.ETag(imp.Version);
        return TypedResults.Created($"/api/v1/people/{personId}/imps/{imp.Id}", ImpResponse.Of(imp));
    }

    public static async Task<IResult> Write(Guid personId, Guid impId, ImpInput input, Imps imps, HttpContext http, CancellationToken ct)
    {
        if (await imps.FindAsync(personId, impId, ct) is not { } imp)
        {
            return Api.NotFound.Imp(impId);
        }
        if (await imps.ContextAsync(personId, ct) is not { } context)
        {
            return NotInCustody();
        }
        var v = new Validation();
        if (input.Read(context, v) is not { } content)
        {
            return TypedResults.ValidationProblem(v.Errors);
        }
        if (Preconditions.Check(http.Request, imp.Version) is { } refused)
        {
            return refused;
        }
        await imps.WriteAsync(imp, content, ct);
        return Respond(imp, context, imps, http.Response);
    }

    public static async Task<IResult> Submit(Guid personId, Guid impId, Imps imps, HttpContext http, CancellationToken ct)
    {
        if (await imps.FindAsync(personId, impId, ct) is not { } imp)
        {
            return Api.NotFound.Imp(impId);
        }
        if (await imps.ContextAsync(personId, ct) is not { } context)
        {
            return NotInCustody();
        }
        if (imps.Problems(imp, context) is { Count: > 0 } problems)
        {
            return TypedResults.ValidationProblem(problems.GroupBy(p => p.Field).ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray()), title: "The IMP cannot be submitted yet");
        }
        await imps.SubmitAsync(imp, context, ct);
        return Respond(imp, context, imps, http.Response);
    }

    public static async Task<IResult> Return(Guid personId, Guid impId, ReturnImpInput input, Imps imps, HttpContext http, CancellationToken ct)
    {
        if (await imps.FindAsync(personId, impId, ct) is not { } imp)
        {
            return Api.NotFound.Imp(impId);
        }
        var v = new Validation().Required("comments", input.Comments, "what the assessment officer needs to change", TextLimits.Long);
        if (!v.IsValid)
        {
            return TypedResults.ValidationProblem(v.Errors);
        }
        await imps.ReturnAsync(imp, input.Comments!, http.User, ct);
        return await RespondAsync(imp, imps, http.Response, ct);
    }

    public static async Task<IResult> Approve(Guid personId, Guid impId, Imps imps, HttpContext http, CancellationToken ct)
    {
        if (await imps.FindAsync(personId, impId, ct) is not { } imp)
        {
            return Api.NotFound.Imp(impId);
        }
        await imps.ApproveAsync(imp, http.User, ct);
        return await RespondAsync(imp, imps, http.Response, ct);
    }

    private static async Task<IResult> RespondAsync(IndividualManagementPlan imp, Imps imps, HttpResponse response, CancellationToken ct) =>
        Respond(imp, await imps.ContextAsync(imp.PersonId, ct), imps, response);

    /// <summary>The IMP with its ETag, and while it is open what stops its submission.</summary>
    private static IResult Respond(IndividualManagementPlan imp, ImpContext? context, Imps imps, HttpResponse response)
    {
        response.Headers.ETag = Preconditions.ETag(imp.Version);
        var open = imp.Status is ImpStatus.Draft or ImpStatus.Returned;
        return TypedResults.Ok(ImpResponse.Of(imp, context, open && context is not null ? imps.Problems(imp, context) : null));
    }

    private static IResult NotInCustody() => TypedResults.Problem(
        statusCode: StatusCodes.Status422UnprocessableEntity, title: "No IMP for this person",
        detail: "An Individual Management Plan is for a prisoner (COPP 10.3): this person is not in custody at a prison.");
}
