using System.Globalization;

namespace Waypoint.Web.Features.Shared;

/// <summary>Dates and times as people read them: "3 March 2027", "3 March 2027 at 2:05pm".</summary>
public static class Display
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-AU");

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", English);

    public static string Date(DateOnly? date) => date is { } d ? Date(d) : "";

    /// <summary>A wall-clock time as people say it: "10:30am", "2pm".</summary>
    public static string Time(TimeOnly time) =>
        time.ToString(time.Minute == 0 ? "htt" : "h:mmtt", English).Replace("AM", "am", StringComparison.Ordinal).Replace("PM", "pm", StringComparison.Ordinal);

    public static string DateTime(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("d MMMM yyyy 'at' h:mmtt", English).Replace("AM", "am", StringComparison.Ordinal).Replace("PM", "pm", StringComparison.Ordinal) + " UTC";

    /// <summary>"34 of 40 points", or "34 points, no capacity set" (STF-04).</summary>
    public static string Workload(Core.Staff.OfficerWorkload? load) => load switch
    {
        null => "no cases",
        { Capacity: { } capacity } => string.Create(CultureInfo.InvariantCulture, $"{load.Points} of {capacity} points"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{load.Points} points, no capacity set"),
    };

    /// <summary>A file's size as people read it: "812 bytes", "45 KB", "2.3 MB".</summary>
    public static string Bytes(long size) => size switch
    {
        < 1024 => string.Create(CultureInfo.InvariantCulture, $"{size} bytes"),
        < 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{size / 1024} KB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{size / (1024.0 * 1024):0.0} MB"),
    };

    public static string Age(DateOnly dateOfBirth, DateOnly today)
    {
        var age = today.Year - dateOfBirth.Year - (today < dateOfBirth.AddYears(today.Year - dateOfBirth.Year) ? 1 : 0);
        return age.ToString(CultureInfo.InvariantCulture);
    }
}
