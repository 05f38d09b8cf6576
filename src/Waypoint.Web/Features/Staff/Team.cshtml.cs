using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Waypoint.Web.Features.Staff;

/// <summary>STF-04: a team's members and its workload against capacity, for the team leader.</summary>
public sealed class TeamModel(StaffDirectory directory) : PageModel
{
    public TeamWorkload? Team { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid teamId, CancellationToken ct)
    {
        Team = await directory.TeamAsync(teamId, ct);
        return Team is null ? NotFound() : Page();
    }
}
