using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Waypoint.Web.Features.Staff;

/// <summary>STF-01: who works where. Open to every signed-in user.</summary>
public sealed class SitesModel(SiteDirectory directory) : PageModel
{
    public IReadOnlyList<SiteSummary> Sites { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Sites = await directory.ListAsync(ct);
}
