using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Waypoint.Core.People;
using Waypoint.Core.Security;
using Waypoint.Web.Auth;

namespace Waypoint.Web.Features.People;

/// <summary>PPL-03: the person's alerts, those in force first, with the ended ones kept as history.</summary>
[Authorize(Policy = Policies.ReadPeople)]
public sealed class AlertsModel(PersonRecords records) : PageModel
{
    public Person? Person { get; private set; }

    public DateOnly Today => records.Today;

    public bool CanRaiseAlerts => Roles.AlertRaisers.Any(User.IsInRole);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        Person = await records.ViewAsync(id, "alerts page", ct);
        return Person is null ? NotFound() : Page();
    }
}
