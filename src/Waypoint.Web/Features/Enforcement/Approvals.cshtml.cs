using Microsoft.AspNetCore.Authorization;
using Waypoint.Web.Auth;
using Waypoint.Web.Features.Shared;

namespace Waypoint.Web.Features.Enforcement;

/// <summary>ENF-04: the breach referrals the team leader's officers submitted, oldest first.</summary>
[Authorize(Policy = Policies.ApproveBreaches)]
public sealed class ApprovalsModel(Breaches breaches) : WaypointPage
{
    public IReadOnlyList<BreachQueueItem> Items { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Items = await breaches.AwaitingApprovalAsync(User, ct);
}
