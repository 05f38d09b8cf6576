using Microsoft.EntityFrameworkCore;
using Waypoint.Core.Plans;
using Waypoint.Web.Api;
using Waypoint.Web.Auth;
using Waypoint.Web.Data;

namespace Waypoint.Web.Features.Plans;

public sealed record InterventionResponse(
    Guid Id, string? What, string? HowMeasured, string? Responsible, DateOnly? TargetDate, IReadOnlyList<string> Domains, string Priority, string Horizon,
    string? Responsivity, string? BuildsOn, Guid? StartsAfter, string Status)
{
    public static InterventionResponse Of(Intervention i) => new(
        i.Id, i.What, i.HowMeasured, i.Responsible, i.TargetDate, i.Domains, i.Priority.ToString(), i.Horizon.ToString(), i.Responsivity, i.BuildsOn, i.StartsAfter, i.Status.ToString());
}

public sealed record RiskDomainResponse(string Code, string Name, string? Priority, bool Addressed);

public sealed record PlanResponse(
    Guid Id, Guid PersonId, int Number, Guid? ReviewOf, bool Unscheduled, string Status, string StatusName, string AuthorName,
    IReadOnlyList<InterventionResponse> Interventions, IReadOnlyDictionary<string, string> DomainPriorities, Engagement Engagement,
    string? Responsivity, string? RisksAndStrategies, string? AlertsAndConditions, ReviewFindings? Review,
    DateTimeOffset? SubmittedAt, string? ReturnComments, string? ApprovedBy, DateOnly? ApprovedOn, bool PersonSigns,
    DateOnly? OfficerSignedOn, DateOnly? PersonSignedOn, string? RefusalReason, DateOnly? RefusedOn, DateOnly? AgreedOn,
    IReadOnlyList<RiskDomainResponse>? RiskDomains, IReadOnlyList<PlanProblem>? ProblemsSubmitting, IReadOnlyList<string>? Outstanding)
{
    /// <summary>With a context, an open plan also says which risk domains it must address and what stops it moving on.</summary>
    public static PlanResponse Of(CaseManagementPlan p, PlanContext? context = null, IReadOnlyList<PlanProblem>? problems = null) => new(
        p.Id, p.PersonId, p.Number, p.ReviewOfId, p.Unscheduled, p.Status.ToString(), PlanNames.Status(p), p.AuthorName,
        p.Interventions.Select(InterventionResponse.Of).ToList(), p.DomainPriorities.ToDictionary(d => d.Key, d => d.Value.ToString()), p.Engagement, p.Content.Responsivity, p.Content.RisksAndStrategies, p.Content.AlertsAndConditions, p.Review,
        p.SubmittedAt, p.ReturnComments, p.ApprovedBy, p.ApprovedOn, p.PersonSigns, p.OfficerSignedOn, p.PersonSignedOn, p.RefusalReason, p.RefusedOn, p.AgreedOn,
        context?.RiskDomains.Select(d => new RiskDomainResponse(d, context.DomainName(d), p.DomainPriorities.TryGetValue(d, out var pr) ? pr.ToString() : null, p.Interventions.Any(i => i.Domains.Contains(d)))).ToList(),
        problems, p.Status == PlanStatus.Submitted ? context?.Outstanding : null);
}

public sealed record PlanQueueResponse(
    Guid PlanId, Guid PersonId, string OffenderNumber, string PersonName, string Version, string Status, string Next, string AuthorName, DateTimeOffset? SubmittedAt, DateOnly? ApprovedOn);

public sealed class StartPlanInput
{
    public bool? Unscheduled { get; set; }
}

public sealed class ReturnPlanInput
{
    public string? Comments { get; set; }
}

public sealed class SignatureInput
{
    public DateOnly? SignedOn { get; set; }
}

public sealed class RefusalInput
{
    public string? DisagreesWith { get; set; }

    public DateOnly? RefusedOn { get; set; }
}

/// <summary>/api/v1/people/{personId}/plans (PLN-01..08): the Case Management Plan's versions and its approval path.</summary>
public static class PlansApi
{
    public static RouteGroupBuilder MapPlansApi(this RouteGroupBuilder api)
    {
        api.MapGet("/plans/awaiting-approval", (int? limit, string? cursor, PlanQueue queue, HttpContext http, CancellationToken ct) => QueueAsync(queue, http, PlanQueueKind.AwaitingApproval, limit, cursor, ct))
            .WithTags("Case Management Plans").WithName("ListPlansAwaitingApproval").RequireAuthorization(Policies.ApprovePlans);
        api.MapGet("/plans/mine", (int? limit, string? cursor, PlanQueue queue, HttpContext http, CancellationToken ct) => QueueAsync(queue, http, PlanQueueKind.Mine, limit, cursor, ct))
            .WithTags("Case Management Plans").WithName("ListMyPlans").RequireAuthorization(Policies.WritePlans);
        var group = api.MapGroup("/people/{personId:guid}/plans").WithTags("Case Management Plans").RequireAuthorization(Policies.ReadPeople);
        group.MapGet("/", List).WithName("ListPlans");
        group.MapGet("/{planId:guid}", Get).WithName("GetPlan");
        group.MapPost("/", Start).WithName("StartPlan").RequireAuthorization(Policies.WritePlans).AddEndpointFilter<IdempotencyFilter>();
        group.MapGet("/{planId:guid}/pdf", Pdf).WithName("GetPlanPdf");
        group.MapPut("/{planId:guid}", Write).WithName("WritePlan").RequireAuthorization(Policies.WritePlans);
        group.MapPost("/{planId:guid}/submit", Submit).WithName("SubmitPlan").RequireAuthorization(Policies.WritePlans);
        group.MapPost("/{planId:guid}/return", Return).WithName("ReturnPlan").RequireAuthorization(Policies.ApprovePlans);
        group.MapPost("/{planId:guid}/approve", Approve).WithName("ApprovePlan").RequireAuthorization(Policies.ApprovePlans);
        group.MapPost("/{planId:guid}/officer-signature", SignAsOfficer).WithName("SignPlanAsOfficer").RequireAuthorization(Policies.WritePlans);
        group.MapPost("/{planId:guid}/person-signature", PersonSigned).WithName("RecordPersonSignedPlan").RequireAuthorization(Policies.WritePlans);
        group.MapPost("/{planId:guid}/refusal", Refused).WithName("RecordPlanRefusal").RequireAuthorization(Policies.WritePlans);
        return api;
    }

    public static async Task<IResult> List(Guid personId, WaypointDbContext db, Plans plans, Web.Audit.AuditTrail audit, CancellationToken ct)
    {
        if (!await db.People.AnyAsync(p => p.Id == personId, ct))
        {
            return Api.NotFound.Person(personId);
        }
        var list = await plans.ForPersonAsync(personId, ct);
        audit.PersonViewed(personId, "plans api");
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(list.Select(p => PlanResponse.Of(p)).ToList());
    }

    public static async Task<IResult> Get(Guid personId, Guid planId, WaypointDbContext db, Plans plans, Web.Audit.AuditTrail audit, HttpResponse response, CancellationToken ct)
    {
        if (await plans.FindAsync(personId, planId, ct) is not { } plan)
        {
            return Api.NotFound.Plan(planId);
        }
        audit.PersonViewed(personId, "plan api");
        await db.SaveChangesAsync(ct);
        return await RespondAsync(plan, plans, response, ct);
    }

    /// <summary>PLN-06: a page of a plan queue, in the API's cursor convention.</summary>
    private static async Task<IResult> QueueAsync(PlanQueue queue, HttpContext http, PlanQueueKind kind, int? limit, string? cursor, CancellationToken ct)
    {
        if (!OffsetPage.TryRead(cursor, limit, out var page, out var problem))
        {
            return problem!;
        }
        var (items, total) = await queue.ForAsync(http.User, kind, page.Offset, page.Take, ct);
        return TypedResults.Ok(page.Of(items.Select(i => new PlanQueueResponse(i.PlanId, i.PersonId, i.OffenderNumber, i.PersonName, i.Version, i.Status.ToString(), i.Next, i.AuthorName, i.SubmittedAt, i.ApprovedOn)).ToList(), total));
    }

    /// <summary>PLN-07: the version as a PDF for signing.</summary>
    public static async Task<IResult> Pdf(Guid personId, Guid planId, People.PersonRecords people, Plans plans, IWebHostEnvironment host, CancellationToken ct)
    {
        var person = await people.ViewAsync(personId, "plan PDF api", ct);
        if (person is null || await plans.FindAsync(personId, planId, ct) is not { } plan)
        {
            return Api.NotFound.Plan(planId);
        }
        return PlanDocument.Render(plan, await plans.ContextAsync(personId, ct), person, host.ContentRootPath) is { } pdf
            ? TypedResults.File(pdf, "application/pdf", $"case-management-plan-{person.OffenderNumber}-{plan.Number}.pdf")
            : TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "PDF not available", detail: "The PDF typeface was not found: Waypoint was built without its front end.");
    }

    public static async Task<IResult> Start(Guid personId, StartPlanInput? input, WaypointDbContext db, Plans plans, HttpContext http, CancellationToken ct)
    {
        if (!await db.People.AnyAsync(p => p.Id == personId, ct))
        {
            return Api.NotFound.Person(personId);
        }
        if (await plans.ContextAsync(personId, ct) is null)
        {
            return NoCommunityOrder();
        }
        var plan = await plans.StartAsync(personId, input?.Unscheduled ?? false, http.User, ct);
        http.Response.Headers.ETag = Preconditions.ETag(plan.Version);
        return TypedResults.Created($"/api/v1/people/{personId}/plans/{plan.Id}", PlanResponse.Of(plan));
    }

    public static async Task<IResult> Write(Guid personId, Guid planId, PlanInput input, Plans plans, HttpContext http, CancellationToken ct)
    {
        if (await plans.FindAsync(personId, planId, ct) is not { } plan)
        {
            return Api.NotFound.Plan(planId);
        }
        if (await plans.ContextAsync(personId, ct) is not { } context)
        {
            return NoCommunityOrder();
        }
        var v = new Validation();
        var (content, review) = input.Read(context, v);
        if (!v.IsValid)
        {
            return TypedResults.ValidationProblem(v.Errors);
        }
        if (Preconditions.Check(http.Request, plan.Version) is { } refused)
        {
            return refused;
        }
        await plans.WriteAsync(plan, content!, review, ct);
        return Respond(plan, context, plans, http.Response);
    }

    public static Task<IResult> Submit(Guid personId, Guid planId, Plans plans, HttpContext http, CancellationToken ct) =>
        StepAsync(personId, planId, plans, http, async (plan, context) =>
        {
            if (plans.Problems(plan, context) is { Count: > 0 } problems)
            {
                return TypedResults.ValidationProblem(
                    problems.GroupBy(p => p.Field).ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray()), title: "The plan cannot be submitted yet");
            }
            await plans.SubmitAsync(plan, context, ct);
            return null;
        }, ct);

    public static Task<IResult> Return(Guid personId, Guid planId, ReturnPlanInput input, Plans plans, HttpContext http, CancellationToken ct) =>
        StepAsync(personId, planId, plans, http, async (plan, _) =>
        {
            var v = new Validation().Required("comments", input.Comments, "what the officer needs to change", Core.Common.TextLimits.Long);
            if (!v.IsValid)
            {
                return TypedResults.ValidationProblem(v.Errors);
            }
            await plans.ReturnAsync(plan, input.Comments!, http.User, ct);
            return null;
        }, ct);

    public static Task<IResult> Approve(Guid personId, Guid planId, Plans plans, HttpContext http, CancellationToken ct) =>
        StepAsync(personId, planId, plans, http, async (plan, context) =>
        {
            await plans.ApproveAsync(plan, context, http.User, ct);
            return null;
        }, ct);

    public static Task<IResult> SignAsOfficer(Guid personId, Guid planId, SignatureInput? input, Plans plans, HttpContext http, CancellationToken ct) =>
        StepAsync(personId, planId, plans, http, async (plan, _) =>
        {
            if (SignedOnProblem(input?.SignedOn, plan, plans.Today, "signedOn") is { } problem)
            {
                return problem;
            }
            await plans.SignAsOfficerAsync(plan, input?.SignedOn ?? plans.Today, http.User, ct);
            return null;
        }, ct);

    public static Task<IResult> PersonSigned(Guid personId, Guid planId, SignatureInput? input, Plans plans, HttpContext http, CancellationToken ct) =>
        StepAsync(personId, planId, plans, http, async (plan, _) =>
        {
            if (SignedOnProblem(input?.SignedOn, plan, plans.Today, "signedOn") is { } problem)
            {
                return problem;
            }
            await plans.RecordPersonSignedAsync(plan, input?.SignedOn ?? plans.Today, ct);
            return null;
        }, ct);

    public static Task<IResult> Refused(Guid personId, Guid planId, RefusalInput input, Plans plans, HttpContext http, CancellationToken ct) =>
        StepAsync(personId, planId, plans, http, async (plan, _) =>
        {
            var v = new Validation().Required("disagreesWith", input.DisagreesWith, "what the person disagrees with", Core.Common.TextLimits.Long);
            if (!v.IsValid)
            {
                return TypedResults.ValidationProblem(v.Errors);
            }
            if (SignedOnProblem(input.RefusedOn, plan, plans.Today, "refusedOn") is { } problem)
            {
                return problem;
            }
            await plans.RecordRefusalAsync(plan, input.DisagreesWith!, input.RefusedOn ?? plans.Today, http.User, ct);
            return null;
        }, ct);

    /// <summary>
    /// A step on the approval path: found, in a community case, at the version the client read when it sends If-Match
    /// (a step is refused, not repeated, when the plan moved on meanwhile); broken rules answer 422.
    /// </summary>
    private static async Task<IResult> StepAsync(
        Guid personId, Guid planId, Plans plans, HttpContext http, Func<CaseManagementPlan, PlanContext, Task<IResult?>> step, CancellationToken ct)
    {
        if (await plans.FindAsync(personId, planId, ct) is not { } plan)
        {
            return Api.NotFound.Plan(planId);
        }
        if (await plans.ContextAsync(personId, ct) is not { } context)
        {
            return NoCommunityOrder();
        }
        if (Preconditions.CheckIfSent(http.Request, plan.Version) is { } refused)
        {
            return refused;
        }
        return await step(plan, context) ?? Respond(plan, context, plans, http.Response);
    }

    private static IResult? SignedOnProblem(DateOnly? on, CaseManagementPlan plan, DateOnly today, string field) =>
        on > today ? TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = ["The date must be today or in the past"] })
        : on < plan.ApprovedOn ? TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [$"The date cannot be before the plan was approved ({Shared.Display.Date(plan.ApprovedOn)})"] })
        : null;

    private static async Task<IResult> RespondAsync(CaseManagementPlan plan, Plans plans, HttpResponse response, CancellationToken ct) =>
        Respond(plan, await plans.ContextAsync(plan.PersonId, ct), plans, response);

    private static IResult Respond(CaseManagementPlan plan, PlanContext? context, Plans plans, HttpResponse response)
    {
        response.Headers.ETag = Preconditions.ETag(plan.Version);
        var open = plan.Status is PlanStatus.Draft or PlanStatus.Returned;
        return TypedResults.Ok(PlanResponse.Of(plan, context, open && context is not null ? plans.Problems(plan, context) : null));
    }

    private static IResult NoCommunityOrder() => TypedResults.Problem(
        statusCode: StatusCodes.Status422UnprocessableEntity, title: "No Case Management Plan for this person",
        detail: "A Case Management Plan is for someone supervised in the community (C23.2 1.3): this person has no active supervised community order under a pack with plan domains.");
}
