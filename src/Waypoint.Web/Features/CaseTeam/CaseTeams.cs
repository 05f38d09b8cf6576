using Microsoft.EntityFrameworkCore;
using Waypoint.Core.Common;
using Waypoint.Core.Staff;
using Waypoint.Web.Audit;
using Waypoint.Web.Data;

namespace Waypoint.Web.Features.CaseTeam;

public sealed record CaseTeamMemberResponse(Guid Id, string? UserId, string Name, string? Organisation, string Role, string? Responsibilities, string? Contact, DateOnly From, DateOnly? To)
{
    public static CaseTeamMemberResponse Of(CaseTeamMember m) => new(m.Id, m.UserId, m.Name, m.Organisation, m.Role, m.Responsibilities, m.Contact, m.From, m.To);
}

/// <summary>A colleague who can be put on a case team.</summary>
public sealed record Colleague(string UserId, string Name, string? Team);

/// <summary>STF-06: who is involved in a person's case, kept with dates; a colleague on it sees the person (REC-05).</summary>
public sealed class CaseTeams(WaypointDbContext db, AuditTrail audit, TimeProvider clock)
{
    public const string CaseTeamRecord = "CaseTeam";

    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public async Task<Core.Staff.CaseTeam> ForPersonAsync(Guid personId, CancellationToken ct)
    {
        var team = await db.CaseTeams.SingleOrDefaultAsync(c => c.PersonId == personId, ct);
        if (team is null)
        {
            team = Core.Staff.CaseTeam.For(personId);
            db.CaseTeams.Add(team);
        }
        return team;
    }

    public Task<Core.Staff.CaseTeam?> ReadAsync(Guid personId, CancellationToken ct) =>
        db.CaseTeams.AsNoTracking().SingleOrDefaultAsync(c => c.PersonId == personId, ct);

    /// <summary>Staff in teams, by name: the colleagues a case team can name. A few hundred rows at most.</summary>
    public async Task<IReadOnlyList<Colleague>> ColleaguesAsync(CancellationToken ct) =>
        await db.Users.AsNoTracking().Where(u => u.TeamId != null).OrderBy(u => u.DisplayName)
            .Select(u => new Colleague(u.Id, u.DisplayName, db.Teams.Where(t => t.Id == u.TeamId).Select(t => t.Name).FirstOrDefault()))
            .ToListAsync(ct);

    public async Task<CaseTeamMember> AddAsync(Core.Staff.CaseTeam team, Colleague? colleague, CaseTeamMemberInput input, DateOnly from, CancellationToken ct)
    {
        var member = team.Add(colleague?.UserId, colleague?.Name ?? input.Name!.Trim(), Tidy(input.Organisation), input.Role!.Trim(), Tidy(input.Responsibilities), Tidy(input.Contact), from, Today);
        audit.Record("case-team.joined", CaseTeamRecord, member.Id.ToString(), team.PersonId, details: new { member.Name, member.Role, member.Organisation, from });
        await db.SaveChangesAsync(ct);
        return member;
    }

    public async Task<CaseTeamMember> EndAsync(Core.Staff.CaseTeam team, Guid memberId, DateOnly on, CancellationToken ct)
    {
        var member = team.End(memberId, on);
        audit.Record("case-team.left", CaseTeamRecord, member.Id.ToString(), team.PersonId, details: new { member.Name, member.Role, on });
        await db.SaveChangesAsync(ct);
        return member;
    }

    private static string? Tidy(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>A case team member as sent: a colleague's account, or the name of someone outside the service.</summary>
public sealed class CaseTeamMemberInput
{
    public string? UserId { get; set; }

    public string? Name { get; set; }

    public string? Organisation { get; set; }

    public string? Role { get; set; }

    public string? Responsibilities { get; set; }

    public string? Contact { get; set; }

    public DateOnly? From { get; set; }

    public Api.Validation Validate(IReadOnlyList<Colleague> colleagues, out Colleague? colleague)
    {
        var v = new Api.Validation()
            .Required("role", Role, "their role in the case, such as psychologist or police liaison", TextLimits.Name)
            .Optional("name", Name, "name", TextLimits.Name)
            .Optional("organisation", Organisation, "organisation", TextLimits.Short)
            .Optional("responsibilities", Responsibilities, "agreed responsibilities", TextLimits.Long)
            .Optional("contact", Contact, "contact details", TextLimits.Short);
        colleague = null;
        if (!string.IsNullOrWhiteSpace(UserId))
        {
            colleague = colleagues.FirstOrDefault(c => c.UserId == UserId);
            if (colleague is null)
            {
                v.Add("userId", "Choose a colleague who works in a team");
            }
            else if (!string.IsNullOrWhiteSpace(Name))
            {
                v.Add("name", "Give either a colleague or the name of someone outside the service, not both");
            }
        }
        else if (string.IsNullOrWhiteSpace(Name))
        {
            v.Add("name", "Choose a colleague, or enter the name of someone outside the service");
        }
        return v;
    }
}

public sealed class CaseTeamEndInput
{
    public DateOnly? On { get; set; }
}
