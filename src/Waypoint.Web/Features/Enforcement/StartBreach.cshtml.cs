using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Waypoint.Core.Common;
using Waypoint.Core.Enforcement;
using Waypoint.Core.People;
using Waypoint.Core.Security;
using Waypoint.Web.Auth;
using Waypoint.Web.Features.Contacts;
using Waypoint.Web.Features.People;
using Waypoint.Web.Features.Shared;

namespace Waypoint.Web.Features.Enforcement;

/// <summary>ENF-04: start breach action under an order; the grounds are drafted from the record for the officer to review.</summary>
[Authorize(Policy = Policies.Enforce)]
public sealed class StartBreachModel(PersonRecords people, Contacts.Contacts contacts, Breaches breaches) : WaypointPage
{
    public Person? Person { get; private set; }

    public IReadOnlyList<OrderChoice> Orders { get; private set; } = [];

    [BindProperty]
    public Guid? OrderId { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? PlanId { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        Person = await people.ViewAsync(id, "breach form", ct);
        if (Person is null)
        {
            return NotFound();
        }
        Orders = await contacts.OrdersAsync(id, ct);
        OrderId = Orders.Count == 1 ? Orders[0].Id : null;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        Person = await people.FindAsync(id, ct);
        if (Person is null)
        {
            return NotFound();
        }
        Orders = await contacts.OrdersAsync(id, ct);
        ModelState.Clear();
        if (OrderId is not { } orderId)
        {
            ModelState.AddModelError(nameof(OrderId), "Select the order breach action is under");
            return Page();
        }
        try
        {
            var referral = await breaches.StartAsync(id, orderId, PlanId, User, ct);
            TempData["Notice"] = "Breach referral drafted from the record: check the grounds, then submit it to your team leader";
            return Redirect($"/People/{id}/Enforcement/Breach/{referral.Id}");
        }
        catch (BusinessRuleViolation violation)
        {
            ModelState.AddModelError(violation.Rule.Field == "orderId" ? nameof(OrderId) : "", violation.Message);
            return Page();
        }
    }
}
