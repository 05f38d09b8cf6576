using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Waypoint.Core.Security;
using Waypoint.Web.Auth;

namespace Waypoint.Web.Features.Plans;

/// <summary>PLN-06: plans awaiting the team leader's approval, and the officer's own plans that need them next.</summary>
[Authorize(Policy = Policies.WritePlans)]
public sealed class QueueModel(PlanQueue queue) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public string? Show { get; set; }

    [BindProperty(SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public bool CanApprove => Roles.PlanApprovers.Any(User.IsInRole);

    public PlanQueueKind Showing => CanApprove && Show != "Mine" ? PlanQueueKind.AwaitingApproval : PlanQueueKind.Mine;

    public IReadOnlyList<PlanQueueItem> Items { get; private set; } = [];

    public int Total { get; private set; }

    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public async Task OnGetAsync(CancellationToken ct)
    {
        PageNumber = Math.Max(1, PageNumber);
        (Items, Total) = await queue.ForAsync(User, Showing, (PageNumber - 1) * PageSize, PageSize, ct);
    }
}
