using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Waypoint.Web.Auth;

namespace Waypoint.Web.Features.Compliance.Reporting;

/// <summary>BYD-03: exactly the obligations behind one figure of the compliance report, paged.</summary>
[Authorize(Policy = Policies.ReadCompliance)]
public sealed class ObligationsModel(ComplianceReport report, WorkQueue queue) : ReportPage(queue)
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<ReportedObligation> Items { get; private set; } = [];

    public int Total { get; private set; }

    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public string Query(int page) => ReportInput.Query(Filter, Showing) + $"&PageNumber={page}";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        PageNumber = Math.Max(1, PageNumber);
        if (ReadQuery())
        {
            (Items, Total) = await report.ObligationsAsync(Filter, Showing, (PageNumber - 1) * PageSize, PageSize, ct);
        }
        return Page();
    }

    public string Described => Showing switch
    {
        ReportOutcome.OnTime => "met on time",
        ReportOutcome.Late => "met late",
        ReportOutcome.NotMet => "not met",
        _ => "due",
    };
}
