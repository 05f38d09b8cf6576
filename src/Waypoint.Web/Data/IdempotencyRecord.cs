namespace Waypoint.Web.Data;

/// <summary>The first response to a create sent with an Idempotency-Key, replayed when the same request is retried.</summary>
public sealed class IdempotencyRecord
{
    public string UserId { get; set; } = "";

    public string Key { get; set; } = "";

    public string RequestHash { get; set; } = "";

    public int StatusCode { get; set; }

    public string? Location { get; set; }

    public string ContentType { get; set; } = "";

    public byte[] Body { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; }
}
