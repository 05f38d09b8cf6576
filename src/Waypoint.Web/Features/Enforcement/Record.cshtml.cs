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

/// <summary>ENF-01 (EB1 P14-P15): record an apparent non-compliance with who reported it and what it concerns.</summary>
[Authorize(Policy = Policies.Enforce)]
public sealed class RecordModel(PersonRecords people, Contacts.Contacts contacts, NonCompliances records) : WaypointPage
{
    public Person? Person { get; private set; }

    public IReadOnlyList<OrderChoice> Orders { get; private set; } = [];

    [BindProperty]
    public NonComplianceInput Input { get; set; } = new();

    [BindProperty]
    public DateParts OccurredOn { get; set; } = new();

    protected override IReadOnlyDictionary<string, string> FieldKeys { get; } = new Dictionary<string, string> { ["occurredOn"] = nameof(OccurredOn) };

    public static IEnumerable<(string Code, string Label)> Sources => NonComplianceNames.Sources.Select(s => (s.Key.ToString(), s.Value));

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        Person = await people.ViewAsync(id, "non-compliance form", ct);
        if (Person is null)
        {
            return NotFound();
        }
        Orders = await contacts.OrdersAsync(id, ct);
        OccurredOn = DateParts.From(records.Today);
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
        ModelState.Clear();
        Input.OccurredOn = OccurredOn.Read("The day it happened", out var dateError);
        AddErrors(OrderChoice.Check(Input.Validate(out var source).Replace("occurredOn", dateError), Orders, Input.OrderId));
        if (!ModelState.IsValid)
        {
            return Page();
        }
        try
        {
            Input.PersonId = id;
            Input.OrderId ??= Orders.Count == 1 ? Orders[0].Id : null;
            var record = await records.RecordAsync(Input, source!.Value, User, ct);
            TempData["Notice"] = "Apparent non-compliance recorded: verify it with the person and whoever reported it";
            return Redirect($"/People/{id}/Enforcement/{record.Id}");
        }
        catch (BusinessRuleViolation violation)
        {
            AddError(violation);
            return Page();
        }
    }
}
