using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Waypoint.Core.Common;
using Waypoint.Core.Security;
using Waypoint.Core.Staff;
using Waypoint.Web.Auth;
using Waypoint.Web.Features.Shared;

namespace Waypoint.Web.Features.Staff;

/// <summary>REC-01: an administrator sets which role does coordinator duties at a site.</summary>
[Authorize(Policy = Policies.ManageAccounts)]
public sealed class CoordinatorDutiesModel(DelegationRegister register) : WaypointPage
{
    public Site? Site { get; private set; }

    public IEnumerable<(string Value, string Label)> Choices => Roles.Allocators.Select(r => (r, Roles.Names[r]));

    [BindProperty]
    public string? Role { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid siteId, CancellationToken ct)
    {
        Site = await register.SiteAsync(siteId, ct);
        Role = Site?.CoordinatorRole;
        return Site is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid siteId, CancellationToken ct)
    {
        Site = await register.SiteAsync(siteId, ct);
        if (Site is null)
        {
            return NotFound();
        }
        ModelState.Clear();
        if (string.IsNullOrWhiteSpace(Role))
        {
            ModelState.AddModelError(nameof(Role), "Choose the role that does coordinator duties here");
            return Page();
        }
        try
        {
            await register.AssignCoordinatorDutiesAsync(Site, Role, ct);
        }
        catch (BusinessRuleViolation violation)
        {
            AddError(violation, "");
            return Page();
        }
        return Redirect("/Staff/Sites");
    }
}
