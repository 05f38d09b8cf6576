using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Waypoint.Core.Compliance;
using Waypoint.Core.Contacts;
using Waypoint.Web.Audit;
using Waypoint.Web.Auth;
using Waypoint.Web.Data;

namespace Waypoint.Web.Features.Contacts;

/// <summary>CON-01: a person's induction sessions. Each is a record of what happened, kept as written.</summary>
public sealed class Inductions(WaypointDbContext db, AuditTrail audit, TimeProvider clock)
{
    public const string InductionRecord = "Induction";

    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>For the engine: the day each order's induction was complete (sessions about no order count for every order).</summary>
    public static async Task<ILookup<Guid, CaseRecord>> RecordsAsync(IQueryable<Induction> inductions, CancellationToken ct) =>
        (await inductions.ToListAsync(ct))
            .GroupBy(i => (i.PersonId, i.OrderId))
            .Select(g => (g.Key.PersonId, g.Key.OrderId, On: Induction.CompletedOn(g)))
            .Where(c => c.On is not null)
            .ToLookup(c => c.PersonId, c => new CaseRecord(CaseRecordKind.InductionCompleted, c.On!.Value, "Induction completed", c.OrderId));

    public Task<List<Induction>> ForPersonAsync(Guid personId, CancellationToken ct) =>
        db.Inductions.AsNoTracking().Where(i => i.PersonId == personId).OrderByDescending(i => i.HeldOn).ThenByDescending(i => i.RecordedAt).ToListAsync(ct);

    public async Task<Induction> RecordAsync(InductionInput input, IReadOnlyCollection<InductionTopic> explained, ClaimsPrincipal user, CancellationToken ct)
    {
        var induction = Induction.Record(
            input.PersonId, input.OrderId, input.HeldOn ?? Today, explained, input.InvolvedInPlanning, input.UnderstandingConfirmed ?? false, input.NotUnderstoodBecause,
            input.Interpreter, input.Notes, Actor.From(user).UserId, WaypointClaims.DisplayNameOf(user), clock.GetUtcNow(), Today);
        db.Inductions.Add(induction);
        audit.Record("induction.recorded", InductionRecord, induction.Id.ToString(), induction.PersonId,
            details: new { induction.HeldOn, explained = induction.Explained.Select(t => t.ToString()), induction.UnderstandingConfirmed });
        await db.SaveChangesAsync(ct);
        return induction;
    }
}

/// <summary>An induction session as sent: the topics are codes of <see cref="InductionTopic"/>.</summary>
public sealed class InductionInput
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid PersonId { get; set; }

    public Guid? OrderId { get; set; }

    public DateOnly? HeldOn { get; set; }

    public List<string>? Explained { get; set; }

    public string? InvolvedInPlanning { get; set; }

    public bool? UnderstandingConfirmed { get; set; }

    public string? NotUnderstoodBecause { get; set; }

    public string? Interpreter { get; set; }

    public string? Notes { get; set; }

    public Api.Validation Validate(out List<InductionTopic> topics)
    {
        var v = new Api.Validation();
        topics = [];
        foreach (var code in Explained ?? [])
        {
            if (v.Code<InductionTopic>("explained", code, "each topic") is { } topic)
            {
                topics.Add(topic);
            }
        }
        if (topics.Count == 0 && v.IsValid)
        {
            v.Add("explained", "Select what was explained");
        }
        if (UnderstandingConfirmed is null)
        {
            v.Add("understandingConfirmed", "Say whether the person confirmed they understood");
        }
        foreach (var (field, value) in new[] { ("involvedInPlanning", InvolvedInPlanning), ("notUnderstoodBecause", NotUnderstoodBecause), ("interpreter", Interpreter), ("notes", Notes) })
        {
            v.Optional(field, value, "the answer", Induction.MaxText);
        }
        return v;
    }
}
