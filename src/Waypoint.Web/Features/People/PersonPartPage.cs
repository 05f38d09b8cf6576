using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Waypoint.Core.Common;
using Waypoint.Core.People;
using Waypoint.Web.Api;
using Waypoint.Web.Features.Shared;

namespace Waypoint.Web.Features.People;

/// <summary>A page that adds or changes one part of a person (an alias, an alert…): load, check, save, back to the person.</summary>
public abstract class PersonPartPage<TInput>(PersonRecords records) : WaypointPage where TInput : new()
{
    public Person? Person { get; private set; }

    [BindProperty]
    public TInput Input { get; set; } = new();

    protected PersonRecords Records => records;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        Person = await records.ViewAsync(id, "form", ct);
        return Person is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        Person = await records.FindAsync(id, ct);
        if (Person is null)
        {
            return NotFound();
        }
        ModelState.Clear();
        var validation = await CheckAsync(Person, ct);
        AddErrors(validation);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        try
        {
            TempData["Notice"] = await SaveAsync(Person, ct);
            return Redirect($"/People/{id}");
        }
        catch (BusinessRuleViolation violation)
        {
            AddError(violation);
            return Page();
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", "Someone else changed this person's record at the same moment. Nothing was saved: try again.");
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
    }

    /// <summary>Checks the form; may add errors for fields it reads itself, such as dates.</summary>
    protected abstract Task<Validation> CheckAsync(Person person, CancellationToken ct);

    /// <summary>Saves and returns the confirmation shown on the person page.</summary>
    protected abstract Task<string> SaveAsync(Person person, CancellationToken ct);
}
