using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Waypoint.Core.Staff;
using Waypoint.Web.Audit;
using Waypoint.Web.Auth;
using Waypoint.Web.Data;

namespace Waypoint.Web.Features.Allocation;

/// <summary>CMP-04 / STF-02: a coordinator's prisoners awaiting allocation, scoped to their team's prison when they have one.</summary>
[Authorize(Policy = Policies.Allocate)]
public sealed class AwaitingModel(Allocations allocations, WaypointDbContext db) : PageModel
{
    public IReadOnlyList<AwaitingAllocation> Awaiting { get; private set; } = [];

    public string? SiteName { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var me = Actor.From(User).UserId;
        var site = await db.Users.Where(u => u.Id == me)
            .Join(db.Teams, u => u.TeamId, t => t.Id, (u, t) => t.SiteId)
            .Join(db.Sites, id => id, s => s.Id, (id, s) => new { s.Id, s.Name, s.Kind })
            .FirstOrDefaultAsync(ct);
        var prison = site is { Kind: SiteKind.Prison } ? site : null;
        SiteName = prison?.Name;
        Awaiting = await allocations.AwaitingAsync(prison?.Id, ct);
    }
}
