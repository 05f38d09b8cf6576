namespace Waypoint.Core.Staff;

/// <summary>A team of officers at one site, with its team leader (STF-01).</summary>
public sealed class Team
{
    private Team()
    {
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; } = "";

    public Guid SiteId { get; private set; }

    /// <summary>The account of the team leader, when one is appointed.</summary>
    public string? TeamLeaderUserId { get; private set; }

    public static Team Create(string name, Guid siteId, string? teamLeaderUserId) =>
        new() { Id = Guid.NewGuid(), Name = name, SiteId = siteId, TeamLeaderUserId = teamLeaderUserId };
}
