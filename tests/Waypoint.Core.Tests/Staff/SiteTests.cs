using Waypoint.Core.Common;
using Waypoint.Core.Staff;

namespace Waypoint.Core.Tests.Staff;

public sealed class SiteTests
{
    [Fact]
    [Trait("Req", "STF-01")]
    public void Create_RefusesAnUnknownTimeZone()
    {
        var ex = Assert.Throws<BusinessRuleViolation>(() => Site.Create("X", "X", SiteKind.CommunityOffice, "ACT", "Mars/Olympus"));
        Assert.Equal("Mars/Olympus is not a known time zone; use an IANA id such as Australia/Sydney", ex.Message);
    }

    [Fact]
    [Trait("Req", "STF-01")]
    public void Create_AcceptsAnIanaTimeZone()
    {
        var site = Site.Create("WA-EMP", "Eastern Metropolitan Prison", SiteKind.Prison, "WA", "Australia/Perth");
        Assert.Equal("Australia/Perth", site.TimeZone);
        Assert.NotEqual(Guid.Empty, site.Id);
    }
}
