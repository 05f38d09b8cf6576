using Microsoft.EntityFrameworkCore;
using Waypoint.Core.Orders;
using Waypoint.Core.Policy;
using Waypoint.Core.Staff;
using Waypoint.Web.Data;
using Waypoint.Web.Features.Policy;

namespace Waypoint.Web.Features.Staff;

/// <summary>
/// STF-04: officers' workload in the packs' points against their capacity, from their current allocations. Two
/// set-based queries however many officers and cases: the cases, and the few columns of their active orders that
/// workload reads, joined in the database rather than sent back as a list of people.
/// </summary>
public sealed class Workloads(WaypointDbContext db, PolicyPacks packs, Assessments.Assessments assessments, TimeProvider clock)
{
    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    private sealed record OrderRow(Guid PersonId, string PolicyPack, string OrderType, bool Custodial, OrderStatus Status, OrderDates Dates, DateOnly? EndedOn);

    public async Task<IReadOnlyDictionary<string, OfficerWorkload>> ForOfficersAsync(IReadOnlyCollection<string> userIds, CancellationToken ct)
    {
        var ids = userIds.Distinct().ToList();
        var current = from c in db.CaseAllocations.AsNoTracking()
                      from a in c.Allocations
                      where a.To == null && ids.Contains(a.OfficerUserId)
                      select new { c.PersonId, a.OfficerUserId };
        var cases = await current.ToListAsync(ct);
        var orders = await (from x in current.Select(x => x.PersonId).Distinct()
                            join o in db.Orders.AsNoTracking() on x equals o.PersonId
                            where o.Status == OrderStatus.Active
                            select new OrderRow(o.PersonId, o.PolicyPack, o.OrderType, o.Custodial, o.Status, o.Dates, o.EndedOn))
            .ToListAsync(ct);
        var points = Points(cases.Select(c => c.PersonId).Distinct(), orders, await assessments.RiskLevelsAsync(current.Select(x => x.PersonId), Today, ct));
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

    /// <summary>A few people's case points today, such as the one about to be allocated.</summary>
    public async Task<IReadOnlyDictionary<Guid, CasePoints>> CasePointsAsync(IReadOnlyCollection<Guid> personIds, CancellationToken ct)
    {
        var ids = personIds.ToList();
        var orders = await db.Orders.AsNoTracking().Where(o => ids.Contains(o.PersonId) && o.Status == OrderStatus.Active)
            .Select(o => new OrderRow(o.PersonId, o.PolicyPack, o.OrderType, o.Custodial, o.Status, o.Dates, o.EndedOn))
            .ToListAsync(ct);
        return Points(ids, orders, await assessments.RiskLevelsAsync(db.People.Where(p => ids.Contains(p.Id)).Select(p => p.Id), Today, ct));
    }

    /// <summary>Points by order type, stage and the person's assessed risk; someone not assessed gets the pack's default weight.</summary>
    private Dictionary<Guid, CasePoints> Points(IEnumerable<Guid> people, IReadOnlyList<OrderRow> orders, IReadOnlyDictionary<Guid, string> risks)
    {
        var byPerson = orders.ToLookup(o => o.PersonId);
        var today = Today;
        return people.ToDictionary(id => id, id => Workload.Of(
            byPerson[id].Select(o => (Order: new CaseOrder(o.OrderType, o.Custodial, o.Status, o.Dates, o.EndedOn), Pack: packs.Find(o.PolicyPack)))
                .Where(o => o.Pack is not null).Select(o => (o.Order, o.Pack!)),
            risks.GetValueOrDefault(id, PolicyPack.NotAssessed), today));
    }
}
