using System.Security.Claims;

namespace Waypoint.Web.Audit;

/// <summary>Who is acting: a signed-in user (page or API token) or the command line.</summary>
public sealed record Actor(string UserId, string UserName)
{
    public static readonly Actor CommandLine = new("system", "command line");

    public static Actor From(ClaimsPrincipal? user) =>
        user?.Identity?.IsAuthenticated == true
            ? new Actor(user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "unknown", user.Identity.Name ?? "unknown")
            : CommandLine;
}
