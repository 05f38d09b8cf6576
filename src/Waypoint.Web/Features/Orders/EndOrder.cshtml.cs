using Microsoft.AspNetCore.Mvc;
using Waypoint.Core.Orders;
using Waypoint.Web.Api;
using Waypoint.Web.Features.People;
using Waypoint.Web.Features.Policy;
using Waypoint.Web.Features.Shared;

namespace Waypoint.Web.Features.Orders;

/// <summary>PPL-04: an order is completed or revoked on a date, with the reason; it stays on the record.</summary>
public sealed class EndOrderModel(OrderRecords orders, PersonRecords people, PolicyPacks packs) : OrderChangePage(orders, people, packs)
{
    public static readonly IEnumerable<(string Code, string Label)> Outcomes = [("Completed", "Completed or expired"), ("Revoked", "Revoked")];

    [BindProperty]
    public string? Outcome { get; set; }

    [BindProperty]
    public DateParts EndedOn { get; set; } = new();

    [BindProperty]
    public string? Reason { get; set; }

    private EndOrderInput input = new();
    private OrderStatus? outcome;

    protected override Task<Validation> CheckAsync(CancellationToken ct)
    {
        input = new EndOrderInput { Outcome = Outcome, EndedOn = EndedOn.Read("The date the order ended", out var dateError), Reason = Reason };
        var (o, v) = input.Validate();
        outcome = o;
        return Task.FromResult(v.Replace("endedOn", dateError));
    }

    protected override async Task<string> SaveAsync(CancellationToken ct)
    {
        await Orders.EndAsync(Order, outcome!.Value, input.EndedOn!.Value, Reason!, ct);
        return $"{TypeName} {(outcome == OrderStatus.Revoked ? "revoked" : "completed")}";
    }
}
