using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Waypoint.Core.Common;
using Waypoint.Core.People;
using Waypoint.Core.Plans;
using Waypoint.Web.Api;
using Waypoint.Web.Auth;
using Waypoint.Web.Features.People;
using Waypoint.Web.Features.Shared;

namespace Waypoint.Web.Features.Plans;

/// <summary>
/// PLN-02..05, PLN-10, PLN-11: writing the plan. Whatever is typed is saved as it is (BYD-04); what it still needs is
/// said when it is submitted. Interventions are added and removed by buttons that save first, so nothing is lost and
/// nothing needs JavaScript. A save from a stale tab is refused, not written over.
/// </summary>
[Authorize(Policy = Policies.WritePlans)]
public sealed class EditModel(PersonRecords people, Plans plans) : WaypointPage
{
    public Person? Person { get; private set; }

    public CaseManagementPlan? Plan { get; private set; }

    public PlanContext? Context { get; private set; }

    [BindProperty]
    public PlanForm Form { get; set; } = new();

    [BindProperty]
    public int Version { get; set; }

    /// <summary>Which button was pressed: save, add (another intervention) or remove-N.</summary>
    [BindProperty]
    public string? Command { get; set; }

    public static readonly IReadOnlyList<(string Code, string Label)> Priorities = [("High", "High"), ("Medium", "Medium"), ("Low", "Low")];

    public static readonly IReadOnlyList<(string Code, string Label)> Horizons = [("Immediate", "Immediate"), ("ShortTerm", "Short term"), ("LongTerm", "Long term")];

    public static IEnumerable<(string Code, string Label)> Statuses => Enum.GetValues<InterventionStatus>().Select(s => (s.ToString(), PlanNames.Status(s)));

    public async Task<IActionResult> OnGetAsync(Guid id, Guid planId, bool add, CancellationToken ct)
    {
        Person = await people.ViewAsync(id, "plan form", ct);
        if (Person is null || !await LoadAsync(id, planId, ct))
        {
            return NotFound();
        }
        if (!IsOpen)
        {
            return Redirect($"/People/{id}/Plans/{planId}");
        }
        Form = PlanForm.From(Plan!);
        if (add || Form.Interventions.Count == 0)
        {
            Form.Interventions.Add(new InterventionFields());
        }
        Version = Plan!.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid planId, CancellationToken ct)
    {
        Person = await people.FindAsync(id, ct);
        if (Person is null || !await LoadAsync(id, planId, ct))
        {
            return NotFound();
        }
        if (Context is null || !IsOpen)
        {
            ModelState.Clear();
            ModelState.AddModelError("", Context is null
                ? "This person no longer has an active supervised community order, so the plan cannot be changed."
                : "The plan has been submitted or agreed since you opened this page, so it was not changed. A change now is a review.");
            return Page();
        }
        ModelState.Clear();
        var autosave = Command == "autosave";
        if (Version != Plan!.Version)
        {
            if (autosave)
            {
                return StatusCode(StatusCodes.Status409Conflict);
            }
            // BYD-04: saved from another tab or by someone else since this page was opened; keep theirs, say so.
            ModelState.AddModelError("", "This plan was saved from another page after you opened this one. Nothing was saved here: open the plan again to see the latest version.");
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        if (Command?.StartsWith("remove-", StringComparison.Ordinal) == true && int.TryParse(Command["remove-".Length..], out var remove) && remove >= 0 && remove < Form.Interventions.Count)
        {
            var removed = Form.Interventions[remove].Id;
            Form.Interventions.RemoveAt(remove);
            foreach (var other in Form.Interventions.Where(i => i.StartsAfter == removed))
            {
                other.StartsAfter = null;
            }
        }
        // A row added and left empty is not an intervention; rows the officer started are kept, however incomplete.
        Form.Interventions.RemoveAll(i => i.IsBlank);
        var errors = new List<(string Field, string Message)>();
        var input = Form.ToInput(errors);
        var v = new Validation();
        var (content, review) = input.Read(Context, v);
        foreach (var (field, messages) in v.Errors)
        {
            errors.AddRange(messages.Select(m => (field, m)));
        }
        if (errors.Count > 0 && autosave)
        {
            // Nothing half-checked is stored: the officer sees what to correct when they press Save.
            return StatusCode(StatusCodes.Status422UnprocessableEntity);
        }
        if (errors.Count > 0)
        {
            foreach (var (field, message) in errors)
            {
                ModelState.AddModelError(PlanForm.ControlFor(field), message);
            }
            return Page();
        }
        try
        {
            await plans.WriteAsync(Plan, content!, review, ct);
        }
        catch (BusinessRuleViolation violation)
        {
            ModelState.AddModelError("", violation.Message);
            return Page();
        }
        if (autosave)
        {
            Response.Headers["X-Version"] = Plan.Version.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return StatusCode(StatusCodes.Status204NoContent);
        }
        if (Command == "add")
        {
            return Redirect($"/People/{id}/Plans/{planId}/Edit?add=true#intervention-{Form.Interventions.Count + 1}");
        }
        if (Command?.StartsWith("remove-", StringComparison.Ordinal) == true)
        {
            return Redirect($"/People/{id}/Plans/{planId}/Edit#interventions");
        }
        TempData["Notice"] = "Plan saved";
        return Redirect($"/People/{id}/Plans/{planId}");
    }

    private bool IsOpen => Plan!.Status is PlanStatus.Draft or PlanStatus.Returned;

    private async Task<bool> LoadAsync(Guid id, Guid planId, CancellationToken ct)
    {
        Plan = await plans.FindAsync(id, planId, ct);
        if (Plan is null)
        {
            return false;
        }
        Context = await plans.ContextAsync(id, ct);
        return true;
    }
}
