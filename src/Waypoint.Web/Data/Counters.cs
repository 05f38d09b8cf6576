using Microsoft.EntityFrameworkCore;

namespace Waypoint.Web.Data;

/// <summary>Hands out the next number of a named counter in one atomic statement (both providers support RETURNING).</summary>
public static class Counters
{
    public const string OffenderNumber = "OffenderNumber";

    public static async Task<long> NextAsync(WaypointDbContext db, string name, CancellationToken cancellationToken = default)
    {
        var values = await db.Database
            .SqlQuery<long>($"UPDATE \"Counters\" SET \"Value\" = \"Value\" + 1 WHERE \"Name\" = {name} RETURNING \"Value\"")
            .ToListAsync(cancellationToken);
        return values.Single();
    }

    /// <summary>PPL-01: offender numbers look like W0001234 and are never reused.</summary>
    public static string FormatOffenderNumber(long n) => $"W{n:D7}";
}
