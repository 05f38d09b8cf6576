namespace Waypoint.Web.Data;

/// <summary>
/// CON-02: an officer's calendar feed, read by a calendar program at a secret address. Only the SHA-256 of the secret
/// is stored; making a new one revokes the old, and revoking stops it at once.
/// </summary>
public sealed class DiaryFeed
{
    public Guid Id { get; set; }

    public string UserId { get; set; } = "";

    public string TokenHash { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }

    public DateTimeOffset? LastReadAt { get; set; }
}
