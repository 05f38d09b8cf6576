using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Waypoint.Core.People;
using Waypoint.Core.Security;

namespace Waypoint.Web.Features.People;

/// <summary>The person page (PPL-01..03). Opening it is recorded in the audit trail (REC-03).</summary>
public sealed class DetailsModel(PersonRecords records) : PageModel
{
    public Person? Person { get; private set; }

    public DateOnly Today => records.Today;

    public bool CanWrite => Roles.PeopleWriters.Any(User.IsInRole);

    public bool CanRaiseAlerts => Roles.AlertRaisers.Any(User.IsInRole);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        Person = await records.ViewAsync(id, "person page", ct);
        return Person is null ? NotFound() : Page();
    }
}
