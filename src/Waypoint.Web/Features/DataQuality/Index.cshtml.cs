using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Waypoint.Web.Auth;

namespace Waypoint.Web.Features.DataQuality;

/// <summary>BYD-07: the data-quality queue: how many people each check finds, and the people behind a count.</summary>
[Authorize(Policy = Policies.ReadDataQuality)]
public sealed class IndexModel(DataQualityChecks checks) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public string? Check { get; set; }

    [BindProperty(SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<(DataQualityCheck Check, int Count)> Counts { get; private set; } = [];

    public DataQualityCheck? Showing { get; private set; }

    public IReadOnlyList<DataQualityItem> Items { get; private set; } = [];

    public int Total { get; private set; }

    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public async Task OnGetAsync(CancellationToken ct)
    {
        PageNumber = Math.Max(1, PageNumber);
        Counts = await checks.CountsAsync(ct);
        if (Enum.TryParse<DataQualityCheck>(Check, out var check) && Enum.IsDefined(check) && !int.TryParse(Check, out _))
        {
            Showing = check;
            (Items, Total) = await checks.ListAsync(check, (PageNumber - 1) * PageSize, PageSize, ct);
        }
    }
}
