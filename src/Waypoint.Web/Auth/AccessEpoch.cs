using Microsoft.AspNetCore.Identity;
using Waypoint.Core.Staff;
using Waypoint.Web.Data;

namespace Waypoint.Web.Auth;

/// <summary>
/// What a request needs to know about its caller (the API token and its account, where they do coordinator duties) is
/// read once and kept for a minute under the current epoch. Every save that changes tokens, accounts, roles, sites,
/// teams, staff or delegations moves the epoch on once it commits, so on this server a revoked token, a locked account or
/// a new delegation applies to the very next request; another server sees it within the minute its entries live.
/// </summary>
public static class AccessEpoch
{
    private static long current;

    public static long Current => Interlocked.Read(ref current);

    public static void Advance() => Interlocked.Increment(ref current);

    /// <summary>Whether a change to this entity can change who may do what.</summary>
    public static bool Concerns(object entity) =>
        entity is ApiToken or WaypointUser or IdentityUserRole<string> or IdentityUserClaim<string> or Site or Team or StaffMember or Delegation;

    /// <summary>How long an entry read under an epoch is kept: the bound on what another server may still hold.</summary>
    public static readonly TimeSpan EntryLifetime = TimeSpan.FromMinutes(1);
}
