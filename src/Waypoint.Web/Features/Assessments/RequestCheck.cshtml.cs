using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Waypoint.Core.Common;
using Waypoint.Core.People;
using Waypoint.Web.Auth;
using Waypoint.Web.Features.People;
using Waypoint.Web.Features.Shared;

namespace Waypoint.Web.Features.Assessments;

/// <summary>ASM-06: record that a collateral check was requested, from whom, and on what consent.</summary>
[Authorize(Policy = Policies.Assess)]
public sealed class RequestCheckModel(PersonRecords people, Assessments assessments) : WaypointPage
{
    public Person? Person { get; private set; }

    public IEnumerable<(string Code, string Label)> Types { get; private set; } = [];

    [BindProperty]
    public CollateralCheckInput Input { get; set; } = new();

    [BindProperty]
    public DateParts RequestedOn { get; set; } = new();

    protected override IReadOnlyDictionary<string, string> FieldKeys { get; } = new Dictionary<string, string> { ["requestedOn"] = nameof(RequestedOn) };

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        Person = await people.ViewAsync(id, "collateral check form", ct);
        return Person is null ? NotFound() : await WithTypesAsync(id, ct);
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        Person = await people.FindAsync(id, ct);
        if (Person is null)
        {
            return NotFound();
        }
        await WithTypesAsync(id, ct);
        ModelState.Clear();
        Input.RequestedOn = RequestedOn.Read("The date requested", out var dateError);
        var definitions = (await assessments.PackForAsync(id, ct)).Assessments!;
        AddErrors(Input.Validate(definitions, assessments.Today).Replace("requestedOn", dateError));
        if (!ModelState.IsValid)
        {
            return Page();
        }
        try
        {
            await assessments.RequestCheckAsync(id, Input.Type!, Input.Source!, Input.ConsentReliedOn!, Input.RequestedOn ?? assessments.Today, User, ct);
            TempData["Notice"] = "Collateral check recorded";
            return Redirect($"/People/{id}/Assessments");
        }
        catch (BusinessRuleViolation violation)
        {
            AddError(violation);
            return Page();
        }
    }

    private async Task<IActionResult> WithTypesAsync(Guid id, CancellationToken ct)
    {
        Types = (await assessments.PackForAsync(id, ct)).Assessments!.CollateralCheckTypes.Select(t => (t.Code, t.Name)).ToList();
        return Page();
    }
}
