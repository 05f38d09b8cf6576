using System.CommandLine;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Waypoint.Core.Audit;
using Waypoint.Core.Policy;
using Waypoint.Web.Features.Policy;
using Waypoint.Core.Security;
using Waypoint.Web.Data;
using Waypoint.Web.Features.Audit;

namespace Waypoint.Web.Cli;

/// <summary>The same program as a command line: migrate, seed demo data, create users, verify the audit chain, back up.</summary>
public static class WaypointCommandLine
{
    private static readonly string[] Verbs = ["migrate", "seed-demo", "create-user", "verify-audit", "rebuild-obligations", "backup", "check-pack", "--help", "-h", "-?", "--version"];

    public static bool Handles(string[] args) => args.Length > 0 && Verbs.Contains(args[0]);

    public static async Task<int> RunAsync(string[] args)
    {
        var root = new RootCommand("Waypoint: case management for corrections. Run with no arguments to start the web app.");

        var migrate = new Command("migrate", "Create the database or bring it up to date.");
        migrate.SetAction((_, ct) => WithServices(async (s, _) =>
        {
            await DatabaseSetup.MigrateAsync(s.GetRequiredService<WaypointDbContext>(), ct);
            Console.WriteLine("Database is up to date.");
            return 0;
        }));
        root.Subcommands.Add(migrate);

        var people = new Option<int>("--people") { Description = "How many demo people to create.", DefaultValueFactory = _ => 200 };
        var seed = new Option<int>("--seed") { Description = "Random seed; the same seed gives the same people.", DefaultValueFactory = _ => 20261126 };
        var seedDemo = new Command("seed-demo", "Load the demo jurisdiction (accounts and people) into an empty database.") { people, seed };
        seedDemo.SetAction((r, ct) => WithServices(async (s, _) =>
        {
            var db = s.GetRequiredService<WaypointDbContext>();
            await DatabaseSetup.MigrateAsync(db, ct);
            if (await db.People.AnyAsync(ct))
            {
                await Console.Error.WriteLineAsync("The database already holds people; seed-demo only fills an empty database.");
                return 1;
            }
            var n = r.GetValue(people);
            if (n is < 0 or > 2_000_000)
            {
                await Console.Error.WriteLineAsync("--people must be between 0 and 2000000.");
                return 2;
            }
            await DemoData.SeedAsync(s, n, r.GetValue(seed), Console.Out, ct);
            return 0;
        }));
        root.Subcommands.Add(seedDemo);

        var userName = new Option<string>("--user-name") { Description = "Sign-in name.", Required = true };
        var displayName = new Option<string>("--display-name") { Description = "Name shown to other staff.", Required = true };
        var role = new Option<string[]>("--role") { Description = $"Role code, repeatable: {string.Join(", ", Roles.All)}.", Required = true, AllowMultipleArgumentsPerToken = true };
        var createUser = new Command("create-user", "Create a staff account. The password is read from the WAYPOINT_PASSWORD environment variable or standard input.") { userName, displayName, role };
        createUser.SetAction((r, ct) => WithServices(async (s, _) =>
        {
            var roles = r.GetValue(role)!;
            var unknown = roles.Where(x => !Roles.All.Contains(x)).ToList();
            if (unknown.Count > 0)
            {
                await Console.Error.WriteLineAsync($"Unknown role(s): {string.Join(", ", unknown)}. Known: {string.Join(", ", Roles.All)}.");
                return 2;
            }
            var password = Environment.GetEnvironmentVariable("WAYPOINT_PASSWORD") ?? Console.In.ReadLine();
            if (string.IsNullOrEmpty(password))
            {
                await Console.Error.WriteLineAsync("Give the password in WAYPOINT_PASSWORD or on standard input.");
                return 2;
            }
            await DatabaseSetup.MigrateAsync(s.GetRequiredService<WaypointDbContext>(), ct);
            var roleManager = s.GetRequiredService<RoleManager<IdentityRole>>();
            foreach (var code in Roles.All.Where(code => !roleManager.Roles.Any(x => x.Name == code)))
            {
                await roleManager.CreateAsync(new IdentityRole(code));
            }
            var users = s.GetRequiredService<UserManager<WaypointUser>>();
            var user = new WaypointUser { UserName = r.GetValue(userName), DisplayName = r.GetValue(displayName)!, CreatedAt = DateTimeOffset.UtcNow };
            var result = await users.CreateAsync(user, password);
            if (result.Succeeded)
            {
                result = await users.AddToRolesAsync(user, roles);
            }
            if (!result.Succeeded)
            {
                await Console.Error.WriteLineAsync(string.Join(Environment.NewLine, result.Errors.Select(e => e.Description)));
                return 1;
            }
            Console.WriteLine($"Created {user.UserName} with role(s) {string.Join(", ", roles)}.");
            return 0;
        }));
        root.Subcommands.Add(createUser);

        var verify = new Command("verify-audit", "Check the audit trail's hash chain; names the first altered or missing entry.");
        verify.SetAction((_, ct) => WithServices(async (s, _) =>
        {
            await Task.CompletedTask;
            var result = s.GetRequiredService<AuditSearch>().Verify();
            (result.Intact ? Console.Out : Console.Error).WriteLine(result.Message);
            return result.Intact ? 0 : 3;
        }));
        root.Subcommands.Add(verify);

        var rebuild = new Command("rebuild-obligations", "Recompute every person's obligations from their records and report any difference from what was stored.");
        rebuild.SetAction((_, ct) => WithServices(async (s, _) =>
        {
            var db = s.GetRequiredService<WaypointDbContext>();
            await DatabaseSetup.MigrateAsync(db, ct);
            var started = System.Diagnostics.Stopwatch.StartNew();
            var result = await s.GetRequiredService<IObligationUpkeep>().RebuildAsync(db, Console.Out, ct);
            Console.WriteLine($"Rebuilt {result.Obligations} obligations for {result.People} people in {started.Elapsed.TotalSeconds:0.0} s: " +
                (result.Differences == 0 ? "no differences from what was stored." : $"{result.Differences} differences ({result.Added} missing, {result.Removed} not due, {result.Changed} changed), now corrected."));
            return result.Differences == 0 ? 0 : 4;
        }));
        root.Subcommands.Add(rebuild);

        var file = new Argument<FileInfo>("file") { Description = "Where to write the backup." };
        var backup = new Command("backup", "Copy the SQLite database to a file while the app runs. For PostgreSQL use pg_dump.") { file };
        backup.SetAction((r, ct) => WithServices(async (s, config) =>
        {
            if (DatabaseSetup.UsesPostgres(config))
            {
                await Console.Error.WriteLineAsync("This database is PostgreSQL: back it up with pg_dump (for example `pg_dump --format=custom --file=waypoint.dump <database>`).");
                return 2;
            }
            var target = r.GetValue(file)!;
            if (target.Exists)
            {
                await Console.Error.WriteLineAsync($"{target.FullName} already exists; choose a new file.");
                return 2;
            }
            await using var source = new SqliteConnection(DatabaseSetup.SqliteConnectionString(config));
            await using var destination = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = target.FullName, Pooling = false }.ToString());
            await source.OpenAsync(ct);
            await destination.OpenAsync(ct);
            source.BackupDatabase(destination);
            Console.WriteLine($"Backed up to {target.FullName}.");
            return 0;
        }));
        root.Subcommands.Add(backup);

        var packFile = new Argument<FileInfo>("file") { Description = "The pack to check." };
        var schemaOption = new Option<FileInfo?>("--schema") { Description = "The pack schema; by default schema.json beside the pack, else the one Waypoint ships." };
        var checkPack = new Command("check-pack", "Check a policy pack against the schema and Waypoint's rules; lists each problem with its JSON path.") { packFile, schemaOption };
        checkPack.SetAction(async (r, ct) =>
        {
            var pack = r.GetValue(packFile)!;
            if (!pack.Exists)
            {
                await Console.Error.WriteLineAsync($"{pack.FullName} does not exist.");
                return 2;
            }
            var beside = Path.Combine(pack.DirectoryName ?? ".", PolicyPacks.SchemaFile);
            var schema = r.GetValue(schemaOption)?.FullName ?? (File.Exists(beside) ? beside : Path.Combine(AppContext.BaseDirectory, "policy-packs", PolicyPacks.SchemaFile));
            var problems = PolicyPackFile.Check(await File.ReadAllTextAsync(pack.FullName, ct), await File.ReadAllTextAsync(schema, ct), out var parsed);
            if (problems.Count > 0)
            {
                await Console.Error.WriteLineAsync($"{pack.Name} is not valid:");
                foreach (var problem in problems)
                {
                    await Console.Error.WriteLineAsync($"  {problem}");
                }
                return 1;
            }
            Console.WriteLine($"{pack.Name} is valid: {parsed!.Name} {parsed.Version}, {parsed.Rules.Count} rule(s), {parsed.OrderTypes.Count} order type(s).");
            return 0;
        });
        root.Subcommands.Add(checkPack);

        try
        {
            return await root.Parse(args).InvokeAsync();
        }
        catch (InvalidPolicyPackException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return 1;
        }
    }

    private static async Task<int> WithServices(Func<IServiceProvider, IConfiguration, Task<int>> action)
    {
        var app = WaypointApp.Build(["--Logging:LogLevel:Default=Warning", "--Logging:LogLevel:Microsoft.EntityFrameworkCore=Warning"]);
        using var scope = app.Services.CreateScope();
        return await action(scope.ServiceProvider, app.Configuration);
    }
}
