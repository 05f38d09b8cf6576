using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Waypoint.Core.Common;
using Waypoint.Web.Auth;
using Waypoint.Web.Features.Shared;

namespace Waypoint.Web.Features.Staff;

/// <summary>STF-01: record a period of leave, so workload pages and allocation show the officer is away.</summary>
[Authorize(Policy = Policies.KeepStaff)]
public sealed class AddLeaveModel(StaffDirectory directory) : WaypointPage
{
    public string Name { get; private set; } = "";

    [BindProperty]
    public DateParts From { get; set; } = new();

    [BindProperty]
    public DateParts To { get; set; } = new();

    [BindProperty]
    public string? Kind { get; set; }

    public async Task<IActionResult> OnGetAsync(string userId, CancellationToken ct)
    {
        var profile = await directory.FindAsync(userId, ct);
        if (profile is null)
        {
            return NotFound();
        }
        Name = profile.Staff.Name;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string userId, CancellationToken ct)
    {
        var profile = await directory.FindAsync(userId, ct);
        var member = await directory.ForChangeAsync(userId, ct);
        if (profile is null || member is null)
        {
            return NotFound();
        }
        Name = profile.Staff.Name;
        ModelState.Clear();
        var input = new LeaveInput { From = From.Read("The first day of leave", out var fromError), To = To.Read("The last day of leave", out var toError), Kind = Kind };
        AddErrors(input.Validate().Replace("from", fromError).Replace("to", toError), "");
        if (!ModelState.IsValid)
        {
            return Page();
        }
        try
        {
            await directory.AddLeaveAsync(member, input.From!.Value, input.To!.Value, Kind!, ct);
        }
        catch (BusinessRuleViolation violation)
        {
            AddError(violation, "");
            return Page();
        }
        TempData["Notice"] = "Leave recorded";
        return Redirect($"/Staff/{userId}");
    }
}
