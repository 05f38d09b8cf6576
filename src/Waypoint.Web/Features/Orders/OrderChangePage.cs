using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Waypoint.Core.Common;
using Waypoint.Core.Orders;
using Waypoint.Core.People;
using Waypoint.Core.Policy;
using Waypoint.Web.Api;
using Waypoint.Web.Auth;
using Waypoint.Web.Features.People;
using Waypoint.Web.Features.Policy;
using Waypoint.Web.Features.Shared;

namespace Waypoint.Web.Features.Orders;

/// <summary>
/// A page that changes one order (PPL-04): load it with its person and pack, check the form, refuse a change made to a
/// version someone else has since changed, save, and go back to the Sentence page.
/// </summary>
[Authorize(Policy = Policies.KeepOrders)]
public abstract class OrderChangePage(OrderRecords orders, PersonRecords people, PolicyPacks packs) : WaypointPage
{
    public Person? Person { get; private set; }

    public Order Order { get; private set; } = null!;

    public PolicyPack? Pack { get; private set; }

    public string TypeName => Pack?.OrderType(Order.OrderType)?.Name ?? Order.OrderType;

    /// <summary>The order's version when the form was shown, so a change made meanwhile is not overwritten.</summary>
    [BindProperty]
    public int Version { get; set; }

    protected OrderRecords Orders => orders;

    /// <summary>BYD-09: what saving would do to the person's obligations, after "Preview".</summary>
    public IReadOnlyList<Compliance.ObligationChange>? Preview { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid orderId, CancellationToken ct)
    {
        if (!await LoadAsync(orderId, ct))
        {
            return NotFound();
        }
        Version = Order.Version;
        await PrepareAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid orderId, CancellationToken ct)
    {
        if (!await LoadAsync(orderId, ct))
        {
            return NotFound();
        }
        await PrepareAsync(ct);
        ModelState.Clear();
        AddErrors(await CheckAsync(ct), "");
        if (ModelState.IsValid && Order.Version != Version)
        {
            ModelState.AddModelError("", "Someone else changed this order while you were looking at it. Nothing was saved: check the order and try again.");
            Response.StatusCode = StatusCodes.Status409Conflict;
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        try
        {
            TempData["Notice"] = await SaveAsync(ct);
            return Redirect(await NextPageAsync(ct));
        }
        catch (BusinessRuleViolation violation)
        {
            AddError(violation, "");
            return Page();
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", "Someone else changed this order at the same moment. Nothing was saved: try again.");
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
    }

    /// <summary>BYD-09: checks the form as saving would, then shows what the change would do to the person's obligations.</summary>
    public async Task<IActionResult> OnPostPreviewAsync(Guid orderId, [FromServices] Compliance.ObligationPreview preview, CancellationToken ct)
    {
        if (!await LoadAsync(orderId, ct))
        {
            return NotFound();
        }
        await PrepareAsync(ct);
        ModelState.Clear();
        AddErrors(await CheckAsync(ct), "");
        if (!ModelState.IsValid)
        {
            return Page();
        }
        try
        {
            Preview = await preview.OfAsync(() => SaveAsync(ct), ct);
        }
        catch (BusinessRuleViolation violation)
        {
            AddError(violation, "");
        }
        // The preview changed the order in memory before it was rolled back: show it as stored.
        await LoadAsync(orderId, ct);
        return Page();
    }

    /// <summary>Where to go after saving: the person's Sentence page.</summary>
    protected virtual Task<string> NextPageAsync(CancellationToken ct) => Task.FromResult($"/People/{Order.PersonId}/Sentence");

    /// <summary>Loads what the form shows (choices, current values on first view).</summary>
    protected virtual Task PrepareAsync(CancellationToken ct) => Task.CompletedTask;

    protected abstract Task<Validation> CheckAsync(CancellationToken ct);

    /// <summary>Saves and returns the confirmation shown on the Sentence page.</summary>
    protected abstract Task<string> SaveAsync(CancellationToken ct);

    private async Task<bool> LoadAsync(Guid orderId, CancellationToken ct)
    {
        if (await orders.FindAsync(orderId, ct) is not { } order)
        {
            return false;
        }
        Order = order;
        Pack = packs.Find(order.PolicyPack);
        Person = await people.FindAsync(order.PersonId, ct);
        return Person is not null;
    }
}
