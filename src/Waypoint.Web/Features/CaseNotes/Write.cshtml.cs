using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Waypoint.Core.CaseNotes;
using Waypoint.Core.Common;
using Waypoint.Core.People;
using Waypoint.Web.Auth;
using Waypoint.Web.Features.People;
using Waypoint.Web.Features.Shared;

namespace Waypoint.Web.Features.CaseNotes;

/// <summary>CON-05: write a case note about a person; it cannot be changed once saved.</summary>
[Authorize(Policy = Policies.WriteNotes)]
public sealed class WriteModel(PersonRecords people, CaseNotes notes) : WaypointPage
{
    public Person? Person { get; private set; }

    [BindProperty]
    public CaseNoteInput Input { get; set; } = new();

    [BindProperty]
    public DateParts OccurredOn { get; set; } = new();

    protected override IReadOnlyDictionary<string, string> FieldKeys { get; } = new Dictionary<string, string> { ["occurredOn"] = nameof(OccurredOn) };

    public static IEnumerable<(string Code, string Label)> Categories => CaseNoteCategories.Names.Select(c => (c.Key.ToString(), c.Value));

    public static IEnumerable<(string Code, string Label)> Sensitivities =>
    [
        (nameof(CaseNoteSensitivity.Standard), "Anyone who can see this person's record"),
        (nameof(CaseNoteSensitivity.Confidential), "Confidential: only you, team leaders, unit managers, managers, records officers and auditors"),
    ];

    public async Task<IActionResult> OnGetAsync(Guid id, string? category, CancellationToken ct)
    {
        Person = await people.ViewAsync(id, "case note form", ct);
        OccurredOn = DateParts.From(notes.Today);
        Input.Category = category;
        return Person is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        Person = await people.FindAsync(id, ct);
        if (Person is null)
        {
            return NotFound();
        }
        ModelState.Clear();
        Input.OccurredOn = OccurredOn.Read("The date the note is about", out var dateError);
        AddErrors(Input.Validate(notes.Today, out var category, out var sensitivity).Replace("occurredOn", dateError));
        if (OccurredOn.IsEmpty)
        {
            ModelState.AddModelError(nameof(OccurredOn), "Enter the date the note is about");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        try
        {
            await notes.WriteAsync(id, category!.Value, sensitivity ?? CaseNoteSensitivity.Standard, Input.OccurredOn!.Value, Input.Text!, User, ct);
            TempData["Notice"] = "Case note saved";
            return Redirect($"/People/{id}/Notes");
        }
        catch (BusinessRuleViolation violation)
        {
            AddError(violation);
            return Page();
        }
    }
}
