using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Waypoint.Core.Common;
using Waypoint.Core.Orders;
using Waypoint.Web.Api;
using Waypoint.Web.Audit;
using Waypoint.Web.Auth;
using Waypoint.Web.Features.Compliance;
using Waypoint.Web.Data;
using Waypoint.Web.Features.Policy;

namespace Waypoint.Web.Features.Orders;

/// <summary>Orders and sentences (PPL-04) and the effective sentence derived from them (PPL-06).</summary>
public static class OrdersApi
{
    public static RouteGroupBuilder MapOrdersApi(this RouteGroupBuilder api)
    {
        var sentence = api.MapGroup("/people/{personId:guid}/orders").WithTags("Orders").RequireAuthorization(Policies.ReadPeople);
        sentence.MapGet("/", ListForPerson).WithName("ListOrders");
        sentence.MapPost("/", Make).WithName("MakeOrder").RequireAuthorization(Policies.KeepOrders).AddEndpointFilter<IdempotencyFilter>();

        var orders = api.MapGroup("/orders").WithTags("Orders").RequireAuthorization(Policies.ReadPeople);
        orders.MapGet("/{orderId:guid}", Get).WithName("GetOrder");
        orders.MapPut("/{orderId:guid}/dates", Vary).WithName("VaryOrder").RequireAuthorization(Policies.KeepOrders);
        orders.MapPut("/{orderId:guid}/supervising-office", TransferSupervision).WithName("TransferSupervision").RequireAuthorization(Policies.KeepOrders);
        orders.MapPost("/{orderId:guid}/end", End).WithName("EndOrder").RequireAuthorization(Policies.KeepOrders);
        orders.MapPost("/{orderId:guid}/supervision-level", SetSupervisionLevel).WithName("SetSupervisionLevel").RequireAuthorization(Policies.KeepOrders);
        sentence.MapPreview("POST", "/", Make, "MakeOrder", Policies.KeepOrders);
        orders.MapPreview("PUT", "/{orderId:guid}/dates", Vary, "VaryOrder", Policies.KeepOrders);
        orders.MapPreview("PUT", "/{orderId:guid}/supervising-office", TransferSupervision, "TransferSupervision", Policies.KeepOrders);
        orders.MapPreview("POST", "/{orderId:guid}/end", End, "EndOrder", Policies.KeepOrders);
        orders.MapPreview("POST", "/{orderId:guid}/supervision-level", SetSupervisionLevel, "SetSupervisionLevel", Policies.KeepOrders);
        orders.MapPost("/{orderId:guid}/conditions", AddCondition).WithName("AddCondition").RequireAuthorization(Policies.KeepOrders).AddEndpointFilter<IdempotencyFilter>();
        orders.MapPost("/{orderId:guid}/conditions/{conditionId:guid}/status", SetConditionStatus).WithName("SetConditionStatus").RequireAuthorization(Policies.KeepOrders);
        return api;
    }

    public static async Task<Results<Ok<SentenceResponse>, ProblemHttpResult>> ListForPerson(Guid personId, WaypointDbContext db, OrderRecords records, AuditTrail audit, CancellationToken ct)
    {
        if (!await db.People.AnyAsync(p => p.Id == personId, ct))
        {
            return Api.NotFound.Person(personId);
        }
        var orders = await records.ForPersonAsync(personId, ct);
        audit.PersonViewed(personId, "orders api");
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(new SentenceResponse(orders.Select(o => OrderResponse.From(o, records.Today)).ToList(),
            EffectiveSentenceResponse.From(EffectiveSentence.Of(orders), records.Today)));
    }

    public static async Task<IResult> Make(Guid personId, OrderInput input, WaypointDbContext db, OrderRecords records, PolicyPacks packs, CancellationToken ct)
    {
        var (type, dates, v) = input.Validate(packs, await records.SitesAsync(ct));
        if (!v.IsValid)
        {
            return TypedResults.ValidationProblem(v.Errors);
        }
        if (!await db.People.AnyAsync(p => p.Id == personId, ct))
        {
            return Api.NotFound.Person(personId);
        }
        var order = await records.MakeAsync(personId, input.PolicyPack!, type!, input.IssuingAuthority!, dates!, input.SupervisingSiteId, ct);
        return TypedResults.Created($"/api/v1/orders/{order.Id}", OrderResponse.From(order, records.Today));
    }

    public static async Task<IResult> Get(Guid orderId, OrderRecords records, AuditTrail audit, WaypointDbContext db, HttpResponse response, CancellationToken ct)
    {
        var order = await records.FindAsync(orderId, ct);
        if (order is null)
        {
            return Api.NotFound.Order(orderId);
        }
        audit.PersonViewed(order.PersonId, "order api");
        await db.SaveChangesAsync(ct);
        response.Headers.ETag = Preconditions.ETag(order.Version);
        return TypedResults.Ok(OrderResponse.From(order, records.Today));
    }

    public static async Task<IResult> Vary(Guid orderId, OrderDatesInput input, OrderRecords records, HttpRequest request, HttpResponse response, CancellationToken ct)
    {
        var order = await records.FindAsync(orderId, ct);
        if (order is null)
        {
            return Api.NotFound.Order(orderId);
        }
        if (Preconditions.Check(request, order.Version) is { } refused)
        {
            return refused;
        }
        var v = new Validation();
        var dates = input.Read(v, needsSupervisionStart: order.Dates.SupervisionStart is not null);
        if (!v.IsValid)
        {
            return TypedResults.ValidationProblem(v.Errors);
        }
        await records.VaryAsync(order, dates!, input.Reason, ct);
        response.Headers.ETag = Preconditions.ETag(order.Version);
        return TypedResults.Ok(OrderResponse.From(order, records.Today));
    }

    /// <summary>REC-05: moves a community order's supervision to another office; needs If-Match and a reason.</summary>
    public static async Task<IResult> TransferSupervision(Guid orderId, SupervisionTransferInput input, OrderRecords records, PolicyPacks packs, HttpRequest request, HttpResponse response, CancellationToken ct)
    {
        var order = await records.FindAsync(orderId, ct);
        if (order is null)
        {
            return Api.NotFound.Order(orderId);
        }
        if (Preconditions.Check(request, order.Version) is { } refused)
        {
            return refused;
        }
        var v = new Validation().Required("reason", input.Reason, "the reason for the transfer", TextLimits.Long);
        if (input.SiteId is not { } siteId)
        {
            v.Add("siteId", "Choose the office that will supervise the order");
        }
        else if (SupervisingOffice.Check(siteId, order.OrderType, packs, await records.SitesAsync(ct)) is { } problem)
        {
            v.Add("siteId", problem);
        }
        if (!v.IsValid)
        {
            return TypedResults.ValidationProblem(v.Errors);
        }
        await records.TransferSupervisionAsync(order, input.SiteId!.Value, input.Reason!, ct);
        response.Headers.ETag = Preconditions.ETag(order.Version);
        return TypedResults.Ok(OrderResponse.From(order, records.Today));
    }

    public static Task<IResult> End(Guid orderId, EndOrderInput input, OrderRecords records, CancellationToken ct)
    {
        var (outcome, v) = input.Validate();
        return ChangeAsync(orderId, v, records, async order =>
        {
            await records.EndAsync(order, outcome!.Value, input.EndedOn!.Value, input.Reason!, ct);
            return TypedResults.Ok(OrderResponse.From(order, records.Today));
        }, ct);
    }

    public static async Task<IResult> SetSupervisionLevel(Guid orderId, SupervisionLevelInput input, OrderRecords records, PolicyPacks packs, Features.Assessments.Assessments assessments, HttpContext http, CancellationToken ct)
    {
        var order = await records.FindAsync(orderId, ct);
        if (order is null)
        {
            return Api.NotFound.Order(orderId);
        }
        var pack = packs.Find(order.PolicyPack);
        var from = input.From ?? records.Today;
        var proposed = pack?.ProposedSupervisionLevel(await assessments.RiskLevelAsync(order.PersonId, from, ct), from);
        var v = new Validation().Optional("reason", input.Reason, "reason", TextLimits.Long);
        if (proposed is null || pack is null)
        {
            v.Add("level", "This order's policy pack has no supervision levels: it is not a supervised community order");
        }
        else if (input.Level is null || pack.SupervisionLevels.All(l => l.Code != input.Level))
        {
            v.Add("level", $"Level must be one of: {string.Join(", ", pack.SupervisionLevels.Select(l => l.Code))}");
        }
        if (!v.IsValid)
        {
            return TypedResults.ValidationProblem(v.Errors);
        }
        var decision = await records.SetSupervisionLevelAsync(order, input.Level!, proposed!, from, input.Reason, Actor.From(http.User).UserName, ct);
        return TypedResults.Created($"/api/v1/orders/{orderId}", SupervisionLevelResponse.Of(decision));
    }

    public static async Task<IResult> AddCondition(Guid orderId, ConditionInput input, OrderRecords records, PolicyPacks packs, CancellationToken ct)
    {
        var order = await records.FindAsync(orderId, ct);
        if (order is null)
        {
            return Api.NotFound.Order(orderId);
        }
        var v = input.Validate(packs.Find(order.PolicyPack));
        if (!v.IsValid)
        {
            return TypedResults.ValidationProblem(v.Errors);
        }
        var condition = await records.AddConditionAsync(order, input.ConditionType!, input.Details!, input.Hours, ct);
        return TypedResults.Created($"/api/v1/orders/{orderId}", ConditionResponse.From(condition));
    }

    public static Task<IResult> SetConditionStatus(Guid orderId, Guid conditionId, ConditionStatusInput input, OrderRecords records, CancellationToken ct)
    {
        var v = new Validation().Optional("reason", input.Reason, "reason", TextLimits.Long);
        var status = v.Code<ConditionStatus>("status", input.Status, "the condition's status");
        return ChangeAsync(orderId, v, records, async order =>
            TypedResults.Ok(ConditionResponse.From(await records.SetConditionStatusAsync(order, conditionId, status!.Value, input.Reason, ct))), ct);
    }

    private static async Task<IResult> ChangeAsync(Guid orderId, Validation validation, OrderRecords records, Func<Order, Task<IResult>> change, CancellationToken ct)
    {
        if (!validation.IsValid)
        {
            return TypedResults.ValidationProblem(validation.Errors);
        }
        var order = await records.FindAsync(orderId, ct);
        return order is null ? Api.NotFound.Order(orderId) : await change(order);
    }

}
