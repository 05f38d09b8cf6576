using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Waypoint.Core.Common;
using Waypoint.Web.Api;
using Waypoint.Web.Auth;
using Waypoint.Web.Features.Shared;

namespace Waypoint.Web.Features.Staff;

/// <summary>REC-01: revoke a delegation from today, with the reason; the entry stays in the register.</summary>
[Authorize(Policy = Policies.Delegate)]
public sealed class RevokeDelegationModel(DelegationRegister register) : WaypointPage
{
    public DelegationResponse? Entry { get; private set; }

    [BindProperty]
    public string? Reason { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid delegationId, CancellationToken ct)
    {
        Entry = await register.FindAsync(delegationId, ct);
        return Entry is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid delegationId, CancellationToken ct)
    {
        Entry = await register.FindAsync(delegationId, ct);
        var entry = await register.ForChangeAsync(delegationId, ct);
        if (Entry is null || entry is null)
        {
            return NotFound();
        }
        ModelState.Clear();
        AddErrors(new Validation().Required("reason", Reason, "the reason for revoking the delegation", TextLimits.Long), "");
        if (!ModelState.IsValid)
        {
            return Page();
        }
        try
        {
            await register.RevokeAsync(entry, WaypointClaims.DisplayNameOf(User), Reason!, ct);
        }
        catch (BusinessRuleViolation violation)
        {
            AddError(violation, "");
            return Page();
        }
        TempData["Notice"] = $"{Entry.DelegateName}'s delegation revoked";
        return Redirect("/Staff/Delegations");
    }
}
