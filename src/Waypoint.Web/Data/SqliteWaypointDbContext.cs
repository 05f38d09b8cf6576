using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Waypoint.Web.Data;

public sealed class SqliteWaypointDbContext(DbContextOptions<SqliteWaypointDbContext> options, IObligationUpkeep? upkeep = null) : WaypointDbContext(options, upkeep)
{
    public override bool IsPostgres => false;

    // SQLite transactions from Microsoft.Data.Sqlite begin IMMEDIATE, which already takes the single write lock.
    /// <summary>SQLite has no instant type; stored as a sortable integer so queries can order and filter by time.</summary>
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }

    protected override Task LockAuditChainAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
