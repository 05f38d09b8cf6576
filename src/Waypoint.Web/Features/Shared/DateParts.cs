using System.Globalization;

namespace Waypoint.Web.Features.Shared;

/// <summary>The GOV.UK date input's three boxes, read into a date with a message that says what is wrong.</summary>
public sealed class DateParts
{
    public string? Day { get; set; }

    public string? Month { get; set; }

    public string? Year { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Day) && string.IsNullOrWhiteSpace(Month) && string.IsNullOrWhiteSpace(Year);

    public static DateParts From(DateOnly? date) => date is { } d
        ? new DateParts { Day = d.Day.ToString(CultureInfo.InvariantCulture), Month = d.Month.ToString(CultureInfo.InvariantCulture), Year = d.Year.ToString(CultureInfo.InvariantCulture) }
        : new DateParts();

    /// <summary>Reads the date; <paramref name="error"/> names the problem using <paramref name="label"/>, as GOV.UK's pattern advises.</summary>
    public DateOnly? Read(string label, out string? error)
    {
        error = null;
        if (IsEmpty)
        {
            return null;
        }
        var missing = new List<string>();
        if (string.IsNullOrWhiteSpace(Day))
        {
            missing.Add("day");
        }
        if (string.IsNullOrWhiteSpace(Month))
        {
            missing.Add("month");
        }
        if (string.IsNullOrWhiteSpace(Year))
        {
            missing.Add("year");
        }
        if (missing.Count > 0)
        {
            error = $"{label} must include a {string.Join(" and ", missing)}";
            return null;
        }
        if (!int.TryParse(Day, NumberStyles.None, CultureInfo.InvariantCulture, out var d)
            || !int.TryParse(Month, NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            || !int.TryParse(Year, NumberStyles.None, CultureInfo.InvariantCulture, out var y)
            || y < 1000 || y > 9999 || m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m))
        {
            error = $"{label} must be a real date";
            return null;
        }
        return new DateOnly(y, m, d);
    }
}
