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

/// <summary>
/// ENF-05 (C23.2 6.1): after a refusal to sign, what the person disagrees with, each attempt to negotiate or motivate
/// (case noted), the explanation that court-ordered conditions are non-negotiable, and breach action if they still refuse.
/// </summary>
[Authorize(Policy = Policies.ReadPeople)]
public sealed class RefusalModel(PersonRecords people, Plans plans) : WaypointPage
{
    public Person? Person { get; private set; }

    public CaseManagementPlan? Plan { get; private set; }

    public IReadOnlyList<RefusalStep> Steps { get; private set; } = [];

    [BindProperty]
    public RefusalStepInput Input { get; set; } = new();

    public bool CanRecord => Plan is { Status: PlanStatus.Refused } && Roles.PlanWriters.Any(User.IsInRole);

    public bool Explained => Steps.Any(s => s.Kind == RefusalStepKind.ConditionsExplained);

    public static IEnumerable<(string Code, string Label)> Kinds => Enum.GetValues<RefusalStepKind>().Select(k => (k.ToString(), RefusalStep.Name(k)));

    public async Task<IActionResult> OnGetAsync(Guid id, Guid planId, CancellationToken ct) =>
        await LoadAsync(id, planId, "plan refusal page", ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, Guid planId, CancellationToken ct)
    {
        if (!Roles.PlanWriters.Any(User.IsInRole))
        {
            return Forbid();
        }
        if (!await LoadAsync(id, planId, null, ct))
        {
            return NotFound();
        }
        ModelState.Clear();
        AddErrors(Input.Validate(out var kind));
        if (!ModelState.IsValid)
        {
            return Page();
        }
        try
        {
            await plans.RecordRefusalStepAsync(Plan!, kind!.Value, plans.Today, Input.What!, User, ct);
            TempData["Notice"] = "Recorded, and case noted";
            return Redirect($"/People/{id}/Plans/{planId}/Refusal");
        }
        catch (BusinessRuleViolation violation)
        {
            AddError(violation);
            return Page();
        }
    }

    private async Task<bool> LoadAsync(Guid id, Guid planId, string? viewedVia, CancellationToken ct)
    {
        Person = viewedVia is null ? await people.FindAsync(id, ct) : await people.ViewAsync(id, viewedVia, ct);
        Plan = Person is null ? null : await plans.FindAsync(id, planId, ct);
        if (Plan is null)
        {
            return false;
        }
        Steps = await plans.RefusalStepsAsync(planId, ct);
        return true;
    }
}
