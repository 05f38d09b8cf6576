using Microsoft.EntityFrameworkCore;
using Waypoint.Core.Orders;
using Waypoint.Core.People;
using Waypoint.Core.Staff;
using Waypoint.Web.Auth;
using Waypoint.Web.Data;
using Waypoint.Web.Features.Compliance;
using Waypoint.Web.Features.Policy;

namespace Waypoint.Web.Features.DataQuality;

/// <summary>The problems the data-quality queue looks for (BYD-07).</summary>
public enum DataQualityCheck
{
    /// <summary>A supervised community order in force with nobody allocated to supervise it.</summary>
    SupervisedWithoutOfficer,

    /// <summary>Still on an officer's caseload though released and with no order in force.</summary>
    OnCaseloadWithNothingInForce,

    /// <summary>In custody after every release date of their sentences has passed, with no release recorded.</summary>
    InCustodyPastRelease,

    /// <summary>An order shown as active after its expiry date.</summary>
    ActiveAfterExpiry,

    /// <summary>A supervised community order in force with no supervision start date, so its plan cannot be timed.</summary>
    NoSupervisionStart,

    /// <summary>A date of birth that makes the person younger than 10 or older than 100.</summary>
    ImplausibleAge,

    /// <summary>Under supervision or in custody with no risk level recorded: shown as unknown, never as low.</summary>
    RiskUnknown,
}

/// <summary>One person the queue lists, and what is wrong.</summary>
public sealed record DataQualityItem(Guid PersonId, string OffenderNumber, string Name, DateOnly DateOfBirth);

/// <summary>
/// BYD-07: people whose records need putting right, one set-based query per check, over the people the user may see
/// (REC-05). Each count is the length of the list it links to (BYD-03).
/// </summary>
public sealed class DataQualityChecks(WaypointDbContext db, PersonAccess access, PolicyPacks packs, WorkQueue queue)
{
    public static string Describe(DataQualityCheck check) => check switch
    {
        DataQualityCheck.SupervisedWithoutOfficer => "Supervised order with no officer allocated",
        DataQualityCheck.OnCaseloadWithNothingInForce => "On a caseload with no order in force and not in custody",
        DataQualityCheck.InCustodyPastRelease => "In custody after every release date has passed",
        DataQualityCheck.ActiveAfterExpiry => "Order still active after its expiry date",
        DataQualityCheck.NoSupervisionStart => "Supervised order with no supervision start date",
        DataQualityCheck.ImplausibleAge => "Date of birth makes them younger than 10 or older than 100",
        DataQualityCheck.RiskUnknown => "Risk level unknown: no assessment recorded",
        _ => check.ToString(),
    };

    public async Task<IReadOnlyList<(DataQualityCheck Check, int Count)>> CountsAsync(CancellationToken ct)
    {
        var counts = new List<(DataQualityCheck, int)>();
        foreach (var check in Enum.GetValues<DataQualityCheck>())
        {
            counts.Add((check, await (await PeopleAsync(check, ct)).CountAsync(ct)));
        }
        return counts;
    }

    public async Task<(IReadOnlyList<DataQualityItem> Page, int Total)> ListAsync(DataQualityCheck check, int skip, int take, CancellationToken ct)
    {
        var people = await PeopleAsync(check, ct);
        var total = await people.CountAsync(ct);
        var page = await people.OrderBy(p => p.FamilyName).ThenBy(p => p.GivenNames).ThenBy(p => p.OffenderNumber).Skip(skip).Take(take)
            .Select(p => new DataQualityItem(p.Id, p.OffenderNumber, p.GivenNames + " " + p.FamilyName, p.DateOfBirth))
            .ToListAsync(ct);
        return (page, total);
    }

    /// <summary>
    /// The people a check finds among those the user may see. Each check is a set of person ids from the table that
    /// shows the problem, so the database starts from the few rows at fault, not from every person.
    /// </summary>
    private async Task<IQueryable<Person>> PeopleAsync(DataQualityCheck check, CancellationToken ct)
    {
        var today = queue.Today;
        // Which community order types are supervised is the packs' to say (PPL-04).
        var supervised = packs.All.SelectMany(p => p.OrderTypes).Where(t => !t.Custodial && t.Supervised).Select(t => t.Code).Distinct().ToList();
        var inForce = db.Orders.Where(o => o.Status == OrderStatus.Active && o.Dates.Start <= today && (o.Dates.Expiry == null || o.Dates.Expiry >= today));
        var supervisedInForce = inForce.Where(o => !o.Custodial && supervised.Contains(o.OrderType));
        var inCustody = db.CustodyRecords.Where(c => c.Placements.Any(pl => pl.To == null)).Select(c => c.PersonId);
        var scope = await access.ScopeAsync(ct);
        if (!scope.JurisdictionWide)
        {
            // Supervision and custody at the user's own sites: the visibility test then runs over those few, not over
            // every supervised person in the jurisdiction.
            var mine = scope.SiteIds.ToList();
            supervisedInForce = supervisedInForce.Where(o => o.SupervisingSiteId != null && mine.Contains(o.SupervisingSiteId.Value));
            inCustody = db.CustodyRecords.Where(c => c.Placements.Any(pl => pl.To == null && mine.Contains(pl.SiteId))).Select(c => c.PersonId);
        }
        var custodial = db.Orders.Where(o => o.Status == OrderStatus.Active && o.Custodial);
        var assessed = Assessments.Assessments.Reoffending(db).Select(a => a.PersonId);
        var found = check switch
        {
            DataQualityCheck.SupervisedWithoutOfficer => supervisedInForce.Select(o => o.PersonId)
                .Where(id => !db.CaseAllocations.Any(c => c.PersonId == id && c.Allocations.Any(a => a.To == null && a.Kind == AllocationKind.ResponsibleOfficer))),
            DataQualityCheck.OnCaseloadWithNothingInForce => db.CaseAllocations.Where(c => c.Allocations.Any(a => a.To == null)).Select(c => c.PersonId)
                .Where(id => !inForce.Any(o => o.PersonId == id) && !inCustody.Contains(id)),
            DataQualityCheck.InCustodyPastRelease => inCustody
                .Where(id => custodial.Any(o => o.PersonId == id)
                    && custodial.Where(o => o.PersonId == id).All(o =>
                        (o.Dates.EarliestEligibilityDate != null || o.Dates.EarliestDateOfRelease != null || o.Dates.StatutoryReviewDate != null)
                        && (o.Dates.EarliestEligibilityDate == null || o.Dates.EarliestEligibilityDate < today)
                        && (o.Dates.EarliestDateOfRelease == null || o.Dates.EarliestDateOfRelease < today)
                        && (o.Dates.StatutoryReviewDate == null || o.Dates.StatutoryReviewDate < today))),
            DataQualityCheck.ActiveAfterExpiry => db.Orders.Where(o => o.Status == OrderStatus.Active && o.Dates.Expiry < today).Select(o => o.PersonId),
            DataQualityCheck.NoSupervisionStart => supervisedInForce.Where(o => o.Dates.SupervisionStart == null).Select(o => o.PersonId),
            DataQualityCheck.ImplausibleAge => db.People.Where(p => p.DateOfBirth > today.AddYears(-10) || p.DateOfBirth < today.AddYears(-100)).Select(p => p.Id),
            // Under supervision or in custody with no completed LSI-R or LSI-R: SV (ASM-01, ASM-02).
            _ => supervisedInForce.Select(o => o.PersonId).Union(inCustody).Where(id => !assessed.Contains(id)),
        };
        return access.Visible(db.People.AsNoTracking().Where(p => found.Contains(p.Id)), scope);
    }
}
