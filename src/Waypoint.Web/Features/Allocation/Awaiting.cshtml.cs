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
    public const int PageSize = 50;

    public IReadOnlyList<AwaitingAllocation> Awaiting { get; private set; } = [];

    public int Total { get; private set; }

    [Microsoft.AspNetCore.Mvc.BindProperty(SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

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
        PageNumber = Math.Max(1, PageNumber);
        (Awaiting, Total) = await allocations.AwaitingAsync(prison?.Id, (PageNumber - 1) * PageSize, PageSize, ct);
    }
}
