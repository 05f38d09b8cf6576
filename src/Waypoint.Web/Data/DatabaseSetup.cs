using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Waypoint.Web.Data;

/// <summary>Chooses the database from configuration: SQLite in the data folder unless Database__Provider is Postgres.</summary>
public static class DatabaseSetup
{
    public static bool UsesPostgres(IConfiguration config) =>
        string.Equals(config["Database:Provider"], "Postgres", StringComparison.OrdinalIgnoreCase)
        || string.Equals(config["Database:Provider"], "PostgreSQL", StringComparison.OrdinalIgnoreCase);

    // Owned collections (aliases, alerts…) always load with a person: split queries avoid a cartesian product.
    public static IServiceCollection AddWaypointDatabase(this IServiceCollection services, IConfiguration config)
    {
        if (UsesPostgres(config))
        {
            var cs = config.GetConnectionString("Waypoint")
                ?? throw new InvalidOperationException("Database:Provider is Postgres but ConnectionStrings:Waypoint is not set.");
            services.AddDbContext<WaypointDbContext, PostgresWaypointDbContext>(o => o.UseNpgsql(cs, x => x.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery)));
        }
        else
        {
            var cs = SqliteConnectionString(config);
            services.AddDbContext<WaypointDbContext, SqliteWaypointDbContext>(o => o.UseSqlite(cs, x => x.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery)).AddInterceptors(new SqlitePragmas()));
        }
        return services;
    }

    public static string SqliteConnectionString(IConfiguration config)
    {
        var configured = config.GetConnectionString("Waypoint");
        var builder = new SqliteConnectionStringBuilder(configured ?? $"Data Source={Path.Combine(DataFolder(config), "waypoint.db")}")
        {
            ForeignKeys = true,
            Pooling = true,
            DefaultTimeout = 30,
        };
        var file = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
        if (file is not null)
        {
            Directory.CreateDirectory(file);
        }
        return builder.ToString();
    }

    public static string DataFolder(IConfiguration config) => config["DataFolder"] ?? Path.Combine(Directory.GetCurrentDirectory(), "data");

    /// <summary>Applies migrations; on SQLite also switches the file to WAL so readers never wait for a writer.</summary>
    public static async Task MigrateAsync(WaypointDbContext db, CancellationToken cancellationToken = default)
    {
        await db.Database.MigrateAsync(cancellationToken);
        if (!await db.PersonSearchNames.AnyAsync(cancellationToken) && await db.People.AnyAsync(cancellationToken))
        {
            await db.RebuildSearchIndexAsync(cancellationToken);
        }
        if (!db.IsPostgres)
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }
}
