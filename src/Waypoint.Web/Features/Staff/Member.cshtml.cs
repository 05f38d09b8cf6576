using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Waypoint.Web.Auth;

namespace Waypoint.Web.Features.Staff;

/// <summary>STF-01: one member of staff: team, roles, skills, languages, capacity, workload and leave.</summary>
public sealed class MemberModel(StaffDirectory directory, IAuthorizationService authorization) : PageModel
{
    public StaffProfile? Profile { get; private set; }

    public bool MayChange { get; private set; }

    public async Task<IActionResult> OnGetAsync(string userId, CancellationToken ct)
    {
        Profile = await directory.FindAsync(userId, ct);
        MayChange = (await authorization.AuthorizeAsync(User, Policies.KeepStaff)).Succeeded;
        return Profile is null ? NotFound() : Page();
    }
}
