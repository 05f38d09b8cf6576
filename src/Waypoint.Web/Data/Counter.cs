namespace Waypoint.Web.Data;

/// <summary>A named number handed out once each, such as the next offender number; incremented atomically in SQL.</summary>
public sealed class Counter
{
    public string Name { get; set; } = "";

    public long Value { get; set; }
}
