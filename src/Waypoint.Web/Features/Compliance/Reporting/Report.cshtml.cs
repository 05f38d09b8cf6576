using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Waypoint.Web.Auth;
using Waypoint.Web.Data;

namespace Waypoint.Web.Features.Compliance.Reporting;

/// <summary>CMP-05: on-time rates for a period by site, team, officer or rule, with the monthly trend and exports; every figure links to its obligations (BYD-03).</summary>
[Authorize(Policy = Policies.ReadCompliance)]
public sealed class ReportModel(ComplianceReport report, WorkQueue queue, PersonAccess access, WaypointDbContext db) : ReportPage(queue)
{
    public ComplianceFigures? Figures { get; private set; }

    public IReadOnlyList<(Guid Id, string Name)> Sites { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadSitesAsync(ct);
        if (ReadQuery())
        {
            Figures = await report.FiguresAsync(Filter, Grouping, ct);
        }
        return Page();
    }

    public Task<IActionResult> OnGetCsvAsync(CancellationToken ct) => ExportAsync("csv", "text/csv", ReportExport.WriteCsvAsync, ct);

    public Task<IActionResult> OnGetXlsxAsync(CancellationToken ct) =>
        ExportAsync("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ReportExport.WriteXlsxAsync, ct);

    private async Task<IActionResult> ExportAsync(string extension, string contentType, Func<ComplianceFigures, Stream, CancellationToken, Task> write, CancellationToken ct)
    {
        if (!ReadQuery())
        {
            await LoadSitesAsync(ct);
            return Page();
        }
        var figures = await report.FiguresAsync(Filter, Grouping, ct);
        // Written to memory first: the XLSX writer needs a seekable stream, and the report is a few hundred rows.
        var buffer = new MemoryStream();
        await write(figures, buffer, ct);
        return File(buffer.ToArray(), contentType, ReportExport.FileName(figures, extension));
    }

    private async Task LoadSitesAsync(CancellationToken ct)
    {
        var scope = await access.ScopeAsync(ct);
        var mine = scope.SiteIds.ToList();
        Sites = (await db.Sites.AsNoTracking().Where(s => scope.JurisdictionWide || mine.Contains(s.Id)).OrderBy(s => s.Name).Select(s => new { s.Id, s.Name }).ToListAsync(ct))
            .Select(s => (s.Id, s.Name)).ToList();
    }
}
