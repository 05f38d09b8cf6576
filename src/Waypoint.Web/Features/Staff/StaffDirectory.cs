using Microsoft.EntityFrameworkCore;
using Waypoint.Core.Common;
using Waypoint.Core.Security;
using Waypoint.Core.Staff;
using Waypoint.Web.Audit;
using Waypoint.Web.Data;

namespace Waypoint.Web.Features.Staff;

public sealed record LeaveResponse(Guid Id, DateOnly From, DateOnly To, string Kind)
{
    public static LeaveResponse Of(LeavePeriod l) => new(l.Id, l.From, l.To, l.Kind);
}

/// <summary>One member of staff as the directory shows them (STF-01), with their workload against capacity (STF-04).</summary>
public sealed record StaffListing(
    string UserId, string Name, IReadOnlyList<string> Roles, Guid? TeamId, string? Team, Guid? SiteId, string? Site,
    IReadOnlyList<string> Skills, IReadOnlyList<string> Interests, IReadOnlyList<string> Languages,
    int Cases, int Points, int? Capacity, bool OverCapacity, LeaveResponse? OnLeave);

/// <summary>A member of staff's whole profile; before anything is recorded it reads as an empty version 1.</summary>
public sealed record StaffProfile(StaffListing Staff, string? TeamLeader, IReadOnlyList<LeaveResponse> Leave, int Version);

public sealed record TeamWorkload(Guid Id, string Name, Guid SiteId, string Site, string? TeamLeader, int Cases, int Points, int Capacity, IReadOnlyList<StaffListing> Members);

/// <summary>Filters for the staff directory; all optional.</summary>
public sealed record StaffFilter(Guid? SiteId, Guid? TeamId, string? Role, string? Language, string? Skill);

/// <summary>STF-01: who works where, what they bring and when they are away; and each team's workload (STF-04).</summary>
public sealed class StaffDirectory(WaypointDbContext db, Workloads workloads, AuditTrail audit)
{
    public const string StaffRecord = "StaffMember";

    public async Task<(IReadOnlyList<StaffListing> Page, int Total)> ListAsync(StaffFilter filter, int skip, int take, CancellationToken ct)
    {
        var users = db.Users.AsNoTracking().AsQueryable();
        if (filter.TeamId is { } team)
        {
            users = users.Where(u => u.TeamId == team);
        }
        if (filter.SiteId is { } site)
        {
            users = users.Where(u => db.Teams.Any(t => t.Id == u.TeamId && t.SiteId == site));
        }
        if (!string.IsNullOrWhiteSpace(filter.Role))
        {
            users = users.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == filter.Role)));
        }
        if (!string.IsNullOrWhiteSpace(filter.Language))
        {
            var language = filter.Language.Trim().ToLower();
            users = users.Where(u => db.StaffMembers.Any(s => s.UserId == u.Id && s.Languages.Any(l => l.ToLower() == language)));
        }
        if (!string.IsNullOrWhiteSpace(filter.Skill))
        {
            var skill = filter.Skill.Trim().ToLower();
            users = users.Where(u => db.StaffMembers.Any(s => s.UserId == u.Id && s.Skills.Any(l => l.ToLower().Contains(skill))));
        }
        var total = await users.CountAsync(ct);
        var ids = await users.OrderBy(u => u.DisplayName).ThenBy(u => u.Id).Skip(skip).Take(take).Select(u => u.Id).ToListAsync(ct);
        var listed = await ListingsAsync(ids, ct);
        return (ids.Select(id => listed[id]).ToList(), total);
    }

    public async Task<StaffProfile?> FindAsync(string userId, CancellationToken ct)
    {
        var listed = await ListingsAsync([userId], ct);
        if (!listed.TryGetValue(userId, out var staff))
        {
            return null;
        }
        var member = await db.StaffMembers.AsNoTracking().SingleOrDefaultAsync(s => s.UserId == userId, ct);
        var leader = staff.TeamId is { } team
            ? await db.Teams.Where(t => t.Id == team).Select(t => db.Users.Where(u => u.Id == t.TeamLeaderUserId).Select(u => u.DisplayName).FirstOrDefault()).FirstOrDefaultAsync(ct)
            : null;
        return new StaffProfile(staff, leader, (member?.Leave ?? []).OrderByDescending(l => l.From).Select(LeaveResponse.Of).ToList(), member?.Version ?? 1);
    }

    public async Task<TeamWorkload?> TeamAsync(Guid teamId, CancellationToken ct)
    {
        var team = await db.Teams.AsNoTracking().Where(t => t.Id == teamId)
            .Select(t => new
            {
                t.Id, t.Name, t.SiteId,
                Site = db.Sites.Where(s => s.Id == t.SiteId).Select(s => s.Name).First(),
                Leader = db.Users.Where(u => u.Id == t.TeamLeaderUserId).Select(u => u.DisplayName).FirstOrDefault(),
            })
            .SingleOrDefaultAsync(ct);
        if (team is null)
        {
            return null;
        }
        var (members, _) = await ListAsync(new StaffFilter(null, teamId, null, null, null), 0, int.MaxValue, ct);
        return new TeamWorkload(team.Id, team.Name, team.SiteId, team.Site, team.Leader, members.Sum(m => m.Cases), members.Sum(m => m.Points), members.Sum(m => m.Capacity ?? 0), members);
    }

    /// <summary>The profile to change, made on first use: every account may have one.</summary>
    public async Task<StaffMember?> ForChangeAsync(string userId, CancellationToken ct)
    {
        if (!await db.Users.AnyAsync(u => u.Id == userId, ct))
        {
            return null;
        }
        var member = await db.StaffMembers.SingleOrDefaultAsync(s => s.UserId == userId, ct);
        if (member is null)
        {
            member = StaffMember.For(userId);
            db.StaffMembers.Add(member);
        }
        return member;
    }

    public async Task DescribeAsync(StaffMember member, IEnumerable<string> skills, IEnumerable<string> interests, IEnumerable<string> languages, int? capacity, CancellationToken ct)
    {
        var changes = member.Describe(skills, interests, languages, capacity);
        if (changes.Count > 0)
        {
            audit.Record("staff.described", StaffRecord, member.UserId, null, changes);
            await db.SaveChangesAsync(ct);
        }
    }

    public async Task<LeavePeriod> AddLeaveAsync(StaffMember member, DateOnly from, DateOnly to, string kind, CancellationToken ct)
    {
        var period = member.AddLeave(from, to, kind.Trim());
        audit.Record("staff.leave-added", StaffRecord, member.UserId, null, details: new { from, to, kind = period.Kind });
        await db.SaveChangesAsync(ct);
        return period;
    }

    public async Task CancelLeaveAsync(StaffMember member, Guid leaveId, CancellationToken ct)
    {
        member.CancelLeave(leaveId);
        audit.Record("staff.leave-cancelled", StaffRecord, member.UserId, null, details: new { leave = leaveId });
        await db.SaveChangesAsync(ct);
    }

    private async Task<Dictionary<string, StaffListing>> ListingsAsync(IReadOnlyCollection<string> ids, CancellationToken ct)
    {
        var list = ids.ToList();
        var users = await db.Users.AsNoTracking().Where(u => list.Contains(u.Id))
            .Select(u => new
            {
                u.Id, u.DisplayName, u.TeamId,
                Team = db.Teams.Where(t => t.Id == u.TeamId).Select(t => new { t.Name, t.SiteId, Site = db.Sites.Where(s => s.Id == t.SiteId).Select(s => s.Name).First() }).FirstOrDefault(),
            })
            .ToListAsync(ct);
        var roles = (await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where list.Contains(ur.UserId) select new { ur.UserId, r.Name }).ToListAsync(ct))
            .ToLookup(r => r.UserId, r => Roles.Names.GetValueOrDefault(r.Name!, r.Name!));
        var members = await db.StaffMembers.AsNoTracking().Where(s => list.Contains(s.UserId)).ToDictionaryAsync(s => s.UserId, ct);
        var loads = await workloads.ForOfficersAsync(list, ct);
        var today = workloads.Today;
        return users.ToDictionary(u => u.Id, u =>
        {
            var member = members.GetValueOrDefault(u.Id);
            var load = loads[u.Id];
            return new StaffListing(u.Id, u.DisplayName, roles[u.Id].Order().ToList(), u.TeamId, u.Team?.Name, u.Team?.SiteId, u.Team?.Site,
                member?.Skills ?? [], member?.Interests ?? [], member?.Languages ?? [], load.Cases, load.Points, load.Capacity, load.OverCapacity,
                member?.LeaveOn(today) is { } away ? LeaveResponse.Of(away) : null);
        });
    }
}

/// <summary>A staff profile as sent (STF-01): lists of short entries and the capacity in points.</summary>
public sealed class StaffProfileInput
{
    public List<string>? Skills { get; set; }

    public List<string>? Interests { get; set; }

    public List<string>? Languages { get; set; }

    public int? CapacityPoints { get; set; }

    public Api.Validation Validate()
    {
        var v = new Api.Validation();
        foreach (var (field, entries) in new[] { ("skills", Skills), ("interests", Interests), ("languages", Languages) })
        {
            if (entries is { Count: > StaffMember.MaxListEntries })
            {
                v.Add(field, $"Give at most {StaffMember.MaxListEntries} entries");
            }
            foreach (var entry in entries ?? [])
            {
                v.Optional(field, entry ?? "", "each entry", TextLimits.Name);
            }
        }
        if (CapacityPoints is < 0 or > StaffMember.MaxCapacity)
        {
            v.Add("capacityPoints", $"Capacity must be between 0 and {StaffMember.MaxCapacity} points");
        }
        return v;
    }
}

public sealed class LeaveInput
{
    public DateOnly? From { get; set; }

    public DateOnly? To { get; set; }

    public string? Kind { get; set; }

    public Api.Validation Validate()
    {
        var v = new Api.Validation().Required("kind", Kind, "the kind of leave, such as annual or training", TextLimits.Name);
        if (From is null)
        {
            v.Add("from", "Enter the first day of leave");
        }
        if (To is null)
        {
            v.Add("to", "Enter the last day of leave");
        }
        return v;
    }
}
