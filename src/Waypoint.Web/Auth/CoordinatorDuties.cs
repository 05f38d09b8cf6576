using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Waypoint.Core.Orders;
using Waypoint.Core.Security;
using Waypoint.Core.Staff;
using Waypoint.Web.Audit;
using Waypoint.Web.Data;

namespace Waypoint.Web.Auth;

/// <summary>
/// REC-01: who does case management coordinator duties (allocating officers) where. At each site it is the role the
/// site names, held by someone who works there, or anyone the delegation register authorises there today. A person at
/// no site yet may be allocated by anyone holding an allocating role.
/// </summary>
public sealed class CoordinatorDuties(WaypointDbContext db, TimeProvider clock, IMemoryCache cache)
{
    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>Whether the user does coordinator duties anywhere: the gate to the allocation pages and endpoints.</summary>
    public async Task<bool> AnywhereAsync(ClaimsPrincipal user, CancellationToken ct) =>
        Roles.Allocators.Any(user.IsInRole)
        || await StaffSites.Delegated(db, Actor.From(user).UserId, Today).AnyAsync(d => d.Duty == DelegatedDuty.CoordinatorDuties, ct);

    /// <summary>
    /// The sites where the user does coordinator duties today: where they work and hold the site's coordinator role, and
    /// where a delegation in force gives them the duties. Kept under the access epoch (<see cref="AccessEpoch"/>), since
    /// every work queue asks it.
    /// </summary>
    public async Task<IReadOnlyList<Guid>> SitesAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var me = Actor.From(user).UserId;
        var today = Today;
        var roles = Roles.All.Where(user.IsInRole).ToList();
        var key = $"coordinator-sites:{me}:{string.Join(',', roles)}:{today.DayNumber}:{AccessEpoch.Current}";
        if (cache.TryGetValue<List<Guid>>(key, out var kept))
        {
            return kept!;
        }
        var mySites = StaffSites.For(db, me, today);
        var byRole = db.Sites.Where(s => mySites.Contains(s.Id) && roles.Contains(s.CoordinatorRole)).Select(s => s.Id);
        var delegated = StaffSites.Delegated(db, me, today).Where(d => d.Duty == DelegatedDuty.CoordinatorDuties).Select(d => d.SiteId);
        return cache.Set(key, await byRole.Union(delegated).ToListAsync(ct), AccessEpoch.EntryLifetime);
    }

    /// <summary>Why the user may not allocate an officer to this person, or null when they may.</summary>
    public async Task<string?> RefusalAsync(ClaimsPrincipal user, Guid personId, CancellationToken ct)
    {
        var sites = await db.Sites.AsNoTracking()
            .Where(s => db.CustodyRecords.Any(c => c.PersonId == personId && c.Placements.Any(p => p.To == null && p.SiteId == s.Id))
                || db.Orders.Any(o => o.PersonId == personId && o.Status == OrderStatus.Active && o.SupervisingSiteId == s.Id))
            .Select(s => new { s.Id, s.Name, s.CoordinatorRole })
            .ToListAsync(ct);
        if (sites.Count == 0)
        {
            return Roles.Allocators.Any(user.IsInRole) ? null : "Only someone who does coordinator duties can allocate an officer";
        }
        var mine = await SitesAsync(user, ct);
        if (sites.Any(s => mine.Contains(s.Id)))
        {
            return null;
        }
        var site = sites[0];
        return $"At {site.Name} coordinator duties are done by the {Roles.Names[site.CoordinatorRole].ToLowerInvariant()} or someone the delegation register authorises there";
    }
}

/// <summary>The allocation gate (REC-01): an allocating role, or a coordinator-duties delegation in force today.</summary>
public sealed class DoesCoordinatorDutiesRequirement : IAuthorizationRequirement;

public sealed class DoesCoordinatorDutiesHandler(CoordinatorDuties duties) : AuthorizationHandler<DoesCoordinatorDutiesRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, DoesCoordinatorDutiesRequirement requirement)
    {
        if (context.User.Identity?.IsAuthenticated == true && await duties.AnywhereAsync(context.User, CancellationToken.None))
        {
            context.Succeed(requirement);
        }
    }
}
