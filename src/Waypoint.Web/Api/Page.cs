namespace Waypoint.Web.Api;

/// <summary>One page of a list; pass <see cref="NextCursor"/> back as `cursor` for the next page (null on the last).</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, string? NextCursor);
