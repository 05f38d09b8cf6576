using Waypoint.Core.Common;
using Waypoint.Core.Security;
using Waypoint.Web.Api;
using Waypoint.Web.Features.Shared;

namespace Waypoint.Web.Features.Admin.Users;

/// <summary>The parts of an account an administrator sets (REC-01).</summary>
public sealed class AccountInput
{
    public string? UserName { get; set; }

    public string? DisplayName { get; set; }

    public List<string> Roles { get; set; } = [];

    public string? Password { get; set; }

    public DateParts AccessEnds { get; set; } = new();

    /// <summary>The team's id, or empty for none (STF-01).</summary>
    public string? Team { get; set; }

    /// <summary>Reads the chosen team: null for none, or an id that must be one of <paramref name="teams"/>.</summary>
    public Guid? ReadTeam(IEnumerable<Guid> teams, Validation v)
    {
        if (string.IsNullOrEmpty(Team))
        {
            return null;
        }
        if (Guid.TryParse(Team, out var id) && teams.Contains(id))
        {
            return id;
        }
        v.Add("team", "Select a team from the list");
        return null;
    }

    public (DateOnly? AccessEnds, Validation Validation) Validate(DateOnly today)
    {
        var v = new Validation().Required("displayName", DisplayName, "their full name", TextLimits.Name);
        if (Roles.Count == 0)
        {
            v.Add("roles", "Select at least one role");
        }
        if (Roles.Any(r => !Core.Security.Roles.All.Contains(r)))
        {
            v.Add("roles", "Select roles from the list");
        }
        var ends = AccessEnds.Read("Access end date", out var error);
        if (error is not null)
        {
            v.Add("accessEnds", error);
        }
        else if (ends is { } e && e <= today)
        {
            v.Add("accessEnds", "Access end date must be in the future");
        }
        else if (ends is null && Roles.Contains(Core.Security.Roles.Auditor))
        {
            v.Add("accessEnds", "Auditor access is time-limited: enter the date it ends");
        }
        return (ends, v);
    }
}
