using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Waypoint.Core.Enforcement;
using Waypoint.Core.People;
using Waypoint.Core.Security;
using Waypoint.Web.Auth;
using Waypoint.Web.Features.People;
using Waypoint.Web.Features.Shared;

namespace Waypoint.Web.Features.Enforcement;

/// <summary>
/// ENF-01..04, BYD-02: a person's apparent non-compliance (open first, each with the day it must be decided by), their
/// warnings against each order's window, and breach action.
/// </summary>
[Authorize(Policy = Policies.ReadPeople)]
public sealed class IndexModel(PersonRecords people, NonCompliances records, Warnings warnings, Breaches breaches, EffectivenessSummaries summaries) : WaypointPage
{
    public Person? Person { get; private set; }

    public IReadOnlyList<NonCompliance> All { get; private set; } = [];

    public IReadOnlyDictionary<Guid, DateOnly> Deadlines { get; private set; } = new Dictionary<Guid, DateOnly>();

    public IReadOnlyList<FormalWarning> GivenWarnings { get; private set; } = [];

    public IReadOnlyList<OrderWarnings> Windows { get; private set; } = [];

    public IReadOnlyList<BreachReferral> Referrals { get; private set; } = [];

    public IReadOnlyList<EffectivenessSummary> Summaries { get; private set; } = [];

    /// <summary>ENF-06: ended community orders still without their effectiveness summary.</summary>
    public IReadOnlyList<Core.Orders.Order> EndedOrders { get; private set; } = [];

    public DateOnly Today => records.Today;

    public bool CanRecord => Roles.Enforcers.Any(User.IsInRole);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        Person = await people.ViewAsync(id, "enforcement page", ct);
        if (Person is null)
        {
            return NotFound();
        }
        All = [.. (await records.ForPersonAsync(id, ct)).OrderByDescending(n => n.IsOpen)];
        Deadlines = await records.DeadlinesAsync(id, ct);
        GivenWarnings = await warnings.ForPersonAsync(id, ct);
        Windows = await warnings.WindowsAsync(id, ct);
        Referrals = await breaches.ForPersonAsync(id, ct);
        Summaries = await summaries.ForPersonAsync(id, ct);
        EndedOrders = await summaries.EndedWithoutSummaryAsync(id, ct);
        return Page();
    }

    /// <summary>ENF-06: drafts the summary of an ended order from the records and opens it.</summary>
    public async Task<IActionResult> OnPostSummaryAsync(Guid id, Guid orderId, CancellationToken ct)
    {
        if (!CanRecord)
        {
            return Forbid();
        }
        if (await people.FindAsync(id, ct) is null)
        {
            return NotFound();
        }
        try
        {
            var summary = await summaries.DraftAsync(id, orderId, User, ct);
            return Redirect($"/People/{id}/Enforcement/Effectiveness/{summary.Id}");
        }
        catch (Core.Common.BusinessRuleViolation violation)
        {
            TempData["Notice"] = violation.Message;
            return Redirect($"/People/{id}/Enforcement");
        }
    }
}
