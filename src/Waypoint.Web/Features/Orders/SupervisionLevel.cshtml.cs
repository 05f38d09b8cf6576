using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Waypoint.Core.Common;
using Waypoint.Core.Orders;
using Waypoint.Core.People;
using Waypoint.Core.Policy;
using Waypoint.Web.Audit;
using Waypoint.Web.Auth;
using Waypoint.Web.Features.People;
using Waypoint.Web.Features.Policy;
using Waypoint.Web.Features.Shared;

namespace Waypoint.Web.Features.Orders;

/// <summary>PPL-08: the officer sets a community order's supervision level; the pack proposes one.</summary>
[Authorize(Policy = Policies.KeepOrders)]
public sealed class SupervisionLevelModel(OrderRecords orders, PersonRecords people, PolicyPacks packs, Features.Assessments.Assessments assessments) : WaypointPage
{
    public Person? Person { get; private set; }

    public string Proposed { get; private set; } = "";

    /// <summary>The person's assessed risk of reoffending the proposal follows (PPL-08).</summary>
    public string Risk { get; private set; } = PolicyPack.NotAssessed;

    public IEnumerable<(string Code, string Label)> Levels { get; private set; } = [];

    [BindProperty]
    public string? Level { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid orderId, CancellationToken ct) =>
        await LoadAsync(orderId, ct) is null ? NotFound() : Page();

    /// <summary>BYD-09: what setting this level would do to the person's obligations, without saving it.</summary>
    public IReadOnlyList<Compliance.ObligationChange>? Preview { get; private set; }

    public async Task<IActionResult> OnPostPreviewAsync(Guid orderId, [FromServices] Compliance.ObligationPreview preview, CancellationToken ct)
    {
        var order = await LoadAsync(orderId, ct);
        if (order is null)
        {
            return NotFound();
        }
        if (!Check())
        {
            return Page();
        }
        try
        {
            Preview = await preview.OfAsync(() => SaveAsync(order, ct), ct);
        }
        catch (BusinessRuleViolation violation)
        {
            AddError(violation, "");
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid orderId, CancellationToken ct)
    {
        var order = await LoadAsync(orderId, ct);
        if (order is null)
        {
            return NotFound();
        }
        if (!Check())
        {
            return Page();
        }
        try
        {
            await SaveAsync(order, ct);
        }
        catch (BusinessRuleViolation violation)
        {
            AddError(violation, "");
            return Page();
        }
        TempData["Notice"] = $"Supervision level set to {Level}";
        return Redirect($"/People/{order.PersonId}/Sentence");
    }

    private Task SaveAsync(Order order, CancellationToken ct) =>
        orders.SetSupervisionLevelAsync(order, Level!, Proposed, orders.Today, Reason, Actor.From(User).UserName, ct);

    private bool Check()
    {
        ModelState.Clear();
        if (Level is null || Levels.All(l => l.Code != Level))
        {
            ModelState.AddModelError(nameof(Level), "Choose a supervision level");
        }
        AddErrors(new Api.Validation().Optional("reason", Reason, "reason", TextLimits.Long), "");
        return ModelState.IsValid;
    }

    private async Task<Order?> LoadAsync(Guid orderId, CancellationToken ct)
    {
        var order = await orders.FindAsync(orderId, ct);
        var pack = order is null ? null : packs.Find(order.PolicyPack);
        Risk = order is null ? PolicyPack.NotAssessed : await assessments.RiskLevelAsync(order.PersonId, orders.Today, ct);
        if (order is null || pack?.ProposedSupervisionLevel(Risk, orders.Today) is not { } proposed)
        {
            return null;
        }
        Person = await people.FindAsync(order.PersonId, ct);
        Proposed = proposed;
        Levels = pack.SupervisionLevels.Select(l => (l.Code, l.Name)).ToList();
        return Person is null ? null : order;
    }
}
