using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Waypoint.Core.Common;
using Waypoint.Core.Contacts;
using Waypoint.Core.People;
using Waypoint.Core.Security;
using Waypoint.Web.Auth;
using Waypoint.Web.Features.People;
using Waypoint.Web.Features.Shared;

namespace Waypoint.Web.Features.Contacts;

/// <summary>
/// CON-02, BYD-05: one appointment, and recording what happened on one short form that fits a phone: pick the outcome,
/// add what it needs (the time they came, the evidence, the new day), save.
/// </summary>
[Authorize(Policy = Policies.ReadPeople)]
public sealed class ContactModel(PersonRecords people, Contacts contacts) : WaypointPage
{
    public Person? Person { get; private set; }

    public Contact? Contact { get; private set; }

    [BindProperty]
    public OutcomeInput Input { get; set; } = new();

    [BindProperty]
    public DateParts RescheduleOn { get; set; } = new();

    [BindProperty]
    public int Version { get; set; }

    protected override IReadOnlyDictionary<string, string> FieldKeys { get; } = new Dictionary<string, string> { ["rescheduleOn"] = nameof(RescheduleOn) };

    public bool CanRecord => Contact is { IsOpen: true } && Roles.ContactKeepers.Any(User.IsInRole);

    public static IEnumerable<(ContactOutcome Code, string Label, string? Hint)> Outcomes =>
    [
        (ContactOutcome.Attended, "Attended", null),
        (ContactOutcome.FailedToAttend, "Failed to attend", "Records an apparent non-compliance, to verify with the person"),
        (ContactOutcome.AcceptableAbsence, "Acceptable absence", "The reason is already shown to be acceptable"),
        (ContactOutcome.Rescheduled, "Rescheduled", "Moved to another day or time before it happened"),
        (ContactOutcome.CancelledByService, "Cancelled by the service", null),
    ];

    public async Task<IActionResult> OnGetAsync(Guid id, Guid contactId, CancellationToken ct)
    {
        Person = await people.ViewAsync(id, "contact page", ct);
        Contact = Person is null ? null : await contacts.FindAsync(id, contactId, ct);
        if (Contact is null)
        {
            return NotFound();
        }
        Version = Contact.Version;
        RescheduleOn = DateParts.From(null);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid contactId, CancellationToken ct)
    {
        Person = await people.FindAsync(id, ct);
        Contact = Person is null ? null : await contacts.FindAsync(id, contactId, ct);
        if (Contact is null)
        {
            return NotFound();
        }
        if (!Roles.ContactKeepers.Any(User.IsInRole))
        {
            return Forbid();
        }
        ModelState.Clear();
        Input.RescheduleOn = RescheduleOn.Read("The new day", out var dateError);
        var v = Input.Validate(out var outcome, out var actualAt, out var rescheduleAt);
        AddErrors(dateError is null ? v : v.Replace("rescheduleOn", dateError));
        if (Version != Contact.Version)
        {
            ModelState.AddModelError("", "Someone recorded this contact's outcome after you opened it. Check it below.");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        try
        {
            if (outcome == ContactOutcome.Rescheduled)
            {
                var moved = await contacts.RescheduleAsync(Contact, Input.RescheduleOn!.Value, rescheduleAt!.Value, Input.Notes, User, ct);
                TempData["Notice"] = $"Rescheduled to {Display.Date(moved.On)} at {Display.Time(moved.At)}";
                return Redirect($"/People/{id}/Contacts/{moved.Id}");
            }
            var apparent = await contacts.RecordOutcomeAsync(Contact, outcome!.Value, actualAt, Input.Notes, Input.Evidence, User, ct);
            TempData["Notice"] = apparent is null
                ? $"Outcome saved: {ContactNames.Outcomes[outcome.Value].ToLowerInvariant()}"
                : "Outcome saved: failed to attend. An apparent non-compliance is recorded for you to verify.";
            return Redirect(apparent is null ? $"/People/{id}/Contacts/{contactId}" : $"/People/{id}/Enforcement/{apparent.Id}");
        }
        catch (BusinessRuleViolation violation)
        {
            AddError(violation);
            return Page();
        }
    }
}
