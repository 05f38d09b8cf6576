using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Waypoint.Core.Staff;
using Waypoint.Web.Auth;
using Waypoint.Web.Data;

namespace Waypoint.Web.Features.Allocation;

/// <summary>CMP-04 / STF-02: a coordinator's prisoners awaiting allocation, at their own prisons (REC-05).</summary>
[Authorize(Policy = Policies.Allocate)]
public sealed class AwaitingModel(Allocations allocations, PersonAccess access, WaypointDbContext db) : PageModel
{
    public const int PageSize = 50;

    public IReadOnlyList<AwaitingAllocation> Awaiting { get; private set; } = [];

    public int Total { get; private set; }

    [Microsoft.AspNetCore.Mvc.BindProperty(SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public string? SiteName { get; private set; }

    /// <summary>Records officers and managers see every prison's list (REC-05).</summary>
    public bool AllPrisons { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var scope = await access.ScopeAsync(ct);
        var sites = Allocations.ListedSites(scope, null);
        AllPrisons = sites is null;
        if (sites is not null)
        {
            var prisons = await db.Sites.Where(s => sites.Contains(s.Id) && s.Kind == SiteKind.Prison).OrderBy(s => s.Name).Select(s => new { s.Id, s.Name }).ToListAsync(ct);
            SiteName = prisons.Count > 0 ? string.Join(" and ", prisons.Select(p => p.Name)) : null;
            sites = prisons.Select(p => p.Id).ToList();
        }
        PageNumber = Math.Max(1, PageNumber);
        (Awaiting, Total) = await allocations.AwaitingAsync(sites, (PageNumber - 1) * PageSize, PageSize, ct);
    }
}
