namespace Waypoint.Core.Common;

/// <summary>Maximum lengths shared by the domain, the validators and the database columns.</summary>
public static class TextLimits
{
    public const int Name = 100;
    public const int Short = 200;
    public const int Long = 4000;
    public const int Code = 50;
}

/// <summary>How free text is kept: trimmed, and nothing at all rather than blanks.</summary>
public static class Text
{
    public static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
