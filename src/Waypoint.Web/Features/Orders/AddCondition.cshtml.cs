using Microsoft.AspNetCore.Mvc;
using Waypoint.Web.Api;
using Waypoint.Web.Features.People;
using Waypoint.Web.Features.Policy;

namespace Waypoint.Web.Features.Orders;

/// <summary>PPL-04: add a court-ordered condition (community service hours, curfew, program…) to an order.</summary>
public sealed class AddConditionModel(OrderRecords orders, PersonRecords people, PolicyPacks packs) : OrderChangePage(orders, people, packs)
{
    public IEnumerable<(string Code, string Label)> Types => Pack?.ConditionTypes.Select(c => (c.Code, c.HasHours ? $"{c.Name} (hours)" : c.Name)) ?? [];

    [BindProperty]
    public string? ConditionType { get; set; }

    [BindProperty]
    public string? Details { get; set; }

    [BindProperty]
    public string? Hours { get; set; }

    private int? hours;

    protected override Task<Validation> CheckAsync(CancellationToken ct)
    {
        var v = new Validation();
        if (!string.IsNullOrWhiteSpace(Hours))
        {
            if (int.TryParse(Hours.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var h))
            {
                hours = h;
            }
            else
            {
                return Task.FromResult(v.Add("hours", "Hours must be a whole number, such as 120"));
            }
        }
        var input = new ConditionInput { ConditionType = ConditionType, Details = Details, Hours = hours };
        return Task.FromResult(string.IsNullOrEmpty(ConditionType) ? v.Add("conditionType", "Choose the kind of condition") : input.Validate(Pack));
    }

    protected override async Task<string> SaveAsync(CancellationToken ct)
    {
        var condition = await Orders.AddConditionAsync(Order, ConditionType!, Details!, hours, ct);
        return $"Condition added: {condition.Details}";
    }
}
