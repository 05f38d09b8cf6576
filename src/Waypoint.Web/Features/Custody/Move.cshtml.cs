using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Waypoint.Core.Common;
using Waypoint.Core.People;
using Waypoint.Core.Staff;
using Waypoint.Web.Auth;
using Waypoint.Web.Data;
using Waypoint.Web.Features.People;
using Waypoint.Web.Features.Shared;

namespace Waypoint.Web.Features.Custody;

/// <summary>PPL-05: record a reception, a unit move, a transfer (with its reason) or a temporary move.</summary>
[Authorize(Policy = Policies.KeepCustody)]
public sealed class MoveModel(PersonRecords people, WaypointDbContext db, CustodyRecords custody) : WaypointPage
{
    public Person? Person { get; private set; }

    public IReadOnlyList<(Guid Id, string Name)> Prisons { get; private set; } = [];

    [BindProperty]
    public Guid? SiteId { get; set; }

    [BindProperty]
    public string? Unit { get; set; }

    [BindProperty]
    public DateParts From { get; set; } = new();

    [BindProperty]
    public bool Permanent { get; set; } = true;

    [BindProperty]
    public string? Reason { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        Person = await people.ViewAsync(id, "custody form", ct);
        if (Person is null)
        {
            return NotFound();
        }
        await LoadPrisonsAsync(ct);
        From = DateParts.From(custody.Today);
        return Page();
    }

    /// <summary>BYD-09: what recording this move would do to the person's obligations, without saving it.</summary>
    public IReadOnlyList<Compliance.ObligationChange>? Preview { get; private set; }

    public async Task<IActionResult> OnPostPreviewAsync(Guid id, [FromServices] Compliance.ObligationPreview preview, CancellationToken ct)
    {
        if (await CheckAsync(id, ct) is not { } checkedMove)
        {
            return Person is null ? NotFound() : Page();
        }
        try
        {
            Preview = await preview.OfAsync(() => PlaceAsync(id, checkedMove, ct), ct);
        }
        catch (BusinessRuleViolation violation)
        {
            AddError(violation, "");
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (await CheckAsync(id, ct) is not { } checkedMove)
        {
            return Person is null ? NotFound() : Page();
        }
        try
        {
            await PlaceAsync(id, checkedMove, ct);
        }
        catch (BusinessRuleViolation violation)
        {
            AddError(violation, "");
            return Page();
        }
        TempData["Notice"] = $"Placement at {checkedMove.Prison.Name} recorded";
        return Redirect($"/People/{id}/Custody");
    }

    private async Task PlaceAsync(Guid id, ((Guid Id, string Name) Prison, DateOnly From) move, CancellationToken ct)
    {
        var record = await custody.ForPersonAsync(id, ct);
        await custody.PlaceAsync(record, move.Prison.Id, move.Prison.Name, Unit, move.From, Permanent, Reason, ct);
    }

    /// <summary>The prison and date of a valid form; null, with the errors on the page, otherwise.</summary>
    private async Task<((Guid Id, string Name) Prison, DateOnly From)?> CheckAsync(Guid id, CancellationToken ct)
    {
        Person = await people.FindAsync(id, ct);
        if (Person is null)
        {
            return null;
        }
        await LoadPrisonsAsync(ct);
        ModelState.Clear();
        var from = From.Read("Date of the move", out var dateError);
        if (dateError is not null || from is null)
        {
            ModelState.AddModelError(nameof(From), dateError ?? "Enter the date of the move");
        }
        var prison = Prisons.FirstOrDefault(p => p.Id == SiteId);
        if (prison == default)
        {
            ModelState.AddModelError(nameof(SiteId), "Choose the prison");
        }
        AddErrors(new Api.Validation().Optional("unit", Unit, "unit", TextLimits.Name).Optional("reason", Reason, "reason", TextLimits.Long), "");
        return ModelState.IsValid ? (prison, from!.Value) : null;
    }

    private async Task LoadPrisonsAsync(CancellationToken ct) =>
        Prisons = (await db.Sites.AsNoTracking().Where(s => s.Kind == SiteKind.Prison).OrderBy(s => s.Name).Select(s => new { s.Id, s.Name }).ToListAsync(ct))
            .Select(s => (s.Id, s.Name)).ToList();
}
