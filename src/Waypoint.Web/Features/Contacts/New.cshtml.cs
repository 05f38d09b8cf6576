using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Waypoint.Core.Common;
using Waypoint.Core.Contacts;
using Waypoint.Core.People;
using Waypoint.Web.Auth;
using Waypoint.Web.Features.People;
using Waypoint.Web.Features.Shared;

namespace Waypoint.Web.Features.Contacts;

/// <summary>CON-02: book an appointment in the officer's diary, or record a contact that has happened (as attended).</summary>
[Authorize(Policy = Policies.KeepContacts)]
public sealed class NewModel(PersonRecords people, Contacts contacts, Notifications.Notifications notifications) : WaypointPage
{
    public Person? Person { get; private set; }

    public IReadOnlyList<OrderChoice> Orders { get; private set; } = [];

    /// <summary>Whose diary it can go in: only the officer's own, unless they lead a team.</summary>
    public IReadOnlyList<DiaryOwner> Diaries { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public bool Happened { get; set; }

    [BindProperty]
    public ContactInput Input { get; set; } = new();

    [BindProperty]
    public DateParts On { get; set; } = new();

    protected override IReadOnlyDictionary<string, string> FieldKeys { get; } = new Dictionary<string, string> { ["on"] = nameof(On) };

    public static IEnumerable<(string Code, string Label)> Kinds => ContactNames.Kinds.Select(k => (k.Key.ToString(), k.Value));

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        Person = await people.ViewAsync(id, "contact form", ct);
        if (Person is null)
        {
            return NotFound();
        }
        Orders = await contacts.OrdersAsync(id, ct);
        Diaries = await contacts.DiariesAsync(User, ct);
        if (Diaries.Count > 1)
        {
            // A team leader books for the person's officer when that officer is in their team.
            var officers = await notifications.OfficersAsync(id, ct);
            Input.OfficerUserId = Diaries.FirstOrDefault(d => officers.Contains(d.UserId))?.UserId;
        }
        On = DateParts.From(contacts.Today);
        Input.Minutes = Happened ? 15 : 45;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        Person = await people.FindAsync(id, ct);
        if (Person is null)
        {
            return NotFound();
        }
        Orders = await contacts.OrdersAsync(id, ct);
        Diaries = await contacts.DiariesAsync(User, ct);
        ModelState.Clear();
        Input.On = On.Read("The day", out var dateError);
        Input.Outcome = Happened ? nameof(ContactOutcome.Attended) : null;
        AddErrors(Input.Validate(id, Orders, out var details).Replace("on", dateError));
        if (!ModelState.IsValid)
        {
            return Page();
        }
        try
        {
            var contact = Happened ? await contacts.RecordAsync(details!, Input.Notes, Input.OfficerUserId, User, ct) : await contacts.BookAsync(details!, Input.OfficerUserId, User, ct);
            TempData["Notice"] = Happened
                ? $"{ContactNames.Kinds[contact.Kind]} on {Display.Date(contact.On)} recorded"
                : $"{ContactNames.Kinds[contact.Kind]} booked for {Display.Date(contact.On)} at {Display.Time(contact.At)}{(contact.OfficerUserId == Diaries[0].UserId ? "" : $" in {contact.OfficerName}'s diary")}";
            return Redirect($"/People/{id}/Contacts");
        }
        catch (BusinessRuleViolation violation)
        {
            AddError(violation);
            return Page();
        }
    }
}
