namespace Waypoint.Core.Common;

/// <summary>One field's change, as the audit trail records it. Sensitive values are recorded by name only (REC-03).</summary>
public sealed record FieldChange(string Field, string? Old, string? New, bool Sensitive = false)
{
    public static void Track<T>(List<FieldChange> changes, string field, T old, T @new, bool sensitive = false)
    {
        if (!EqualityComparer<T>.Default.Equals(old, @new))
        {
            changes.Add(sensitive
                ? new FieldChange(field, null, null, true)
                : new FieldChange(field, Format(old), Format(@new)));
        }
    }

    private static string? Format<T>(T value) => value switch
    {
        null => null,
        DateOnly d => d.ToString("yyyy-MM-dd"),
        _ => value.ToString(),
    };
}
