using Microsoft.EntityFrameworkCore;
using Waypoint.Core.Orders;
using Waypoint.Core.Staff;
using Waypoint.Web.Data;
using Waypoint.Web.Features.Policy;

namespace Waypoint.Web.Features.Caseload;

public sealed record CaseloadEntry(
    Guid PersonId, string OffenderNumber, string Name, string Responsibility, DateOnly AllocatedFrom,
    IReadOnlyList<string> Orders, DateOnly? NextKeyDate, string? NextKeyDateIs, IReadOnlyList<string> ActiveAlerts, string RiskLevel);

/// <summary>
/// STF-02: an officer's caseload, the people allocated to them now, with their orders in force, the next key date
/// (supervision start, EED/EDR/SRD or expiry still ahead), active alerts and the assessed risk of reoffending (not
/// assessed is its own value, never low). Read in a fixed number of queries.
/// </summary>
public sealed class Caseload(WaypointDbContext db, PolicyPacks packs, Assessments.Assessments assessments, TimeProvider clock)
{
    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public async Task<IReadOnlyList<CaseloadEntry>> ForOfficerAsync(string officerUserId, CancellationToken ct)
    {
        // From the officer's allocations (indexed by officer) to the people, not a test of every person's allocations.
        var ids = await (from c in db.CaseAllocations
                         from a in c.Allocations
                         where a.OfficerUserId == officerUserId && a.To == null
                         select c.PersonId).Distinct().ToListAsync(ct);
        var records = await db.CaseAllocations.AsNoTracking().Where(c => ids.Contains(c.PersonId)).ToListAsync(ct);
        var today = Today;
        // Only what the list shows: names and the alerts in force, not each person's whole record.
        var people = await db.People.AsNoTracking().Where(p => ids.Contains(p.Id))
            .Select(p => new
            {
                p.Id,
                p.OffenderNumber,
                Name = p.GivenNames + " " + p.FamilyName,
                Alerts = p.Alerts.Where(a => a.StartDate <= today && (a.EndDate == null || a.EndDate >= today)).Select(a => a.Type).ToList(),
            })
            .ToDictionaryAsync(p => p.Id, ct);
        var orders = (await db.Orders.AsNoTracking().Where(o => ids.Contains(o.PersonId) && o.Status == OrderStatus.Active).ToListAsync(ct))
            .ToLookup(o => o.PersonId);
        var risks = await assessments.RiskLevelsAsync(db.People.Where(p => ids.Contains(p.Id)).Select(p => p.Id), today, ct);
        return records.Where(r => people.ContainsKey(r.PersonId)).Select(r =>
        {
            var person = people[r.PersonId];
            var allocation = r.Allocations.Last(a => a.OfficerUserId == officerUserId && a.To is null);
            var inForce = orders[r.PersonId].Where(o => o.IsInForceOn(today) || o.Dates.Start > today).ToList();
            var next = inForce.SelectMany(o => o.Dates.All().Where(d => d.Field != nameof(OrderDates.SentenceDate)).Select(d => (d.Field, d.Date, o)))
                .Where(d => d.Date >= today).OrderBy(d => d.Date).FirstOrDefault();
            return new CaseloadEntry(person.Id, person.OffenderNumber, person.Name,
                allocation.Kind == AllocationKind.CaseOfficer ? "Case officer" : "Responsible officer", allocation.From,
                inForce.Select(o => packs.Find(o.PolicyPack)?.OrderType(o.OrderType)?.Name ?? o.OrderType).ToList(),
                next.o is null ? null : next.Date, next.o is null ? null : Describe(next.Field),
                person.Alerts.Order().Select(a => a.ToString()).ToList(),
                risks.GetValueOrDefault(r.PersonId, Core.Policy.PolicyPack.NotAssessed));
        }).OrderBy(e => e.NextKeyDate ?? DateOnly.MaxValue).ThenBy(e => e.Name).ToList();
    }

    private static string Describe(string field) => field switch
    {
        nameof(OrderDates.Start) => "Order starts",
        nameof(OrderDates.SupervisionStart) => "Supervision starts",
        nameof(OrderDates.Expiry) => "Order expires",
        nameof(OrderDates.EarliestEligibilityDate) => "EED",
        nameof(OrderDates.EarliestDateOfRelease) => "EDR",
        nameof(OrderDates.StatutoryReviewDate) => "SRD",
        _ => field,
    };
}
