using Microsoft.EntityFrameworkCore;
using Waypoint.Web.Data;

namespace Waypoint.Web.Features.Staff;

public sealed record TeamSummary(Guid Id, string Name, string? TeamLeader, int Members);

public sealed record SiteSummary(Guid Id, string Code, string Name, string Kind, string Jurisdiction, string TimeZone, string? PolicyPack, string CoordinatorRole, IReadOnlyList<TeamSummary> Teams);

/// <summary>STF-01: the jurisdiction's sites and their teams, with each team's leader and size. Reference data: a few dozen rows.</summary>
public sealed class SiteDirectory(WaypointDbContext db, Policy.PolicyPacks packs)
{
    public async Task<IReadOnlyList<SiteSummary>> ListAsync(CancellationToken ct)
    {
        var sites = await db.Sites.AsNoTracking().OrderBy(s => s.Name).ToListAsync(ct);
        var teams = await db.Teams.AsNoTracking()
            .Select(t => new
            {
                t.Id,
                t.Name,
                t.SiteId,
                Leader = db.Users.Where(u => u.Id == t.TeamLeaderUserId).Select(u => u.DisplayName).FirstOrDefault(),
                Members = db.Users.Count(u => u.TeamId == t.Id),
            })
            .OrderBy(t => t.Name)
            .ToListAsync(ct);
        return sites.Select(s => new SiteSummary(s.Id, s.Code, s.Name, s.Kind.ToString(), s.Jurisdiction, s.TimeZone,
            packs.ForSite(s) is { } pack ? $"{pack.Id} {pack.Version}" : null, s.CoordinatorRole,
            teams.Where(t => t.SiteId == s.Id).Select(t => new TeamSummary(t.Id, t.Name, t.Leader, t.Members)).ToList())).ToList();
    }
}
