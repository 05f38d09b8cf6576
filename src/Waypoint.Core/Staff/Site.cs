using Waypoint.Core.Common;

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

    public static Site Create(string code, string name, SiteKind kind, string jurisdiction, string timeZone)
    {
        BusinessRuleViolation.ThrowIfBroken(new SiteTimeZoneMustBeKnownRule(timeZone));
        return new Site { Id = Guid.NewGuid(), Code = code, Name = name, Kind = kind, Jurisdiction = jurisdiction, TimeZone = timeZone };
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
