using Microsoft.EntityFrameworkCore;
using Waypoint.Web.Data.Configurations;

namespace Waypoint.Web.Data;

public sealed class PostgresWaypointDbContext(DbContextOptions<PostgresWaypointDbContext> options, IObligationUpkeep? upkeep = null) : WaypointDbContext(options, upkeep)
{
    /// <summary>Arbitrary, fixed key for the transaction-scoped advisory lock that orders audit writers.</summary>
    private const long AuditChainLockKey = 7_251_003;

    public override bool IsPostgres => true;

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.HasPostgresExtension("pg_trgm");
        // A second, named index on the same column: the unique one stays a b-tree.
        builder.Entity<SearchWord>()
            .HasIndex(w => w.Word, SearchWordConfiguration.TrigramIndexName)
            .HasMethod("gin")
            .HasOperators("gin_trgm_ops");
    }

    protected override Task LockAuditChainAsync(CancellationToken cancellationToken) =>
        Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({AuditChainLockKey})", cancellationToken);
}
