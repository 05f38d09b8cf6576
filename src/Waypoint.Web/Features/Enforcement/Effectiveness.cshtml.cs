using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Waypoint.Core.Common;
using Waypoint.Core.Enforcement;
using Waypoint.Core.People;
using Waypoint.Core.Security;
using Waypoint.Web.Auth;
using Waypoint.Web.Features.People;
using Waypoint.Web.Features.Shared;

namespace Waypoint.Web.Features.Enforcement;

/// <summary>ENF-06: an ended order's summary of effectiveness: the counted facts, and the officer's account, saved then completed.</summary>
[Authorize(Policy = Policies.ReadPeople)]
public sealed class EffectivenessModel(PersonRecords people, EffectivenessSummaries summaries) : WaypointPage
{
    public Person? Person { get; private set; }

    public EffectivenessSummary? Summary { get; private set; }

    [BindProperty]
    public SummaryInput Input { get; set; } = new();

    [BindProperty]
    public int Version { get; set; }

    public bool CanWrite => Summary is { Status: EffectivenessSummaryStatus.Draft } && Roles.Enforcers.Any(User.IsInRole);

    public async Task<IActionResult> OnGetAsync(Guid id, Guid summaryId, CancellationToken ct)
    {
        Person = await people.ViewAsync(id, "effectiveness summary page", ct);
        Summary = Person is null ? null : await summaries.FindAsync(id, summaryId, ct);
        if (Summary is null)
        {
            return NotFound();
        }
        (Input.ProgressAgainstPlan, Input.Outcomes, Version) = (Summary.ProgressAgainstPlan, Summary.Outcomes, Summary.Version);
        return Page();
    }

    public Task<IActionResult> OnPostSaveAsync(Guid id, Guid summaryId, CancellationToken ct) => StepAsync(id, summaryId, complete: false, ct);

    public Task<IActionResult> OnPostCompleteAsync(Guid id, Guid summaryId, CancellationToken ct) => StepAsync(id, summaryId, complete: true, ct);

    private async Task<IActionResult> StepAsync(Guid id, Guid summaryId, bool complete, CancellationToken ct)
    {
        if (!Roles.Enforcers.Any(User.IsInRole))
        {
            return Forbid();
        }
        Person = await people.FindAsync(id, ct);
        Summary = Person is null ? null : await summaries.FindAsync(id, summaryId, ct);
        if (Summary is null)
        {
            return NotFound();
        }
        ModelState.Clear();
        AddErrors(Input.Validate());
        if (Version != Summary.Version)
        {
            ModelState.AddModelError("", "This summary was saved from another page after you opened this one. Open it again to see the latest.");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        try
        {
            await summaries.WriteAsync(Summary, Input.ProgressAgainstPlan, Input.Outcomes, ct);
            if (complete)
            {
                await summaries.CompleteAsync(Summary, ct);
            }
            TempData["Notice"] = complete ? "Summary completed" : "Summary saved";
            return Redirect($"/People/{id}/Enforcement/Effectiveness/{summaryId}");
        }
        catch (BusinessRuleViolation violation)
        {
            Version = Summary.Version;
            AddError(violation);
            return Page();
        }
    }
}
