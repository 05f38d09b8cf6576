using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Waypoint.Web.Data;

/// <summary>Ready only when every migration this build knows is applied.</summary>
public sealed class MigrationsHealthCheck(WaypointDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        return pending.Count == 0
            ? HealthCheckResult.Healthy("All migrations applied")
            : HealthCheckResult.Unhealthy($"{pending.Count} migration(s) not applied; run `migrate`");
    }
}
