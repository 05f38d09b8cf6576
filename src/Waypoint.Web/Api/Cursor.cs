using System.Text;

namespace Waypoint.Web.Api;

/// <summary>Opaque list cursors: clients pass back what they were given and never build one.</summary>
public static class Cursor
{
    public const int DefaultLimit = 25;
    public const int MaxLimit = 100;

    public static string Encode(string value) => Convert.ToBase64String(Encoding.UTF8.GetBytes(value)).Replace('+', '-').Replace('/', '_').TrimEnd('=');

    /// <summary>Reads a cursor that carries a position (an offset or a sequence number); no cursor means <paramref name="start"/>.</summary>
    public static bool TryReadNumber(string? cursor, long start, out long position)
    {
        position = start;
        if (!TryDecode(cursor, out var decoded))
        {
            return false;
        }
        return decoded.Length == 0
            || long.TryParse(decoded, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out position);
    }

    public static bool TryDecode(string? cursor, out string value)
    {
        value = "";
        if (string.IsNullOrEmpty(cursor))
        {
            return true;
        }
        try
        {
            var padded = cursor.Replace('-', '+').Replace('_', '/');
            padded += new string('=', (4 - padded.Length % 4) % 4);
            value = Encoding.UTF8.GetString(Convert.FromBase64String(padded));
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}

/// <summary>One page of a list read by position: what ?cursor= and ?limit= asked for, and the cursor to the next page.</summary>
public readonly record struct OffsetPage(int Offset, int Take)
{
    /// <summary>Reads the page asked for, or the problem to answer with when the cursor or limit is not one we accept.</summary>
    public static bool TryRead(string? cursor, int? limit, out OffsetPage page, out IResult? problem)
    {
        page = default;
        problem = null;
        if (!Cursor.TryReadNumber(cursor, 0, out var offset) || offset > int.MaxValue)
        {
            problem = TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["cursor"] = ["The cursor is not one this API gave out; start again without it"] });
            return false;
        }
        if (limit is < 1 or > Cursor.MaxLimit)
        {
            problem = TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["limit"] = [$"Limit must be between 1 and {Cursor.MaxLimit}"] });
            return false;
        }
        page = new OffsetPage((int)offset, limit ?? Cursor.DefaultLimit);
        return true;
    }

    public Page<T> Of<T>(IReadOnlyList<T> items, int total) =>
        new(items, Offset + Take < total ? Cursor.Encode((Offset + Take).ToString(System.Globalization.CultureInfo.InvariantCulture)) : null);
}
