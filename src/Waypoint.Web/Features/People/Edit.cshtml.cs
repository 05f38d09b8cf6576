using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Waypoint.Core.Common;
using Waypoint.Core.People;
using Waypoint.Web.Auth;
using Waypoint.Web.Features.Shared;

namespace Waypoint.Web.Features.People;

/// <summary>PPL-01: change a person's details. The version read with the form guards against overwriting someone else's change.</summary>
[Authorize(Policy = Policies.WritePeople)]
public sealed class EditModel(PersonRecords records) : PersonFormPage
{
    public Person? Person { get; private set; }

    [BindProperty]
    public int Version { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        Person = await records.ViewAsync(id, "edit page", ct);
        if (Person is null)
        {
            return NotFound();
        }
        Input = PersonInput.From(Person);
        Dob = DateParts.From(Person.DateOfBirth);
        Version = Person.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        Person = await records.FindAsync(id, ct);
        if (Person is null)
        {
            return NotFound();
        }
        var details = ReadDetails();
        if (details is null)
        {
            return Page();
        }
        if (Person.Version != Version)
        {
            return Stale();
        }
        try
        {
            await records.UpdateAsync(Person, details, Input.Reason, ct);
        }
        catch (BusinessRuleViolation violation)
        {
            return Refused(violation);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Stale();
        }
        TempData["Notice"] = "Details saved";
        return Redirect($"/People/{id}");
    }

    private IActionResult Stale()
    {
        ModelState.AddModelError("", "Someone else changed this person's details while you were editing. Your changes have not been saved: reopen the page to see their changes, then make yours again.");
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }
}
