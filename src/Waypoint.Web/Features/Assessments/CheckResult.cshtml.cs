using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Waypoint.Core.Assessments;
using Waypoint.Core.Common;
using Waypoint.Core.People;
using Waypoint.Web.Auth;
using Waypoint.Web.Features.People;
using Waypoint.Web.Features.Shared;

namespace Waypoint.Web.Features.Assessments;

/// <summary>ASM-06: record when a collateral check was completed and what it found.</summary>
[Authorize(Policy = Policies.Assess)]
public sealed class CheckResultModel(PersonRecords people, Assessments assessments) : WaypointPage
{
    public Person? Person { get; private set; }

    public CollateralCheck? Check { get; private set; }

    [BindProperty]
    public CollateralCheckResultInput Input { get; set; } = new();

    [BindProperty]
    public DateParts CompletedOn { get; set; } = new();

    protected override IReadOnlyDictionary<string, string> FieldKeys { get; } = new Dictionary<string, string> { ["completedOn"] = nameof(CompletedOn) };

    public async Task<IActionResult> OnGetAsync(Guid id, Guid checkId, CancellationToken ct)
    {
        Person = await people.ViewAsync(id, "collateral check result form", ct);
        Check = Person is null ? null : await assessments.FindCheckAsync(id, checkId, ct);
        return Check is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid checkId, CancellationToken ct)
    {
        Person = await people.FindAsync(id, ct);
        Check = Person is null ? null : await assessments.FindCheckAsync(id, checkId, ct);
        if (Check is null)
        {
            return NotFound();
        }
        ModelState.Clear();
        Input.CompletedOn = CompletedOn.Read("The date completed", out var dateError);
        AddErrors(Input.Validate().Replace("completedOn", dateError));
        if (!ModelState.IsValid)
        {
            return Page();
        }
        try
        {
            await assessments.RecordCheckResultAsync(Check, Input.CompletedOn ?? assessments.Today, Input.Result!, ct);
            TempData["Notice"] = "Check result recorded";
            return Redirect($"/People/{id}/Assessments");
        }
        catch (BusinessRuleViolation violation)
        {
            AddError(violation);
            return Page();
        }
    }
}
