using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Waypoint.Web.Data;

namespace Waypoint.Web.Auth;

/// <summary>Signs an API caller in from `Authorization: Bearer wpt_…`; the token acts with its owner's current roles (REC-07).</summary>
public sealed class ApiTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    WaypointDbContext db,
    UserManager<WaypointUser> users,
    IUserClaimsPrincipalFactory<WaypointUser> principals,
    IMemoryCache cache,
    TimeProvider clock,
    IProblemDetailsService problems)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }
        var token = header["Bearer ".Length..].Trim();
        if (!token.StartsWith(ApiTokens.Marker, StringComparison.Ordinal))
        {
            return AuthenticateResult.Fail("Not a Waypoint API token.");
        }
        var hash = ApiTokens.Hash(token);
        var now = clock.GetUtcNow();
        var holder = await HolderAsync(hash, now);
        if (holder is null || !holder.Token.IsUsableAt(now))
        {
            return AuthenticateResult.Fail("The token is unknown, expired or revoked.");
        }
        var user = holder.User;
        if ((users.SupportsUserLockout && user.LockoutEnabled && user.LockoutEnd > now) || user.AccessExpiresAt <= now)
        {
            return AuthenticateResult.Fail("The token's account cannot sign in.");
        }
        // Roles and claims take several reads; they are kept for a minute per account and security stamp, which changes
        // whenever an administrator changes the account's roles, so a change still applies to the next request.
        var principal = await cache.GetOrCreateAsync($"api-principal:{user.Id}:{user.SecurityStamp}", entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = AccessEpoch.EntryLifetime;
            return principals.CreateAsync(user);
        });
        return AuthenticateResult.Success(new AuthenticationTicket(principal!, Scheme.Name));
    }

    private sealed record Holder(ApiToken Token, WaypointUser User);

    /// <summary>
    /// The token and its account, read in one query and kept under the access epoch (<see cref="AccessEpoch"/>), so a
    /// revoked token or a locked account stops at the next request. Unknown tokens are not kept: guessing cannot fill
    /// the cache.
    /// </summary>
    private async Task<Holder?> HolderAsync(string hash, DateTimeOffset now)
    {
        var key = $"api-token:{hash}:{AccessEpoch.Current}";
        if (cache.TryGetValue<Holder>(key, out var kept))
        {
            return kept;
        }
        var holder = await db.ApiTokens.AsNoTracking().Where(t => t.TokenHash == hash)
            .Join(db.Users.AsNoTracking(), t => t.UserId, u => u.Id, (t, u) => new Holder(t, u))
            .SingleOrDefaultAsync();
        if (holder is null)
        {
            return null;
        }
        // Last use is recorded when the token is read afresh, so about once a minute however busy the client is.
        if (holder.Token.IsUsableAt(now))
        {
            await db.ApiTokens.Where(t => t.Id == holder.Token.Id).ExecuteUpdateAsync(s => s.SetProperty(t => t.LastUsedAt, now));
        }
        return cache.Set(key, holder, AccessEpoch.EntryLifetime);
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = Context,
            ProblemDetails = { Status = 401, Title = "Sign-in required", Detail = "Send a valid API token as `Authorization: Bearer <token>`. Create one on the API tokens page." },
        });
    }

    protected override async Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = Context,
            ProblemDetails = { Status = 403, Title = "Not allowed", Detail = "Your roles do not allow this." },
        });
    }
}
