using Microsoft.EntityFrameworkCore;
using Waypoint.Web.Data.Configurations;

namespace Waypoint.Web.Data;

public sealed class PostgresWaypointDbContext(DbContextOptions<PostgresWaypointDbContext> options) : WaypointDbContext(options)
{
    /// <summary>Arbitrary, fixed key for the transaction-scoped advisory lock that orders audit writers.</summary>
    private const long AuditChainLockKey = 7_251_003;

    public override bool IsPostgres => true;

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.HasPostgresExtension("pg_trgm");
        builder.Entity<PersonSearchName>()
            .HasIndex(n => n.Text)
            .HasMethod("gin")
            .HasOperators("gin_trgm_ops")
            .HasDatabaseName(PersonSearchNameConfiguration.TrigramIndexName);
    }

    protected override Task LockAuditChainAsync(CancellationToken cancellationToken) =>
        Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({AuditChainLockKey})", cancellationToken);
}
