using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Waypoint.Core.Common;
using Waypoint.Core.People;
using Waypoint.Web.Audit;
using Waypoint.Web.Auth;
using Waypoint.Web.Features.People;
using Waypoint.Web.Features.Policy;
using Waypoint.Web.Features.Shared;

namespace Waypoint.Web.Features.Custody;

/// <summary>PPL-05: record a security classification decision; the levels come from the prison policy packs.</summary>
[Authorize(Policy = Policies.KeepCustody)]
public sealed class ClassifyModel(PersonRecords people, CustodyRecords custody, PolicyPacks packs) : WaypointPage
{
    public Person? Person { get; private set; }

    public IEnumerable<(string Code, string Label)> Levels =>
        packs.All.SelectMany(p => p.SecurityClassifications).DistinctBy(c => c.Code).Select(c => (c.Code, c.Name));

    [BindProperty]
    public string? Level { get; set; }

    [BindProperty]
    public DateParts From { get; set; } = new();

    [BindProperty]
    public string? Reason { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        Person = await people.ViewAsync(id, "classification form", ct);
        From = DateParts.From(custody.Today);
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
        var from = From.Read("The date it applies from", out var dateError);
        if (dateError is not null || from is null)
        {
            ModelState.AddModelError(nameof(From), dateError ?? "Enter the date it applies from");
        }
        if (Level is null || Levels.All(l => l.Code != Level))
        {
            ModelState.AddModelError(nameof(Level), "Choose a classification");
        }
        AddErrors(new Api.Validation().Required("reason", Reason, "the reason for the classification", TextLimits.Long), "");
        if (!ModelState.IsValid)
        {
            return Page();
        }
        try
        {
            await custody.ClassifyAsync(await custody.ForPersonAsync(id, ct), Level!, from!.Value, Reason!, Actor.From(User).UserName, ct);
        }
        catch (BusinessRuleViolation violation)
        {
            AddError(violation, "");
            return Page();
        }
        TempData["Notice"] = $"Classification {Level} recorded";
        return Redirect($"/People/{id}/Custody");
    }
}
