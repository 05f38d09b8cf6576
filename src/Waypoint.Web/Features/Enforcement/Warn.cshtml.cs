using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Waypoint.Core.Common;
using Waypoint.Core.Enforcement;
using Waypoint.Core.People;
using Waypoint.Web.Auth;
using Waypoint.Web.Features.Contacts;
using Waypoint.Web.Features.People;
using Waypoint.Web.Features.Shared;

namespace Waypoint.Web.Features.Enforcement;

/// <summary>
/// ENF-03 (EB1 P18): give a formal warning, for a non-compliance or where there is a risk of one. The reason and the
/// consequences start from what is recorded (BYD-01); the letter is written and filed when it is saved.
/// </summary>
[Authorize(Policy = Policies.Enforce)]
public sealed class WarnModel(PersonRecords people, Contacts.Contacts contacts, NonCompliances records, Warnings warnings) : WaypointPage
{
    public Person? Person { get; private set; }

    public IReadOnlyList<OrderChoice> Orders { get; private set; } = [];

    public NonCompliance? Answering { get; private set; }

    [BindProperty(SupportsGet = true)]
    public Guid? NonComplianceId { get; set; }

    [BindProperty]
    public WarningInput Input { get; set; } = new();

    [BindProperty]
    public DateParts GivenOn { get; set; } = new();

    protected override IReadOnlyDictionary<string, string> FieldKeys { get; } = new Dictionary<string, string> { ["givenOn"] = nameof(GivenOn), ["nonComplianceId"] = "" };

    public static IEnumerable<(string Code, string Label)> Methods => WarningNames.Methods.Select(m => (m.Key.ToString(), m.Value));

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, "warning form", ct))
        {
            return NotFound();
        }
        var draft = await warnings.DraftAsync(id, Answering, ct);
        (Input.OrderId, Input.Reason, Input.Consequences) = (draft.OrderId, draft.Reason, draft.Consequences);
        GivenOn = DateParts.From(warnings.Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, null, ct))
        {
            return NotFound();
        }
        ModelState.Clear();
        Input.GivenOn = GivenOn.Read("The day the warning was given", out var dateError);
        Input.OrderId ??= Orders.Count == 1 ? Orders[0].Id : null;
        AddErrors(Input.Validate(out var method).Replace("givenOn", dateError));
        if (!ModelState.IsValid)
        {
            return Page();
        }
        try
        {
            Input.PersonId = id;
            await warnings.GiveAsync(Input, method!.Value, Answering, User, ct);
            TempData["Notice"] = "Formal warning recorded, and the warning letter filed in Documents";
            return Redirect($"/People/{id}/Enforcement");
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
        Orders = await contacts.OrdersAsync(id, ct);
        Answering = NonComplianceId is { } ncId ? await records.FindAsync(id, ncId, ct) : null;
        Input.NonComplianceId = Answering?.Id;
        return NonComplianceId is null || Answering is not null;
    }
}
