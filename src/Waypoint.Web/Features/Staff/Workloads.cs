using Microsoft.EntityFrameworkCore;
using Waypoint.Core.Orders;
using Waypoint.Core.Policy;
using Waypoint.Core.Staff;
using Waypoint.Web.Data;
using Waypoint.Web.Features.Policy;

namespace Waypoint.Web.Features.Staff;

/// <summary>
/// STF-04: officers' workload in the packs' points against their capacity, from their current allocations. Read in a
/// fixed number of set-based queries however many officers are asked about.
/// </summary>
public sealed class Workloads(WaypointDbContext db, PolicyPacks packs, TimeProvider clock)
{
    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public async Task<IReadOnlyDictionary<string, OfficerWorkload>> ForOfficersAsync(IReadOnlyCollection<string> userIds, CancellationToken ct)
    {
        var ids = userIds.Distinct().ToList();
        // A join, not a correlated subquery: SQLite has no APPLY.
        var cases = await db.CaseAllocations.AsNoTracking()
            .SelectMany(c => c.Allocations, (c, a) => new { c.PersonId, a.OfficerUserId, a.To })
            .Where(x => x.To == null && ids.Contains(x.OfficerUserId))
            .Select(x => new { x.PersonId, x.OfficerUserId })
            .ToListAsync(ct);
        var points = await CasePointsAsync(cases.Select(c => c.PersonId).Distinct().ToList(), ct);
        var capacities = await db.StaffMembers.AsNoTracking().Where(s => ids.Contains(s.UserId))
            .ToDictionaryAsync(s => s.UserId, s => s.CapacityPoints, ct);
        return ids.ToDictionary(id => id, id =>
        {
            // One person allocated twice to the same officer (case officer and responsible officer) is one case.
            var mine = cases.Where(c => c.OfficerUserId == id).Select(c => c.PersonId).Distinct().ToList();
            return new OfficerWorkload(id, mine.Count, mine.Sum(p => points[p].Points), capacities.GetValueOrDefault(id));
        });
    }

    public async Task<OfficerWorkload> ForOfficerAsync(string userId, CancellationToken ct) => (await ForOfficersAsync([userId], ct))[userId];

    /// <summary>Each person's case points today from their active orders; risk is "not assessed" until assessments exist (ASM-01).</summary>
    public async Task<IReadOnlyDictionary<Guid, CasePoints>> CasePointsAsync(IReadOnlyCollection<Guid> personIds, CancellationToken ct)
    {
        var ids = personIds.ToList();
        var orders = (await db.Orders.AsNoTracking().Where(o => ids.Contains(o.PersonId) && o.Status == OrderStatus.Active).ToListAsync(ct))
            .ToLookup(o => o.PersonId);
        var today = Today;
        return ids.ToDictionary(id => id, id => Workload.Of(
            orders[id].Select(o => (Order: o, Pack: packs.Find(o.PolicyPack))).Where(o => o.Pack is not null).Select(o => (o.Order, o.Pack!)),
            PolicyPack.NotAssessed, today));
    }
}
