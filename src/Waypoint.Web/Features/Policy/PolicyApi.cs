using Microsoft.AspNetCore.Http.HttpResults;
using Waypoint.Core.Policy;

namespace Waypoint.Web.Features.Policy;

public sealed record PolicyPackSummary(string Id, string Name, string Jurisdiction, string Version, DateOnly EffectiveFrom, IReadOnlyList<PackChange> ChangeLog);

/// <summary>/api/v1/policy-packs: the rules and reference data in force (CMP-01, CMP-06). Any signed-in user may read them.</summary>
public static class PolicyApi
{
    public static RouteGroupBuilder MapPolicyApi(this RouteGroupBuilder api)
    {
        var packs = api.MapGroup("/policy-packs").WithTags("Policy packs");
        packs.MapGet("/", List).WithName("ListPolicyPacks");
        packs.MapGet("/{id}", Get).WithName("GetPolicyPack");
        return api;
    }

    public static Ok<IReadOnlyList<PolicyPackSummary>> List(PolicyPacks packs) =>
        TypedResults.Ok<IReadOnlyList<PolicyPackSummary>>(packs.All.Select(p => new PolicyPackSummary(p.Id, p.Name, p.Jurisdiction, p.Version, p.EffectiveFrom, p.ChangeLog)).ToList());

    public static Results<Ok<PolicyPack>, ProblemHttpResult> Get(string id, PolicyPacks packs) =>
        packs.Find(id) is { } pack
            ? TypedResults.Ok(pack)
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Policy pack not found", detail: $"There is no policy pack '{id}'. The list is at /api/v1/policy-packs.");
}
