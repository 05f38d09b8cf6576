using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Waypoint.Core.Compliance;
using Waypoint.Web.Auth;

namespace Waypoint.Web.Features.Compliance;

/// <summary>
/// CMP-04: "My work": the open obligations that fall to the signed-in user, soonest first, filterable; and for a team
/// leader, "My team's work": the same for the officers in their teams.
/// </summary>
[Authorize(Policy = Policies.ReadPeople)]
public sealed class IndexModel(WorkQueue queue) : PageModel
{
    public const int PageSize = 50;

    public IReadOnlyList<WorkItem> Items { get; private set; } = [];

    public int Total { get; private set; }

    [BindProperty(SupportsGet = true)]
    public string? Scope { get; set; }

    public WorkScope Showing => Scope == nameof(WorkScope.Team) ? WorkScope.Team : WorkScope.Mine;

    public bool LeadsATeam { get; private set; }

    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public static IEnumerable<(string Code, string Label)> Kinds => Enum.GetValues<ObligationKind>().Select(k => (k.ToString(), WorkQueue.Describe(k)));

    public static IEnumerable<(string Code, string Label)> Statuses => [("Overdue", "Overdue"), ("DueSoon", "Due soon"), ("Upcoming", "Upcoming")];

    public string Query(int page) =>
        QueryString.Create(new Dictionary<string, string?> { ["Scope"] = Showing == WorkScope.Team ? Scope : null, ["Kind"] = Kind, ["Status"] = Status, ["PageNumber"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture) }).ToString();

    public async Task OnGetAsync(CancellationToken ct)
    {
        PageNumber = Math.Max(1, PageNumber);
        var kind = Enum.TryParse<ObligationKind>(Kind, out var k) && Enum.IsDefined(k) ? k : (ObligationKind?)null;
        var status = Enum.TryParse<ObligationStatus>(Status, out var s) && Statuses.Any(x => x.Code == Status) ? s : (ObligationStatus?)null;
        LeadsATeam = await queue.LeadsATeamAsync(User, ct);
        (Items, Total) = await queue.ForAsync(User, Showing, kind, status, (PageNumber - 1) * PageSize, PageSize, ct);
    }

    public static string Tag(string status) => status switch
    {
        "Overdue" => "govuk-tag--red",
        "DueSoon" => "govuk-tag--yellow",
        _ => "govuk-tag--grey",
    };
}
