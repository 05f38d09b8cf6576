using Waypoint.Core.Common;
using Waypoint.Core.Security;

namespace Waypoint.Core.Staff;

/// <summary>Where a service is delivered: a prison or a community corrections office (STF-01). Deadlines are read in its time zone.</summary>
public sealed class Site
{
    private Site()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>A short stable code, such as CBR-CITY.</summary>
    public string Code { get; private set; } = "";

    public string Name { get; private set; } = "";

    public SiteKind Kind { get; private set; }

    /// <summary>The jurisdiction whose rules apply at the site, such as ACT or WA.</summary>
    public string Jurisdiction { get; private set; } = "";

    /// <summary>An IANA time zone id, such as Australia/Perth.</summary>
    public string TimeZone { get; private set; } = "";

    /// <summary>
    /// REC-01: the role that does case management coordinator duties here (allocating case officers, COPP 10.3). It
    /// differs by site: a coordinator in one prison, a unit manager in another, a team leader in a community office.
    /// </summary>
    public string CoordinatorRole { get; private set; } = "";

    public static Site Create(string code, string name, SiteKind kind, string jurisdiction, string timeZone)
    {
        BusinessRuleViolation.ThrowIfBroken(new SiteTimeZoneMustBeKnownRule(timeZone));
        return new Site
        {
            Id = Guid.NewGuid(), Code = code, Name = name, Kind = kind, Jurisdiction = jurisdiction, TimeZone = timeZone,
            CoordinatorRole = kind == SiteKind.Prison ? Roles.CaseManagementCoordinator : Roles.TeamLeader,
        };
    }

    /// <summary>Gives coordinator duties at the site to another of the roles that allocate; returns what changed.</summary>
    public FieldChange AssignCoordinatorDuties(string role)
    {
        BusinessRuleViolation.ThrowIfBroken(new CoordinatorDutiesNeedAnAllocatingRoleRule(role));
        var change = new FieldChange(nameof(CoordinatorRole), CoordinatorRole, role);
        CoordinatorRole = role;
        return change;
    }
}

public enum SiteKind
{
    CommunityOffice,
    Prison,
}

/// <summary>A site's dates are only right if its time zone is one the system knows.</summary>
public sealed class SiteTimeZoneMustBeKnownRule(string timeZone) : IBusinessRule
{
    public bool IsBroken() => !TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out _);

    public string Message => $"{timeZone} is not a known time zone; use an IANA id such as Australia/Sydney";

    public string? Field => "TimeZone";
}

/// <summary>REC-01: coordinator duties go to one of the roles that may allocate officers.</summary>
public sealed class CoordinatorDutiesNeedAnAllocatingRoleRule(string role) : IBusinessRule
{
    public bool IsBroken() => !Roles.Allocators.Contains(role);

    public string Message => $"Coordinator duties must go to one of: {string.Join(", ", Roles.Allocators.Select(r => Roles.Names[r]))}";

    public string? Field => "Role";
}
