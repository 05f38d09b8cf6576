using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Waypoint.Core.People;
using Waypoint.Web.Api;

namespace Waypoint.Web.Features.People;

/// <summary>PPL-01 / REC-03: who changed what on the person's record, and when.</summary>
public sealed class HistoryModel(PersonRecords records, PersonHistory history) : PageModel
{
    public Person? Person { get; private set; }

    public Page<HistoryEntry> Entries { get; private set; } = new([], null);

    public async Task<IActionResult> OnGetAsync(Guid id, string? cursor, CancellationToken ct)
    {
        Person = await records.ViewAsync(id, "history page", ct);
        if (Person is null)
        {
            return NotFound();
        }
        var before = Cursor.TryReadNumber(cursor, long.MaxValue, out var b) ? b : long.MaxValue;
        Entries = await history.ForPersonAsync(id, before, 50, ct, includeViews: false);
        return Page();
    }

    public static string Describe(string action) => action switch
    {
        "person.created" => "Record created",
        "person.updated" => "Details changed",
        "alias.added" => "Alias added",
        "identifier.added" => "Identifier added",
        "alert.raised" => "Alert raised",
        "alert.ended" => "Alert ended",
        "responsivity.added" => "Responsivity factor added",
        "significant-other.added" => "Significant other added",
        "circumstances.changed" => "Change of circumstances recorded",
        _ => action,
    };

    /// <summary>Reads the audit entry's field changes as sentences; sensitive values were never stored, so only the field shows.</summary>
    public static IEnumerable<string> Changes(string? details)
    {
        if (details is null || !details.StartsWith('['))
        {
            yield break;
        }
        using var doc = JsonDocument.Parse(details);
        foreach (var change in doc.RootElement.EnumerateArray())
        {
            var field = change.GetProperty("field").GetString();
            if (change.TryGetProperty("sensitive", out _))
            {
                yield return $"{field} changed";
            }
            else
            {
                var from = change.TryGetProperty("from", out var f) && f.ValueKind == JsonValueKind.String ? f.GetString() : "(blank)";
                var to = change.TryGetProperty("to", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : "(blank)";
                yield return $"{field}: {from} → {to}";
            }
        }
    }
}
