using Microsoft.EntityFrameworkCore;
using Waypoint.Core.Orders;
using Waypoint.Core.People;
using Waypoint.Core.Security;
using Waypoint.Web.Audit;
using Waypoint.Web.Data;

namespace Waypoint.Web.Auth;

/// <summary>Whose records a signed-in member of staff may see (REC-05): everyone's, or their sites' and their own cases'.</summary>
public sealed record StaffScope(string UserId, bool JurisdictionWide, IReadOnlyList<Guid> SiteIds);

public enum PersonVisibility
{
    NoSuchPerson,
    Visible,
    Refused,
}

/// <summary>
/// REC-05: staff see the people whose current prison or supervising office is one of their sites, and the people
/// allocated to them or on whose case team they are (STF-06). A transfer moves the person with it: the new site's staff gain them and the old site's lose
/// them. Someone at no site now (before sentence, or after it ends) is seen by the sites they were at, or by everyone
/// if they were never at one, so a newly registered person can be found by the office that will take them.
/// Records officers, managers and auditors see the whole jurisdiction.
/// </summary>
public sealed class PersonAccess(WaypointDbContext db, IHttpContextAccessor http, AuditTrail audit, TimeProvider clock)
{
    private StaffScope? scope;

    public async Task<StaffScope> ScopeAsync(CancellationToken ct)
    {
        if (scope is not null)
        {
            return scope;
        }
        var user = http.HttpContext?.User;
        var actor = Actor.From(user);
        var wide = user is null || Roles.JurisdictionWide.Any(user.IsInRole);
        var sites = wide ? [] : await StaffSites.For(db, actor.UserId, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)).ToListAsync(ct);
        return scope = new StaffScope(actor.UserId, wide, sites);
    }

    /// <summary>The people in a query that the scope may see, as one set-based filter.</summary>
    public IQueryable<Person> Visible(IQueryable<Person> people, StaffScope staff)
    {
        if (staff.JurisdictionWide)
        {
            return people;
        }
        var userId = staff.UserId;
        var sites = staff.SiteIds;
        return people.Where(p =>
            db.CaseAllocations.Any(c => c.PersonId == p.Id && c.Allocations.Any(a => a.To == null && a.OfficerUserId == userId))
            || db.CaseTeams.Any(c => c.PersonId == p.Id && c.Members.Any(m => m.To == null && m.UserId == userId))
            || db.CustodyRecords.Any(c => c.PersonId == p.Id && c.Placements.Any(pl => pl.To == null && sites.Contains(pl.SiteId)))
            || db.Orders.Any(o => o.PersonId == p.Id && o.Status == OrderStatus.Active && o.SupervisingSiteId != null && sites.Contains(o.SupervisingSiteId.Value))
            || (!db.CustodyRecords.Any(c => c.PersonId == p.Id && c.Placements.Any(pl => pl.To == null))
                && !db.Orders.Any(o => o.PersonId == p.Id && o.Status == OrderStatus.Active && o.SupervisingSiteId != null)
                && ((!db.CustodyRecords.Any(c => c.PersonId == p.Id && c.Placements.Any()) && !db.Orders.Any(o => o.PersonId == p.Id && o.SupervisingSiteId != null))
                    || db.CustodyRecords.Any(c => c.PersonId == p.Id && c.Placements.Any(pl => sites.Contains(pl.SiteId)))
                    || db.Orders.Any(o => o.PersonId == p.Id && o.SupervisingSiteId != null && sites.Contains(o.SupervisingSiteId.Value)))));
    }

    /// <summary>Of these people, the ones the signed-in user may see.</summary>
    public async Task<HashSet<Guid>> VisibleAmongAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct)
    {
        var staff = await ScopeAsync(ct);
        var list = ids.ToList();
        return (await Visible(db.People.AsNoTracking().Where(p => list.Contains(p.Id)), staff).Select(p => p.Id).ToListAsync(ct)).ToHashSet();
    }

    public async Task<PersonVisibility> CheckAsync(Guid personId, CancellationToken ct)
    {
        var staff = await ScopeAsync(ct);
        var people = db.People.AsNoTracking().Where(p => p.Id == personId);
        if (await Visible(people, staff).AnyAsync(ct))
        {
            return PersonVisibility.Visible;
        }
        return await people.AnyAsync(ct) ? PersonVisibility.Refused : PersonVisibility.NoSuchPerson;
    }

    /// <summary>A refused look is itself a record a records officer needs to see (REC-05).</summary>
    public async Task RecordRefusalAsync(Guid personId, string path, CancellationToken ct)
    {
        audit.Record("person.access-refused", AuditTrail.PersonRecord, personId.ToString(), personId, details: new { path });
        await db.SaveChangesAsync(ct);
    }
}

/// <summary>
/// The sites a member of staff works at: their team's, those of the teams they lead (STF-01), and those where the
/// delegation register gives them duties today (REC-01).
/// </summary>
public static class StaffSites
{
    public static IQueryable<Guid> For(WaypointDbContext db, string userId, DateOnly today) =>
        db.Teams.Where(t => t.TeamLeaderUserId == userId || db.Users.Any(u => u.Id == userId && u.TeamId == t.Id)).Select(t => t.SiteId)
            .Union(Delegated(db, userId, today).Select(d => d.SiteId));

    /// <summary>The delegations a member of staff holds today, as a query.</summary>
    public static IQueryable<Core.Staff.Delegation> Delegated(WaypointDbContext db, string userId, DateOnly today) =>
        db.Delegations.Where(d => d.DelegateUserId == userId && d.From <= today && (d.To == null || d.To >= today) && (d.RevokedOn == null || d.RevokedOn > today));
}
