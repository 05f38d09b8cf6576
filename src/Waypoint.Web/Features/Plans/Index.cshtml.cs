using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Waypoint.Core.Common;
using Waypoint.Core.People;
using Waypoint.Core.Plans;
using Waypoint.Core.Security;
using Waypoint.Web.Auth;
using Waypoint.Web.Features.People;
using Waypoint.Web.Features.Shared;

namespace Waypoint.Web.Features.Plans;

/// <summary>PLN-01, PLN-08: the person's Case Management Plan: every version, newest first, and starting the plan or a review.</summary>
[Authorize(Policy = Policies.ReadPeople)]
public sealed class IndexModel(PersonRecords people, Plans plans, Imps.Imps imps) : WaypointPage
{
    public Person? Person { get; private set; }

    public IReadOnlyList<CaseManagementPlan> Versions { get; private set; } = [];

    public PlanContext? Context { get; private set; }

    public bool CanWrite => Roles.PlanWriters.Any(User.IsInRole);

    /// <summary>In prison the plan is the IMP (PLN-09); the page points there.</summary>
    public bool InCustody { get; private set; }

    public CaseManagementPlan? Open => Versions.FirstOrDefault(v => !v.IsSettled);

    public CaseManagementPlan? InForce => Versions.FirstOrDefault(v => v.IsSettled);

    [BindProperty]
    public bool Unscheduled { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        Person = await people.ViewAsync(id, "plans page", ct);
        if (Person is null)
        {
            return NotFound();
        }
        await LoadAsync(id, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostStartAsync(Guid id, CancellationToken ct)
    {
        if (!CanWrite)
        {
            return Forbid();
        }
        Person = await people.FindAsync(id, ct);
        if (Person is null)
        {
            return NotFound();
        }
        await LoadAsync(id, ct);
        if (Context is null)
        {
            ModelState.AddModelError("", "A Case Management Plan is for someone supervised in the community (C23.2 1.3), and this person has no active supervised community order.");
            return Page();
        }
        try
        {
            var plan = await plans.StartAsync(id, Unscheduled, User, ct);
            return Redirect($"/People/{id}/Plans/{plan.Id}/Edit");
        }
        catch (BusinessRuleViolation violation)
        {
            AddError(violation);
            return Page();
        }
    }

    private async Task LoadAsync(Guid id, CancellationToken ct)
    {
        Versions = await plans.ForPersonAsync(id, ct);
        Context = await plans.ContextAsync(id, ct);
        InCustody = await imps.ContextAsync(id, ct) is not null;
    }
}
