using Microsoft.AspNetCore.Identity;

namespace Waypoint.Web.Data;

/// <summary>A staff account (REC-01, REC-07). Roles are Identity roles named by <see cref="Waypoint.Core.Security.Roles"/>.</summary>
public sealed class WaypointUser : IdentityUser
{
    public string DisplayName { get; set; } = "";

    /// <summary>When set, the account stops working at this instant: used for the time-limited auditor role (REC-01).</summary>
    public DateTimeOffset? AccessExpiresAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The team the person works in (STF-01); none for accounts outside case work, such as administrators.</summary>
    public Guid? TeamId { get; set; }
}
