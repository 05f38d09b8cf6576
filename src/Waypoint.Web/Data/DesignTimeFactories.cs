using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Waypoint.Web.Data;

/// <summary>Lets `dotnet ef migrations add` build each provider's context without starting the app.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteWaypointDbContext>
{
    public SqliteWaypointDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteWaypointDbContext>().UseSqlite("Data Source=design.db").Options);
}

public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresWaypointDbContext>
{
    public PostgresWaypointDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresWaypointDbContext>().UseNpgsql("Host=localhost;Database=design").Options);
}
