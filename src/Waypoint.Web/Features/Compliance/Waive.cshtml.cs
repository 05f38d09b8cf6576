using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Waypoint.Core.Compliance;
using Waypoint.Core.People;
using Waypoint.Web.Auth;
using Waypoint.Web.Features.People;
using Waypoint.Web.Features.Shared;

namespace Waypoint.Web.Features.Compliance;

/// <summary>CMP-02: a team leader waives one open obligation, saying why.</summary>
[Authorize(Policy = Policies.WaiveObligations)]
public sealed class WaiveModel(PersonRecords people, Waivers waivers) : WaypointPage
{
    public Person? Person { get; private set; }

    public Obligation? Obligation { get; private set; }

    /// <summary>Why it cannot be waived, shown instead of the form.</summary>
    public string? Refused { get; private set; }

    [BindProperty(SupportsGet = true)]
    public string Key { get; set; } = "";

    [BindProperty]
    public string? Reason { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        Person = await people.ViewAsync(id, "waive obligation form", ct);
        if (Person is null || await Load(id, ct) is { Status: StatusCodes.Status404NotFound })
        {
            return NotFound();
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        Person = await people.FindAsync(id, ct);
        if (Person is null || await Load(id, ct) is { Status: StatusCodes.Status404NotFound })
        {
            return NotFound();
        }
        ModelState.Clear();
        AddErrors(Waivers.Validate(Reason), "");
        if (!ModelState.IsValid || Refused is not null)
        {
            return Page();
        }
        if (await waivers.WaiveAsync(Obligation, Reason!, User, ct) is { } refusal)
        {
            Refused = refusal.Detail;
            return Page();
        }
        TempData["Notice"] = $"{WorkQueue.Describe(Obligation!.Kind)} waived";
        return Redirect($"/People/{id}/Obligations");
    }

    private async Task<WaiverRefusal?> Load(Guid id, CancellationToken ct)
    {
        Obligation = await waivers.FindAsync(id, Key, ct);
        var refusal = waivers.Refusal(Obligation, User);
        Refused = refusal?.Detail;
        return refusal;
    }
}
