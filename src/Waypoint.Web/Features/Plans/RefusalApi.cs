using Waypoint.Core.Plans;
using Waypoint.Web.Api;
using Waypoint.Web.Auth;

namespace Waypoint.Web.Features.Plans;

public sealed record RefusalStepResponse(Guid Id, Guid PlanId, string Kind, string KindName, DateOnly On, string What, Guid CaseNoteId, string ByName)
{
    public static RefusalStepResponse Of(RefusalStep s) => new(s.Id, s.PlanId, s.Kind.ToString(), RefusalStep.Name(s.Kind), s.On, s.What, s.CaseNoteId, s.ByName);
}

public sealed class RefusalStepInput
{
    public string? Kind { get; set; }

    public DateOnly? On { get; set; }

    public string? What { get; set; }

    public Validation Validate(out RefusalStepKind? kind)
    {
        var v = new Validation().Required("what", What, "what was tried or said", RefusalStep.MaxText);
        kind = v.Code<RefusalStepKind>("kind", Kind, "the step (Negotiation, Motivation or ConditionsExplained)");
        return v;
    }
}

/// <summary>/api/v1/people/{personId}/plans/{planId}/refusal-steps (ENF-05, C23.2 6.1): the refusal process after a person refuses to sign.</summary>
public static class RefusalApi
{
    public static RouteGroupBuilder MapRefusalApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/people/{personId:guid}/plans/{planId:guid}/refusal-steps").WithTags("Case Management Plans").RequireAuthorization(Policies.ReadPeople);
        group.MapGet("/", async (Guid personId, Guid planId, Plans plans, CancellationToken ct) =>
            await plans.FindAsync(personId, planId, ct) is null ? (IResult)Api.NotFound.Plan(planId) : TypedResults.Ok((await plans.RefusalStepsAsync(planId, ct)).Select(RefusalStepResponse.Of).ToList()))
            .WithName("ListRefusalSteps");
        group.MapPost("/", Record).WithName("RecordRefusalStep").RequireAuthorization(Policies.WritePlans);
        return api;
    }

    public static async Task<IResult> Record(Guid personId, Guid planId, RefusalStepInput input, Plans plans, HttpContext http, CancellationToken ct)
    {
        if (await plans.FindAsync(personId, planId, ct) is not { } plan)
        {
            return Api.NotFound.Plan(planId);
        }
        var v = input.Validate(out var kind);
        if (!v.IsValid)
        {
            return TypedResults.ValidationProblem(v.Errors);
        }
        var step = await plans.RecordRefusalStepAsync(plan, kind!.Value, input.On ?? plans.Today, input.What!, http.User, ct);
        return TypedResults.Created($"/api/v1/people/{personId}/plans/{planId}/refusal-steps", RefusalStepResponse.Of(step));
    }
}
