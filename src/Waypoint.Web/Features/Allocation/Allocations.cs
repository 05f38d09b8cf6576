using Microsoft.EntityFrameworkCore;
using Waypoint.Core.Compliance;
using Waypoint.Core.Policy;
using Waypoint.Core.Security;
using Waypoint.Core.Staff;
using Waypoint.Web.Audit;
using Waypoint.Web.Auth;
using Waypoint.Web.Data;
using Waypoint.Web.Features.Policy;

namespace Waypoint.Web.Features.Allocation;

/// <summary>A prisoner awaiting a case officer; at a site exempt from the time limit (CMP-07) there is no due date and <see cref="Exempt"/> says so.</summary>
public sealed record AwaitingAllocation(Guid PersonId, string OffenderNumber, string Name, Guid SiteId, string SiteName, DateOnly Arrived, DateOnly? Due, int? DaysLeft, string? Rule, bool Exempt);

public sealed record Officer(string UserId, string Name);

/// <summary>
/// STF-02: allocating officers, and the prisoners awaiting a case officer with the days left of the pack's allocation
/// period. The clock runs from arrival at the permanent placement: a permanent transfer starts a new period, a
/// temporary move does not (until IMPs exist, IMP approval does not yet move it).
/// </summary>
public sealed class Allocations(WaypointDbContext db, AuditTrail audit, TimeProvider clock, PolicyPacks packs, Features.Staff.Workloads workloads, Notifications.Notifications notifications)
{
    public const string AllocationRule = "case-officer-allocation";

    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public async Task<CaseAllocation> ForPersonAsync(Guid personId, CancellationToken ct) =>
        await db.CaseAllocations.SingleOrDefaultAsync(c => c.PersonId == personId, ct) ?? Track(CaseAllocation.For(personId));

    /// <summary>What allocating the person would do to the officer's workload (STF-04), for the warning before saving.</summary>
    public async Task<CapacityCheck> CapacityCheckAsync(Guid personId, string officerUserId, string? overCapacityReason, CancellationToken ct)
    {
        var workload = await workloads.ForOfficerAsync(officerUserId, ct);
        var alreadyTheirs = await db.CaseAllocations.AnyAsync(c => c.PersonId == personId && c.Allocations.Any(a => a.To == null && a.OfficerUserId == officerUserId), ct);
        var points = alreadyTheirs ? 0 : (await workloads.CasePointsAsync([personId], ct))[personId].Points;
        return new CapacityCheck(workload, points, overCapacityReason);
    }

    public async Task<Core.Staff.Allocation> AllocateAsync(CaseAllocation record, AllocationKind kind, Officer officer, DateOnly from, string reason, string? handover, string allocatedBy, string? overCapacityReason, CancellationToken ct)
    {
        var capacity = await CapacityCheckAsync(record.PersonId, officer.UserId, overCapacityReason, ct);
        var allocation = record.Allocate(kind, officer.UserId, officer.Name, from, reason.Trim(), string.IsNullOrWhiteSpace(handover) ? null : handover.Trim(), allocatedBy, Today, capacity);
        audit.Record("allocation.made", "Allocation", allocation.Id.ToString(), record.PersonId,
            details: new { kind = kind.ToString(), officer = officer.Name, from, workload = capacity.Workload.Points + capacity.CasePoints, capacity = capacity.Workload.Capacity, overCapacity = allocation.OverCapacityReason },
            reason: allocation.Reason);
        notifications.Tell([officer.UserId], Core.Notifications.NotificationKind.Allocation, record.PersonId,
            $"{await notifications.OffenderNumberAsync(record.PersonId, ct)} was allocated to you as {(kind == AllocationKind.CaseOfficer ? "case officer" : "responsible officer")} from {Shared.Display.Date(from)}",
            $"/People/{record.PersonId}");
        await db.SaveChangesAsync(ct);
        return allocation;
    }

    /// <summary>Accounts that may hold a caseload: case officers, optionally only those in a site's teams.</summary>
    public async Task<IReadOnlyList<Officer>> OfficersAsync(Guid? siteId, CancellationToken ct)
    {
        var officers = from u in db.Users
                       join ur in db.UserRoles on u.Id equals ur.UserId
                       join r in db.Roles on ur.RoleId equals r.Id
                       where r.Name == Roles.CaseOfficer
                       select u;
        if (siteId is { } site)
        {
            officers = officers.Where(u => db.Teams.Any(t => t.Id == u.TeamId && t.SiteId == site));
        }
        return await officers.OrderBy(u => u.DisplayName).Select(u => new Officer(u.Id, u.DisplayName)).ToListAsync(ct);
    }

    /// <summary>
    /// Prisoners at their permanent placement with no case officer allocated since they arrived, longest waiting first
    /// (the most urgent, as a site's allocation period is the same for everyone there), one page at a time; at the
    /// given prisons, or all of them when null. Where the site's rule waits for an approved IMP (COPP 10.3), only
    /// prisoners with one are listed, and their period runs from the later of arrival and approval.
    /// </summary>
    public async Task<(IReadOnlyList<AwaitingAllocation> Page, int Total)> AwaitingAsync(IReadOnlyList<Guid>? siteIds, int skip, int take, CancellationToken ct)
    {
        // One set-based query for both providers (SQLite cannot run EF's APPLY form of this). A permanent transfer or
        // release ends the case officer's allocation, so "no current allocation" is the whole test.
        var rows = db.Database.SqlQuery<ArrivalRow>($"""
            SELECT p."PersonId", pe."OffenderNumber", pe."GivenNames", pe."FamilyName", p."SiteId", p."SiteName", p."From",
                   (SELECT MIN(i."ApprovedOn") FROM "IndividualManagementPlans" i WHERE i."PersonId" = p."PersonId" AND i."Status" = 'Approved') AS "ImpApprovedOn"
            FROM "Placements" p JOIN "People" pe ON pe."Id" = p."PersonId"
            WHERE p."Permanent" = TRUE AND p."To" IS NULL
              AND NOT EXISTS (SELECT 1 FROM "Allocations" a WHERE a."PersonId" = p."PersonId" AND a."Kind" = 'CaseOfficer' AND a."To" IS NULL)
            """);
        if (siteIds is not null)
        {
            rows = rows.Where(r => siteIds.Contains(r.SiteId));
        }
        var sites = await db.Sites.AsNoTracking().ToDictionaryAsync(s => s.Id, ct);
        var waitForImp = sites.Values
            .Where(site => packs.ForSite(site)?.RuleAt(site.Code, AllocationRule, Today).Rule?.Values.GetValueOrDefault(ComplianceEngine.AllocationWaitsForValue) == ComplianceEngine.AllocationWaitsForImp)
            .Select(site => site.Id).ToList();
        rows = rows.Where(r => !waitForImp.Contains(r.SiteId) || r.ImpApprovedOn != null);
        var total = await rows.CountAsync(ct);
        var page = await rows.OrderBy(r => r.From).ThenBy(r => r.FamilyName).ThenBy(r => r.PersonId).Skip(skip).Take(take).ToListAsync(ct);
        return (page.Select(a =>
        {
            // The site's own rule (CMP-07): the pack's, a local value, or an exemption.
            var atSite = sites.TryGetValue(a.SiteId, out var at) ? packs.ForSite(at)?.RuleAt(at.Code, AllocationRule, a.From) : null;
            var from = waitForImp.Contains(a.SiteId) && a.ImpApprovedOn > a.From ? a.ImpApprovedOn.Value : a.From;
            var due = atSite?.Rule?.Period?.After(from);
            return new AwaitingAllocation(a.PersonId, a.OffenderNumber, $"{a.GivenNames} {a.FamilyName}", a.SiteId, a.SiteName, a.From, due,
                due is { } d ? d.DayNumber - Today.DayNumber : null, atSite?.Rule?.Source ?? atSite?.Local?.Source, atSite?.Exempt ?? false);
        }).ToList(), total);
    }

    /// <summary>
    /// REC-05: the prisons whose list a user sees: those asked for, within their own sites unless they see the whole
    /// jurisdiction; null means every prison.
    /// </summary>
    public static IReadOnlyList<Guid>? ListedSites(StaffScope scope, Guid? asked) =>
        scope.JurisdictionWide
            ? asked is { } one ? [one] : null
            : scope.SiteIds.Where(s => asked is null || s == asked).ToList();

    private sealed record ArrivalRow(Guid PersonId, string OffenderNumber, string GivenNames, string FamilyName, Guid SiteId, string SiteName, DateOnly From, DateOnly? ImpApprovedOn);

    private CaseAllocation Track(CaseAllocation record)
    {
        db.CaseAllocations.Add(record);
        return record;
    }
}
