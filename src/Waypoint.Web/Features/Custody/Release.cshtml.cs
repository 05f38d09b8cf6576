using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Waypoint.Core.Common;
using Waypoint.Core.People;
using Waypoint.Web.Auth;
using Waypoint.Web.Features.People;
using Waypoint.Web.Features.Shared;

namespace Waypoint.Web.Features.Custody;

/// <summary>PPL-05: record release from custody.</summary>
[Authorize(Policy = Policies.KeepCustody)]
public sealed class ReleaseModel(PersonRecords people, CustodyRecords custody) : WaypointPage
{
    public Person? Person { get; private set; }

    [BindProperty]
    public DateParts On { get; set; } = new();

    [BindProperty]
    public string? Reason { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        Person = await people.ViewAsync(id, "release form", ct);
        On = DateParts.From(custody.Today);
        return Person is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        Person = await people.FindAsync(id, ct);
        if (Person is null)
        {
            return NotFound();
        }
        ModelState.Clear();
        var on = On.Read("Date of release", out var dateError);
        if (dateError is not null || on is null)
        {
            ModelState.AddModelError(nameof(On), dateError ?? "Enter the date of release");
        }
        AddErrors(new Api.Validation().Required("reason", Reason, "the reason for release", TextLimits.Long), "");
        if (!ModelState.IsValid)
        {
            return Page();
        }
        try
        {
            await custody.ReleaseAsync(await custody.ForPersonAsync(id, ct), on!.Value, Reason!, ct);
        }
        catch (BusinessRuleViolation violation)
        {
            AddError(violation, "");
            return Page();
        }
        TempData["Notice"] = "Release recorded";
        return Redirect($"/People/{id}/Custody");
    }
}
