using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Waypoint.Core.Common;
using Waypoint.Web.Audit;
using Waypoint.Web.Data;
using Waypoint.Web.Features.Shared;

namespace Waypoint.Web.Features.Admin.Users;

/// <summary>REC-01: an administrator creates a staff account with its roles.</summary>
public sealed class CreateModel(UserManager<WaypointUser> users, WaypointDbContext db, AuditTrail audit, TimeProvider clock) : WaypointPage
{
    [BindProperty]
    public AccountInput Input { get; set; } = new();

    public override void OnPageHandlerExecuting(Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutingContext context) =>
        ViewData["Teams"] = db.Teams.AsNoTracking()
            .Join(db.Sites, t => t.SiteId, s => s.Id, (t, s) => new { t.Id, Label = s.Name + " – " + t.Name })
            .OrderBy(t => t.Label).AsEnumerable().Select(t => (t.Id, t.Label)).ToList();

    protected override IReadOnlyDictionary<string, string> FieldKeys { get; } = new Dictionary<string, string> { ["accessEnds"] = "AccessEnds" };

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        ModelState.Clear();
        var (ends, v) = Input.Validate(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        var team = Input.ReadTeam(((IEnumerable<(Guid Id, string Label)>)ViewData["Teams"]!).Select(t => t.Id), v);
        v.Required("userName", Input.UserName, "a user name", TextLimits.Name);
        if (string.IsNullOrEmpty(Input.Password))
        {
            v.Add("password", "Enter an initial password");
        }
        AddErrors(v);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var user = new WaypointUser
        {
            UserName = Input.UserName!.Trim(),
            DisplayName = Input.DisplayName!.Trim(),
            CreatedAt = clock.GetUtcNow(),
            AccessExpiresAt = ends is { } e ? new DateTimeOffset(e.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null,
            TeamId = team,
        };
        var result = await users.CreateAsync(user, Input.Password!);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(error.Code.Contains("Password", StringComparison.Ordinal) ? "Input.Password" : "Input.UserName", error.Description);
            }
            return Page();
        }
        await users.AddToRolesAsync(user, Input.Roles);
        audit.Record("account.created", "Account", user.Id, null, details: new { user.UserName, roles = Input.Roles, team });
        await db.SaveChangesAsync();
        TempData["Notice"] = $"Account {user.UserName} created";
        return RedirectToPage("Index");
    }
}
