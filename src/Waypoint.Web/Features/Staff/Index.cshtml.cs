using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Waypoint.Web.Features.Staff;

/// <summary>STF-01: the staff directory, filtered by site, team, role, language or skill, with workload against capacity.</summary>
public sealed class IndexModel(StaffDirectory directory, SiteDirectory sites) : PageModel
{
    public const int PageSize = 50;

    public IReadOnlyList<StaffListing> Staff { get; private set; } = [];

    public IReadOnlyList<SiteSummary> Sites { get; private set; } = [];

    public int Total { get; private set; }

    [BindProperty(SupportsGet = true)]
    public Guid? SiteId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Language { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Skill { get; set; }

    [BindProperty(SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public string Query(int page) =>
        QueryString.Create(new Dictionary<string, string?> { ["SiteId"] = SiteId?.ToString(), ["Language"] = Language, ["Skill"] = Skill, ["PageNumber"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture) }).ToString();

    public async Task OnGetAsync(CancellationToken ct)
    {
        Sites = await sites.ListAsync(ct);
        PageNumber = Math.Max(1, PageNumber);
        (Staff, Total) = await directory.ListAsync(new StaffFilter(SiteId, null, null, Language, Skill), (PageNumber - 1) * PageSize, PageSize, ct);
    }
}
