using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Waypoint.Core.Compliance;
using Waypoint.Core.Enforcement;
using Waypoint.Web.Audit;
using Waypoint.Web.Auth;
using Waypoint.Web.Data;

namespace Waypoint.Web.Features.Enforcement;

/// <summary>
/// ENF-01, ENF-02: apparent non-compliance, from its report to the verified decision. The deadline for each open one
/// is the engine's (the verification period, or the evidence deadline while evidence is awaited, BYD-02).
/// </summary>
public sealed class NonCompliances(WaypointDbContext db, AuditTrail audit, TimeProvider clock)
{
    public const string NonComplianceRecord = "NonCompliance";

    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>For the engine: when each was recorded, when evidence was asked for, and when it was decided.</summary>
    public static async Task<ILookup<Guid, CaseRecord>> RecordsAsync(IQueryable<NonCompliance> records, CancellationToken ct) =>
        (await records.Select(n => new { n.Id, n.PersonId, n.OrderId, n.RecordedAt, n.Concerning, n.EvidenceRequestedOn, n.DecidedOn, n.Status }).ToListAsync(ct))
            .SelectMany(n => new[]
            {
                new CaseRecord(CaseRecordKind.NonComplianceRecorded, DateOnly.FromDateTime(n.RecordedAt.UtcDateTime), n.Concerning, n.OrderId, n.Id.ToString()),
                n.EvidenceRequestedOn is { } asked ? new CaseRecord(CaseRecordKind.EvidenceRequested, asked, "Evidence asked for", n.OrderId, n.Id.ToString()) : null,
                n.DecidedOn is { } decided
                    ? new CaseRecord(CaseRecordKind.NonComplianceDecided, decided, $"Verified: {NonComplianceNames.Statuses[n.Status].ToLowerInvariant()}", n.OrderId, n.Id.ToString())
                    : null,
            }.OfType<CaseRecord>().Select(r => (n.PersonId, Record: r)))
            .ToLookup(r => r.PersonId, r => r.Record);

    public Task<List<NonCompliance>> ForPersonAsync(Guid personId, CancellationToken ct) =>
        db.NonCompliances.AsNoTracking().Where(n => n.PersonId == personId).OrderByDescending(n => n.OccurredOn).ThenByDescending(n => n.RecordedAt).ToListAsync(ct);

    public Task<NonCompliance?> FindAsync(Guid personId, Guid id, CancellationToken ct) =>
        db.NonCompliances.SingleOrDefaultAsync(n => n.PersonId == personId && n.Id == id, ct);

    /// <summary>The engine's deadline for each open record of the person, by record id.</summary>
    public async Task<Dictionary<Guid, DateOnly>> DeadlinesAsync(Guid personId, CancellationToken ct) =>
        (await db.Obligations.AsNoTracking()
            .Where(o => o.PersonId == personId && o.Kind == ObligationKind.VerifyNonCompliance && o.MetOn == null)
            .Select(o => new { o.Key, o.DueOn }).ToListAsync(ct))
            .ToDictionary(o => Guid.Parse(o.Key[(o.Key.IndexOf(':') + 1)..]), o => o.DueOn);

    public async Task<NonCompliance> RecordAsync(NonComplianceInput input, NonComplianceSource source, ClaimsPrincipal user, CancellationToken ct)
    {
        var record = NonCompliance.Record(
            input.PersonId, input.OrderId, source, input.ReportedBy, input.OccurredOn ?? Today, input.Concerning ?? "", null, null,
            Actor.From(user).UserId, WaypointClaims.DisplayNameOf(user), clock.GetUtcNow(), Today);
        db.NonCompliances.Add(record);
        audit.Record("non-compliance.recorded", NonComplianceRecord, record.Id.ToString(), record.PersonId, details: new { source = source.ToString(), record.OccurredOn });
        await db.SaveChangesAsync(ct);
        return record;
    }

    public async Task AwaitEvidenceAsync(NonCompliance record, string evidence, string? personAccount, DateOnly on, CancellationToken ct)
    {
        record.AwaitEvidence(evidence, personAccount, on, Today);
        audit.Record("non-compliance.evidence-requested", NonComplianceRecord, record.Id.ToString(), record.PersonId, details: new { on });
        await db.SaveChangesAsync(ct);
    }

    public async Task DecideAsync(NonCompliance record, Verification verification, ClaimsPrincipal user, CancellationToken ct)
    {
        record.Decide(verification, WaypointClaims.DisplayNameOf(user), Today);
        audit.Record("non-compliance.decided", NonComplianceRecord, record.Id.ToString(), record.PersonId,
            details: new { status = record.Status.ToString(), record.AddressedOtherwise, record.DecidedOn });
        await db.SaveChangesAsync(ct);
    }
}

/// <summary>An apparent non-compliance as reported: the source is a code of <see cref="NonComplianceSource"/>.</summary>
public sealed class NonComplianceInput
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid PersonId { get; set; }

    public Guid? OrderId { get; set; }

    public string? Source { get; set; }

    public string? ReportedBy { get; set; }

    public DateOnly? OccurredOn { get; set; }

    public string? Concerning { get; set; }

    public Api.Validation Validate(out NonComplianceSource? source)
    {
        var v = new Api.Validation().Required("concerning", Concerning, "what was not complied with", NonCompliance.MaxText).Optional("reportedBy", ReportedBy, "who reported it", NonCompliance.MaxText);
        source = v.Code<NonComplianceSource>("source", Source, "who reported it");
        return v;
    }
}

public sealed class EvidenceRequestInput
{
    public string? Evidence { get; set; }

    public string? PersonAccount { get; set; }

    public DateOnly? RequestedOn { get; set; }

    public Api.Validation Validate() =>
        new Api.Validation().Required("evidence", Evidence, "what evidence the person is to bring", NonCompliance.MaxText).Optional("personAccount", PersonAccount, "the person's account", NonCompliance.MaxText);
}

public sealed class VerificationInput
{
    public string? CheckedWith { get; set; }

    public string? PersonAccount { get; set; }

    public string? Reason { get; set; }

    public bool? Acceptable { get; set; }

    public bool? AddressedOtherwise { get; set; }

    public string? Agreed { get; set; }

    public DateOnly? DecidedOn { get; set; }

    public Api.Validation Validate(DateOnly today, out Verification? verification)
    {
        var v = new Api.Validation()
            .Required("checkedWith", CheckedWith, "whom the circumstances were checked with", NonCompliance.MaxText)
            .Optional("personAccount", PersonAccount, "the person's account", NonCompliance.MaxText)
            .Required("reason", Reason, "the reason", NonCompliance.MaxText)
            .Optional("agreed", Agreed, "what was agreed", NonCompliance.MaxText);
        if (Acceptable is null)
        {
            v.Add("acceptable", "Say whether the reason is acceptable");
        }
        if (Acceptable == false && AddressedOtherwise is null)
        {
            v.Add("addressedOtherwise", "Say whether it can be addressed by reasonable means other than enforcement");
        }
        verification = v.IsValid ? new Verification(CheckedWith, PersonAccount, Reason, Acceptable!.Value, AddressedOtherwise ?? false, Agreed, DecidedOn ?? today) : null;
        return v;
    }
}
