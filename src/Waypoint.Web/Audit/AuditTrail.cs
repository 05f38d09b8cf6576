using System.Text.Json;
using Waypoint.Core.Audit;
using Waypoint.Core.Common;
using Waypoint.Web.Data;

namespace Waypoint.Web.Audit;

/// <summary>
/// Adds audit entries to the current unit of work (REC-03); they are sealed onto the hash chain by the same save that
/// makes the change, so a change is never stored without its audit entry.
/// </summary>
public sealed class AuditTrail(WaypointDbContext db, IHttpContextAccessor http, TimeProvider clock)
{
    public const string PersonRecord = "Person";

    public void Record(string action, string recordType, string recordId, Guid? personId,
        IReadOnlyCollection<FieldChange>? changes = null, string? reason = null, object? details = null)
    {
        var actor = Actor.From(http.HttpContext?.User);
        var json = changes is { Count: > 0 }
            ? JsonSerializer.Serialize(changes.Select(c => c.Sensitive
                ? (object)new { field = c.Field, sensitive = true }
                : new { field = c.Field, from = c.Old, to = c.New }))
            : details is null ? null : JsonSerializer.Serialize(details);
        db.Audit(AuditEntry.Create(clock.GetUtcNow(), actor.UserId, actor.UserName, action, recordType, recordId, personId, json, reason));
    }

    public void PersonViewed(Guid personId, string via) =>
        Record("person.viewed", PersonRecord, personId.ToString(), personId, details: new { via });
}
