using Microsoft.EntityFrameworkCore;
using Waypoint.Core.Custody;
using Waypoint.Web.Audit;
using Waypoint.Web.Data;

namespace Waypoint.Web.Features.Custody;

/// <summary>Placements, transfers, release and classification (PPL-05), shared by pages and the API, each audited.</summary>
public sealed class CustodyRecords(WaypointDbContext db, AuditTrail audit, TimeProvider clock)
{
    public const string Record = "Custody";

    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>The person's custody record, made empty the first time it is needed.</summary>
    public async Task<CustodyRecord> ForPersonAsync(Guid personId, CancellationToken ct) =>
        await db.CustodyRecords.SingleOrDefaultAsync(c => c.PersonId == personId, ct) ?? Track(CustodyRecord.For(personId));

    public async Task<Placement> PlaceAsync(CustodyRecord record, Guid siteId, string siteName, string? unit, DateOnly from, bool permanent, string? reason, CancellationToken ct)
    {
        var moving = record.Current is { } current && current.SiteId != siteId;
        var leavingPrison = permanent && (record.LatestPermanent is { } home ? home.SiteId != siteId : record.Current is not null);
        var placement = record.Place(siteId, siteName, string.IsNullOrWhiteSpace(unit) ? null : unit.Trim(), from, permanent, string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(), Today);
        audit.Record(moving ? "custody.transferred" : "custody.placed", Record, placement.Id.ToString(), record.PersonId,
            details: new { site = siteName, unit = placement.Unit, from, permanent }, reason: placement.Reason);
        if (leavingPrison)
        {
            // STF-02: a permanent transfer starts a new allocation period at the new prison.
            await EndCaseOfficerAsync(record.PersonId, from, "permanent transfer", ct);
        }
        await db.SaveChangesAsync(ct);
        return placement;
    }

    public async Task<Placement> ReleaseAsync(CustodyRecord record, DateOnly on, string reason, CancellationToken ct)
    {
        var placement = record.Release(on, reason.Trim(), Today);
        audit.Record("custody.released", Record, placement.Id.ToString(), record.PersonId, details: new { on }, reason: reason.Trim());
        await EndCaseOfficerAsync(record.PersonId, on, "release", ct);
        await db.SaveChangesAsync(ct);
        return placement;
    }

    public async Task<SecurityClassification> ClassifyAsync(CustodyRecord record, string level, DateOnly from, string reason, string decidedBy, CancellationToken ct)
    {
        var classification = record.Classify(level, from, reason.Trim(), decidedBy, Today);
        audit.Record("custody.classified", Record, classification.Id.ToString(), record.PersonId, details: new { level, from }, reason: reason.Trim());
        await db.SaveChangesAsync(ct);
        return classification;
    }

    private async Task EndCaseOfficerAsync(Guid personId, DateOnly on, string why, CancellationToken ct)
    {
        var allocation = await db.CaseAllocations.SingleOrDefaultAsync(c => c.PersonId == personId, ct);
        if (allocation?.EndCurrent(Core.Staff.AllocationKind.CaseOfficer, on) is { } ended)
        {
            audit.Record("allocation.ended", "Allocation", ended.Id.ToString(), personId, details: new { officer = ended.OfficerName, on }, reason: why);
        }
    }

    private CustodyRecord Track(CustodyRecord record)
    {
        db.CustodyRecords.Add(record);
        return record;
    }
}
