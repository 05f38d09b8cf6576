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

/// <summary>CON-01: the person's induction sessions, and recording one: what was explained and whether they understood.</summary>
[Authorize(Policy = Policies.ReadPeople)]
public sealed class InductionModel(PersonRecords people, Contacts contacts, Inductions inductions) : WaypointPage
{
    public Person? Person { get; private set; }

    public IReadOnlyList<Induction> Sessions { get; private set; } = [];

    public IReadOnlyList<OrderChoice> Orders { get; private set; } = [];

    [BindProperty]
    public InductionInput Input { get; set; } = new();

    [BindProperty]
    public DateParts HeldOn { get; set; } = new();

    [BindProperty]
    public string? Understood { get; set; }

    protected override IReadOnlyDictionary<string, string> FieldKeys { get; } = new Dictionary<string, string>
    {
        ["heldOn"] = nameof(HeldOn), ["understandingConfirmed"] = nameof(Understood),
    };

    public bool CanRecord => Roles.ContactKeepers.Any(User.IsInRole);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, "induction page", ct))
        {
            return NotFound();
        }
        HeldOn = DateParts.From(inductions.Today);
        // The next session usually covers what the last ones did not.
        Input.Explained = [.. Induction.NotYetExplained(Sessions).Select(t => t.ToString())];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (!CanRecord)
        {
            return Forbid();
        }
        if (!await LoadAsync(id, null, ct))
        {
            return NotFound();
        }
        ModelState.Clear();
        Input.HeldOn = HeldOn.Read("The day of the session", out var dateError);
        Input.UnderstandingConfirmed = Understood switch { "yes" => true, "no" => false, _ => null };
        AddErrors(OrderChoice.Check(Input.Validate(out var topics).Replace("heldOn", dateError), Orders, Input.OrderId));
        if (!ModelState.IsValid)
        {
            return Page();
        }
        try
        {
            Input.PersonId = id;
            Input.OrderId ??= Orders.Count == 1 ? Orders[0].Id : null;
            await inductions.RecordAsync(Input, topics, User, ct);
            TempData["Notice"] = "Induction session recorded";
            return Redirect($"/People/{id}/Induction");
        }
        catch (BusinessRuleViolation violation)
        {
            AddError(violation);
            return Page();
        }
    }

    private async Task<bool> LoadAsync(Guid id, string? viewedVia, CancellationToken ct)
    {
        Person = viewedVia is null ? await people.FindAsync(id, ct) : await people.ViewAsync(id, viewedVia, ct);
        if (Person is null)
        {
            return false;
        }
        Sessions = await inductions.ForPersonAsync(id, ct);
        Orders = await contacts.OrdersAsync(id, ct);
        return true;
    }
}
