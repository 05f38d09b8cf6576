using Microsoft.EntityFrameworkCore;
using Waypoint.Core.Compliance;
using Waypoint.Web.Data;

namespace Waypoint.Web.Features.Compliance;

/// <summary>One obligation explained (CMP-02): what, when, whose, its status today, and the rule, clause, pack version and facts behind it.</summary>
public sealed record ObligationView(
    string Key, string Kind, string What, DateOnly TriggeredOn, DateOnly DueOn, string Status, string Owner,
    string RuleId, string RuleSource, string PackId, string PackVersion, string Facts, DateOnly? MetOn, string? MetBy, DateOnly? EndedOn, string? EndedBecause,
    DateOnly? WaivedOn, string? WaivedBy, string? WaiverReason, string Href)
{
    public bool Open => Status is nameof(ObligationStatus.Upcoming) or nameof(ObligationStatus.DueSoon) or nameof(ObligationStatus.Overdue);
}

/// <summary>A person's obligations, open first, each with its owner named (CMP-02).</summary>
public sealed class PersonObligations(WaypointDbContext db, WorkQueue queue)
{
    public async Task<IReadOnlyList<ObligationView>> ForAsync(Guid personId, CancellationToken ct, string? key = null)
    {
        var today = queue.Today;
        var rows = await db.Obligations.AsNoTracking().Where(o => o.PersonId == personId && (key == null || o.Key == key)).ToListAsync(ct);
        var userIds = rows.Select(o => o.Owner.UserId).OfType<string>().Distinct().ToList();
        var siteIds = rows.Select(o => o.Owner.CoordinatorSiteId).OfType<Guid>().Distinct().ToList();
        var users = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        var sites = await db.Sites.AsNoTracking().Where(s => siteIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, ct);
        return rows
            .Select(o => (Obligation: o, Status: o.StatusOn(today, queue.DueSoonDays(o.PackId, today))))
            .OrderBy(x => x.Status is ObligationStatus.MetOnTime or ObligationStatus.MetLate or ObligationStatus.NoLongerApplicable or ObligationStatus.Waived)
            .ThenBy(x => x.Obligation.DueOn)
            .Select(x => new ObligationView(
                x.Obligation.Key, x.Obligation.Kind.ToString(), WorkQueue.Describe(x.Obligation.Kind), x.Obligation.TriggeredOn, x.Obligation.DueOn, x.Status.ToString(),
                WorkQueue.OwnerName(x.Obligation.Owner, users, sites),
                x.Obligation.RuleId, x.Obligation.RuleSource, x.Obligation.PackId, x.Obligation.PackVersion, x.Obligation.Facts,
                x.Obligation.MetOn, x.Obligation.MetBy, x.Obligation.EndedOn, x.Obligation.EndedBecause,
                x.Obligation.WaivedOn, x.Obligation.WaivedBy, x.Obligation.WaiverReason, ObligationPlaces.Href(personId, x.Obligation.Kind, x.Obligation.Key)))
            .ToList();
    }
}
