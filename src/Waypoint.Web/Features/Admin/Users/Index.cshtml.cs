using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Waypoint.Web.Data;
using Waypoint.Web.Features.Shared;

namespace Waypoint.Web.Features.Admin.Users;

public sealed record AccountRow(string Id, string DisplayName, string UserName, IReadOnlyList<string> Roles, string? Team, string Status);

/// <summary>REC-01: administrators see every account with its roles and whether it can sign in.</summary>
public sealed class IndexModel(WaypointDbContext db, TimeProvider clock) : PageModel
{
    public IReadOnlyList<AccountRow> Users { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var users = await db.Users.AsNoTracking().OrderBy(u => u.DisplayName).ToListAsync(ct);
        var teams = await db.Teams.AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.Name, ct);
        var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id select new { ur.UserId, r.Name }).ToListAsync(ct);
        Users = users.Select(u => new AccountRow(u.Id, u.DisplayName, u.UserName ?? "",
            roles.Where(r => r.UserId == u.Id).Select(r => r.Name!).ToList(),
            u.TeamId is { } team ? teams.GetValueOrDefault(team) : null,
            u.LockoutEnd > now ? "Locked" : u.AccessExpiresAt <= now ? "Access expired" : u.AccessExpiresAt is { } e ? $"Active until {Display.Date(DateOnly.FromDateTime(e.UtcDateTime))}" : "Active"))
            .ToList();
    }
}
