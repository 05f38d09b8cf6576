using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Waypoint.Core.Common;
using Waypoint.Web.Auth;
using Waypoint.Web.Features.Shared;

namespace Waypoint.Web.Features.Staff;

/// <summary>STF-01, STF-04: change a member of staff's skills, interests, languages and capacity.</summary>
[Authorize(Policy = Policies.KeepStaff)]
public sealed class EditModel(StaffDirectory directory) : WaypointPage
{
    public string Name { get; private set; } = "";

    [BindProperty]
    public string? Skills { get; set; }

    [BindProperty]
    public string? Interests { get; set; }

    [BindProperty]
    public string? Languages { get; set; }

    [BindProperty]
    public string? CapacityPoints { get; set; }

    [BindProperty]
    public int Version { get; set; }

    public async Task<IActionResult> OnGetAsync(string userId, CancellationToken ct)
    {
        var profile = await directory.FindAsync(userId, ct);
        if (profile is null)
        {
            return NotFound();
        }
        Name = profile.Staff.Name;
        Skills = string.Join('\n', profile.Staff.Skills);
        Interests = string.Join('\n', profile.Staff.Interests);
        Languages = string.Join('\n', profile.Staff.Languages);
        CapacityPoints = profile.Staff.Capacity?.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Version = profile.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string userId, CancellationToken ct)
    {
        var member = await directory.ForChangeAsync(userId, ct);
        var profile = await directory.FindAsync(userId, ct);
        if (member is null || profile is null)
        {
            return NotFound();
        }
        Name = profile.Staff.Name;
        ModelState.Clear();
        int? capacity = null;
        if (!string.IsNullOrWhiteSpace(CapacityPoints))
        {
            if (int.TryParse(CapacityPoints.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var points))
            {
                capacity = points;
            }
            else
            {
                ModelState.AddModelError(nameof(CapacityPoints), "Capacity must be a whole number of points, such as 40");
            }
        }
        var input = new StaffProfileInput { Skills = Lines(Skills), Interests = Lines(Interests), Languages = Lines(Languages), CapacityPoints = capacity };
        AddErrors(input.Validate(), "");
        if (member.Version != Version)
        {
            ModelState.AddModelError("", "Someone else changed this profile while you were editing it. Nothing was saved: check their change and try again.");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        try
        {
            await directory.DescribeAsync(member, input.Skills!, input.Interests!, input.Languages!, capacity, ct);
        }
        catch (BusinessRuleViolation violation)
        {
            AddError(violation, "");
            return Page();
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", "Someone else changed this profile at the same moment. Nothing was saved: try again.");
            return Page();
        }
        TempData["Notice"] = "Profile updated";
        return Redirect($"/Staff/{userId}");
    }

    private static List<string> Lines(string? text) => (text ?? "").Split('\n', ',').ToList();
}
