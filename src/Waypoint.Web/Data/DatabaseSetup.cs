using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Waypoint.Web.Data;

/// <summary>Chooses the database from configuration: SQLite in the data folder unless Database__Provider is Postgres.</summary>
public static class DatabaseSetup
{
    public static bool UsesPostgres(IConfiguration config) =>
        string.Equals(config["Database:Provider"], "Postgres", StringComparison.OrdinalIgnoreCase)
        || string.Equals(config["Database:Provider"], "PostgreSQL", StringComparison.OrdinalIgnoreCase);

    // Owned collections (aliases, alerts…) always load with a person: split queries avoid a cartesian product. The
    // options are built once, not for every request's context (measured: most of a small request's allocations).
    public static IServiceCollection AddWaypointDatabase(this IServiceCollection services, IConfiguration config)
    {
        if (UsesPostgres(config))
        {
            var cs = config.GetConnectionString("Waypoint")
                ?? throw new InvalidOperationException("Database:Provider is Postgres but ConnectionStrings:Waypoint is not set.");
            services.AddDbContext<WaypointDbContext, PostgresWaypointDbContext>(o => o.UseNpgsql(cs, x => x.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery)), optionsLifetime: ServiceLifetime.Singleton);
        }
        else
        {
            var cs = SqliteConnectionString(config);
            services.AddDbContext<WaypointDbContext, SqliteWaypointDbContext>(o => o.UseSqlite(cs, x => x.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery)).AddInterceptors(new SqlitePragmas()), optionsLifetime: ServiceLifetime.Singleton);
            services.AddHostedService<SqliteStatistics>();
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
        // Obligations are derived again, once, whenever the packs change: a new version's rules apply to the records
        // already held (CMP-06), and a database from before obligations were stored gets them (CMP-03).
        if (db.ObligationUpkeep is { } upkeep)
        {
            var marker = $"ObligationRules:{upkeep.RulesDigest}";
            if (!await db.Counters.AnyAsync(c => c.Name == marker, cancellationToken))
            {
                if (await db.People.AnyAsync(cancellationToken))
                {
                    await upkeep.RebuildAsync(db, null, cancellationToken);
                }
                await db.Counters.Where(c => c.Name.StartsWith("ObligationRules:")).ExecuteDeleteAsync(cancellationToken);
                db.Counters.Add(new Counter { Name = marker, Value = 1 });
                await db.SaveChangesAsync(cancellationToken);
            }
        }
        if (!db.IsPostgres)
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            await RefreshStatisticsAsync(db, cancellationToken);
        }
    }

    /// <summary>
    /// SQLite's query planner needs table statistics to choose the right index: without them it scanned every
    /// placement at a site for each search candidate (1.8 s) rather than looking up the person (20 ms). PostgreSQL
    /// keeps its own with autovacuum. A sampled ANALYZE is quick even on a large file.
    /// </summary>
    public static Task RefreshStatisticsAsync(WaypointDbContext db, CancellationToken cancellationToken = default) =>
        db.IsPostgres ? Task.CompletedTask : db.Database.ExecuteSqlRawAsync("PRAGMA analysis_limit=2000; ANALYZE;", cancellationToken);
}

/// <summary>Keeps SQLite's statistics current as a long-running service's data grows (see <see cref="DatabaseSetup.RefreshStatisticsAsync"/>).</summary>
public sealed class SqliteStatistics(IServiceScopeFactory scopes, ILogger<SqliteStatistics> log) : BackgroundService
{
    private static readonly TimeSpan Every = TimeSpan.FromHours(6);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Every);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                using var scope = scopes.CreateScope();
                await DatabaseSetup.RefreshStatisticsAsync(scope.ServiceProvider.GetRequiredService<WaypointDbContext>(), stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Stale statistics make queries slower, not wrong: log and try again next time.
                log.LogWarning(e, "Refreshing SQLite statistics failed");
            }
        }
    }
}
