using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Waypoint.Core.CaseNotes;
using Waypoint.Core.Common;
using Waypoint.Core.People;
using Waypoint.Web.Auth;
using Waypoint.Web.Features.People;
using Waypoint.Web.Features.Shared;

namespace Waypoint.Web.Features.CaseNotes;

/// <summary>CON-05: correct or add to a case note by an addendum; the note itself never changes.</summary>
[Authorize(Policy = Policies.WriteNotes)]
public sealed class AddendumModel(PersonRecords people, CaseNotes notes) : WaypointPage
{
    public Person? Person { get; private set; }

    public CaseNote? Note { get; private set; }

    [BindProperty]
    public CaseNoteAddendumInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, Guid noteId, CancellationToken ct)
    {
        Person = await people.ViewAsync(id, "case note addendum form", ct);
        Note = Person is null ? null : await notes.FindAsync(id, noteId, User, ct);
        return Note is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid noteId, CancellationToken ct)
    {
        Person = await people.FindAsync(id, ct);
        Note = Person is null ? null : await notes.FindAsync(id, noteId, User, ct);
        if (Note is null)
        {
            return NotFound();
        }
        ModelState.Clear();
        AddErrors(Input.Validate());
        if (!ModelState.IsValid)
        {
            return Page();
        }
        try
        {
            await notes.AddAddendumAsync(id, noteId, Input.Text!, User, ct);
            TempData["Notice"] = "Addendum saved";
            return Redirect($"/People/{id}/Notes#note-{noteId}");
        }
        catch (BusinessRuleViolation violation)
        {
            AddError(violation);
            return Page();
        }
    }
}
