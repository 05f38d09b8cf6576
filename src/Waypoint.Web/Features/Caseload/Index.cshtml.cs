using Microsoft.AspNetCore.Mvc.RazorPages;
using Waypoint.Web.Audit;

namespace Waypoint.Web.Features.Caseload;

/// <summary>STF-02: "my caseload" for the signed-in officer.</summary>
public sealed class IndexModel(Caseload caseload) : PageModel
{
    public IReadOnlyList<CaseloadEntry> Entries { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Entries = await caseload.ForOfficerAsync(Actor.From(User).UserId, ct);
}
