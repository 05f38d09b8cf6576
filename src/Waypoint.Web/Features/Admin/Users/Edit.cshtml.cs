using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Waypoint.Web.Audit;
using Waypoint.Web.Data;
using Waypoint.Web.Features.Shared;

namespace Waypoint.Web.Features.Admin.Users;

/// <summary>REC-01: an administrator changes an account's roles and access end, or locks and unlocks it.</summary>
public sealed class EditModel(UserManager<WaypointUser> users, WaypointDbContext db, AuditTrail audit, TimeProvider clock) : WaypointPage
{
    [BindProperty]
    public AccountInput Input { get; set; } = new();

    public string UserName { get; private set; } = "";

    public bool Locked { get; private set; }

    public override void OnPageHandlerExecuting(Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutingContext context) =>
        ViewData["Teams"] = db.Teams.AsNoTracking()
            .Join(db.Sites, t => t.SiteId, s => s.Id, (t, s) => new { t.Id, Label = s.Name + " – " + t.Name })
            .OrderBy(t => t.Label).AsEnumerable().Select(t => (t.Id, t.Label)).ToList();

    protected override IReadOnlyDictionary<string, string> FieldKeys { get; } = new Dictionary<string, string> { ["accessEnds"] = "AccessEnds" };

    public async Task<IActionResult> OnGetAsync(string id)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }
        Show(user);
        Input.DisplayName = user.DisplayName;
        Input.Roles = [.. await users.GetRolesAsync(user)];
        Input.AccessEnds = DateParts.From(user.AccessExpiresAt is { } e ? DateOnly.FromDateTime(e.UtcDateTime) : null);
        Input.Team = user.TeamId?.ToString();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }
        Show(user);
        ModelState.Clear();
        var (ends, v) = Input.Validate(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        var team = Input.ReadTeam(((IEnumerable<(Guid Id, string Label)>)ViewData["Teams"]!).Select(t => t.Id), v);
        AddErrors(v);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var current = await users.GetRolesAsync(user);
        await users.RemoveFromRolesAsync(user, current.Except(Input.Roles));
        await users.AddToRolesAsync(user, Input.Roles.Except(current));
        user.DisplayName = Input.DisplayName!.Trim();
        user.AccessExpiresAt = ends is { } e ? new DateTimeOffset(e.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null;
        user.TeamId = team;
        await users.UpdateAsync(user);
        // A new security stamp signs the user out elsewhere, so removed roles stop working at once.
        await users.UpdateSecurityStampAsync(user);
        audit.Record("account.updated", "Account", user.Id, null, details: new { removed = current.Except(Input.Roles), added = Input.Roles.Except(current), accessEnds = ends, team });
        await db.SaveChangesAsync();
        TempData["Notice"] = $"Account {user.UserName} updated";
        return RedirectToPage("Index");
    }

    public async Task<IActionResult> OnPostLockAsync(string id) => await SetLockAsync(id, DateTimeOffset.MaxValue, "account.locked");

    public async Task<IActionResult> OnPostUnlockAsync(string id) => await SetLockAsync(id, null, "account.unlocked");

    private async Task<IActionResult> SetLockAsync(string id, DateTimeOffset? until, string action)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }
        await users.SetLockoutEnabledAsync(user, true);
        await users.SetLockoutEndDateAsync(user, until);
        await users.ResetAccessFailedCountAsync(user);
        await users.UpdateSecurityStampAsync(user);
        audit.Record(action, "Account", user.Id, null);
        await db.SaveChangesAsync();
        TempData["Notice"] = $"Account {user.UserName} {(until is null ? "unlocked" : "locked")}";
        return RedirectToPage("Index");
    }

    private void Show(WaypointUser user)
    {
        UserName = user.UserName ?? "";
        Locked = user.LockoutEnd > clock.GetUtcNow();
    }
}
