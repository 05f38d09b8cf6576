using Microsoft.AspNetCore.Mvc;
using Waypoint.Core.Common;
using Waypoint.Core.Orders;
using Waypoint.Web.Api;
using Waypoint.Web.Features.People;
using Waypoint.Web.Features.Policy;

namespace Waypoint.Web.Features.Orders;

/// <summary>PPL-04: a condition is completed, varied or revoked, with the reason kept in the order's history.</summary>
public sealed class ConditionStatusModel(OrderRecords orders, PersonRecords people, PolicyPacks packs) : OrderChangePage(orders, people, packs)
{
    [BindProperty(SupportsGet = true)]
    public Guid ConditionId { get; set; }

    public OrderCondition? Condition => Order.Conditions.FirstOrDefault(c => c.Id == ConditionId);

    public IEnumerable<(string Code, string Label)> Statuses => Enum.GetNames<Core.Orders.ConditionStatus>().Select(s => (s, s));

    [BindProperty]
    public string? Status { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    private Core.Orders.ConditionStatus? status;

    protected override Task PrepareAsync(CancellationToken ct)
    {
        Status ??= Condition?.Status.ToString();
        return Task.CompletedTask;
    }

    protected override Task<Validation> CheckAsync(CancellationToken ct)
    {
        var v = new Validation().Required("reason", Reason, "the reason for the change", TextLimits.Long);
        status = v.Code<Core.Orders.ConditionStatus>("status", Status, "the condition's status");
        return Task.FromResult(v);
    }

    protected override async Task<string> SaveAsync(CancellationToken ct)
    {
        var condition = await Orders.SetConditionStatusAsync(Order, ConditionId, status!.Value, Reason!.Trim(), ct);
        return $"Condition now {condition.Status.ToString().ToLowerInvariant()}: {condition.Details}";
    }
}
