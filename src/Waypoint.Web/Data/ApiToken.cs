namespace Waypoint.Web.Data;

/// <summary>A personal API token (REC-07): only its SHA-256 hash is stored; the token itself is shown once.</summary>
public sealed class ApiToken
{
    public Guid Id { get; set; }

    public string UserId { get; set; } = "";

    public string Name { get; set; } = "";

    /// <summary>The first characters of the token, so its owner can tell tokens apart without the secret.</summary>
    public string Prefix { get; set; } = "";

    public string TokenHash { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }

    public DateTimeOffset? LastUsedAt { get; set; }

    public bool IsUsableAt(DateTimeOffset now) => RevokedAt is null && ExpiresAt > now;
}
