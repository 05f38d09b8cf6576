using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Waypoint.Web.Data;

namespace Waypoint.Web.Auth;

/// <summary>Adds the display name and any access expiry to the signed-in principal, for cookies and API tokens alike.</summary>
public sealed class WaypointClaims(UserManager<WaypointUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<WaypointUser, IdentityRole>(users, roles, options)
{
    public const string DisplayName = "waypoint:display_name";
    public const string AccessExpiresAt = "waypoint:access_expires_at";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(WaypointUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(DisplayName, user.DisplayName));
        if (user.AccessExpiresAt is { } expires)
        {
            identity.AddClaim(new Claim(AccessExpiresAt, expires.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
        return identity;
    }

    /// <summary>The signed-in user's name as people read it, falling back to the account name.</summary>
    public static string DisplayNameOf(ClaimsPrincipal user) => user.FindFirstValue(DisplayName) ?? user.Identity?.Name ?? "unknown";

    public static bool HasExpired(ClaimsPrincipal principal, DateTimeOffset now) =>
        long.TryParse(principal.FindFirstValue(AccessExpiresAt), out var seconds) && DateTimeOffset.FromUnixTimeSeconds(seconds) <= now;
}
