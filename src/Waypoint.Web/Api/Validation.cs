namespace Waypoint.Web.Api;

/// <summary>Collects field errors for one request; keys are the API's camelCase field names.</summary>
public sealed class Validation
{
    private readonly Dictionary<string, List<string>> errors = [];

    public bool IsValid => errors.Count == 0;

    public IReadOnlyDictionary<string, string[]> Errors => errors.ToDictionary(e => e.Key, e => e.Value.ToArray());

    public Validation Add(string field, string message)
    {
        if (!errors.TryGetValue(field, out var list))
        {
            errors[field] = list = [];
        }
        list.Add(message);
        return this;
    }

    /// <summary>
    /// Puts a more specific message in place of a field's errors when there is one: a date typed as three boxes knows
    /// better than the input that it "must be a real date".
    /// </summary>
    public Validation Replace(string field, string? message)
    {
        if (message is not null)
        {
            errors.Remove(field);
            Add(field, message);
        }
        return this;
    }

    /// <summary>Adds an error when one is given (default means none), so a validator can read as one expression.</summary>
    public Validation Add((string Field, string Message) error) =>
        error.Field is null ? this : Add(error.Field, error.Message);

    public Validation Required(string field, string? value, string label, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return Add(field, $"Enter {label}");
        }
        return Optional(field, value, label, maxLength);
    }

    public Validation Optional(string field, string? value, string label, int maxLength)
    {
        if (value is not null && value.Trim().Length > maxLength)
        {
            Add(field, $"{Capitalise(label)} must be {maxLength} characters or fewer");
        }
        if (value is not null && value.Any(c => char.IsControl(c) && c is not '\n' and not '\r' and not '\t'))
        {
            Add(field, $"{Capitalise(label)} must not contain control characters");
        }
        return this;
    }

    public T? Code<T>(string field, string? value, string label, bool required = true) where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                Add(field, $"Select {label}");
            }
            return null;
        }
        // Only names, never numbers: "3" must not silently mean the fourth option.
        if (!char.IsLetter(value[0]) || !value.All(char.IsAsciiLetterOrDigit) || !Enum.TryParse<T>(value, ignoreCase: true, out var parsed))
        {
            Add(field, $"{Capitalise(label)} must be one of: {string.Join(", ", Enum.GetNames<T>())}");
            return null;
        }
        return parsed;
    }

    private static string Capitalise(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
