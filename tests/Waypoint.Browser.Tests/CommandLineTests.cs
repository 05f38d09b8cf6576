using Microsoft.Data.Sqlite;

namespace Waypoint.Browser.Tests;

/// <summary>The program's command line, run as a user would against the same data folder the web app uses.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CommandLineTests(RunningWaypoint app)
{
    [Fact]
    [Trait("Req", "REC-03")]
    public async Task Help_ListsEveryVerb()
    {
        var (code, output, _) = await app.RunCliAsync("--help");
        Assert.Equal(0, code);
        foreach (var verb in new[] { "migrate", "seed-demo", "create-user", "verify-audit", "backup" })
        {
            Assert.Contains(verb, output);
        }
    }

    [Fact]
    [Trait("Req", "REC-01")]
    public async Task FirstRun_LoadedTheDemoJurisdiction_AndSeedDemoWillNotReseed()
    {
        var (code, _, error) = await app.RunCliAsync("seed-demo --people 5");
        Assert.Equal(1, code);
        Assert.Contains("already holds people", error);
        await using var db = new SqliteConnection($"Data Source={Path.Combine(app.DataFolder, "waypoint.db")};Mode=ReadOnly");
        await db.OpenAsync();
        await using var count = db.CreateCommand();
        // The demo people took the first 40 offender numbers; other tests may have added more since.
        count.CommandText = "SELECT COUNT(*) FROM People WHERE OffenderNumber <= 'W0000040'";
        Assert.Equal(40L, await count.ExecuteScalarAsync());
        count.CommandText = "SELECT COUNT(*) FROM AspNetUsers WHERE UserName IN ('case.officer', 'prison.case.officer', 'team.leader', 'assessment.officer', 'coordinator', 'unit.manager', 'prison.officer', 'superintendents.delegate', 'assistant.superintendent', 'manager', 'records.officer', 'admin', 'auditor')";
        Assert.Equal(13L, await count.ExecuteScalarAsync());
        count.CommandText = "SELECT COUNT(*) FROM Sites";
        Assert.Equal(5L, await count.ExecuteScalarAsync());
        count.CommandText = "SELECT COUNT(*) FROM AspNetUsers u JOIN Teams t ON t.Id = u.TeamId WHERE u.UserName = 'case.officer' AND t.TeamLeaderUserId = (SELECT Id FROM AspNetUsers WHERE UserName = 'team.leader')";
        Assert.Equal(1L, await count.ExecuteScalarAsync());
        count.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", await count.ExecuteScalarAsync());
    }

    [Fact]
    [Trait("Req", "STF-04")]
    [Trait("Req", "CMP-03")]
    public async Task SeedDemo_BuildsALargerJurisdiction_WithOfficersRemandTransfersAndObligations()
    {
        var folder = Path.Combine(Path.GetTempPath(), "waypoint-seed-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var environment = new Dictionary<string, string> { ["DataFolder"] = folder };
        var (code, output, error) = await app.RunCliAsync("seed-demo --people 600", environment);
        Assert.True(code == 0, error);
        Assert.Contains("Demo case officers ready:", output);
        Assert.Contains("Demo obligations ready:", output);

        await using (var db = new SqliteConnection($"Data Source={Path.Combine(folder, "waypoint.db")};Mode=ReadOnly;Pooling=False"))
        {
            await db.OpenAsync();
            async Task<long> CountAsync(string sql)
            {
                await using var command = db.CreateCommand();
                command.CommandText = sql;
                return (long)(await command.ExecuteScalarAsync())!;
            }
            Assert.True(await CountAsync("SELECT COUNT(*) FROM AspNetUsers WHERE UserName LIKE 'officer.%'") >= 5);
            Assert.True(await CountAsync("SELECT COUNT(*) FROM StaffMembers WHERE CapacityPoints IS NOT NULL") >= 5);
            Assert.True(await CountAsync("SELECT COUNT(*) FROM Orders WHERE OrderType = 'Remand'") > 0);
            Assert.True(await CountAsync("SELECT COUNT(*) FROM Placements WHERE Permanent = 1 AND Reason IS NOT NULL") > 0);
            Assert.True(await CountAsync("SELECT COUNT(*) FROM Obligations") > 0);
        }
        var (rebuilt, rebuildOutput, rebuildError) = await app.RunCliAsync("rebuild-obligations", environment);
        Assert.True(rebuilt == 0, rebuildError + rebuildOutput);
        Assert.Contains("no differences from what was stored", rebuildOutput);
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    [Trait("Req", "REC-01")]
    public async Task CreateUser_MakesAnAccountThatSignsIn()
    {
        var name = "cli." + Guid.NewGuid().ToString("N")[..6];
        var (code, output, error) = await app.RunCliAsync($"create-user --user-name {name} --display-name \"Cli Officer\" --role CaseOfficer", input: "Cli-password-2026x");
        Assert.True(code == 0, error);
        Assert.Contains($"Created {name}", output);

        var (bad, _, badError) = await app.RunCliAsync("create-user --user-name x --display-name X --role Wizard", input: "Cli-password-2026x");
        Assert.Equal(2, bad);
        Assert.Contains("Unknown role(s): Wizard", badError);
    }

    [Fact]
    [Trait("Req", "REC-03")]
    public async Task VerifyAudit_ReportsAnIntactChain()
    {
        var (code, output, error) = await app.RunCliAsync("verify-audit");
        Assert.True(code == 0, error);
        Assert.Contains("the chain is intact", output);
    }

    [Fact]
    [Trait("Req", "REC-03")]
    public async Task Backup_CopiesTheDatabaseWhileTheAppRuns_AndRefusesToOverwrite()
    {
        var target = Path.Combine(app.DataFolder, $"backup-{Guid.NewGuid():N}.db");
        var (code, output, error) = await app.RunCliAsync($"backup {target}");
        Assert.True(code == 0, error);
        Assert.Contains("Backed up", output);
        await using (var copy = new SqliteConnection($"Data Source={target};Mode=ReadOnly;Pooling=False"))
        {
            await copy.OpenAsync();
            await using var count = copy.CreateCommand();
            count.CommandText = "SELECT COUNT(*) FROM People";
            Assert.True((long)(await count.ExecuteScalarAsync())! >= 40);
        }
        var (again, _, againError) = await app.RunCliAsync($"backup {target}");
        Assert.Equal(2, again);
        Assert.Contains("already exists", againError);
    }

    [Fact]
    [Trait("Req", "CMP-01")]
    public async Task CheckPack_AcceptsTheShippedPacks_AndNamesTheProblemsInABrokenOne()
    {
        var packs = Path.Combine(RunningWaypoint.RepoRootFolder, "policy-packs");
        var (ok, output, okError) = await app.RunCliAsync($"check-pack {Path.Combine(packs, "community.json")}");
        Assert.True(ok == 0, okError);
        Assert.Matches(@"community\.json is valid: ACT community corrections \d{4}\.\d+", output);

        var broken = Path.Combine(app.DataFolder, "broken.json");
        await File.WriteAllTextAsync(broken, (await File.ReadAllTextAsync(Path.Combine(packs, "prisons.json"))).Replace("\"unit\": \"days\"", "\"unit\": \"fortnights\""));
        var (code, _, error) = await app.RunCliAsync($"check-pack {broken} --schema {Path.Combine(packs, "schema.json")}");
        Assert.Equal(1, code);
        Assert.Contains("$.rules[0].period.unit", error);
    }

    [Fact]
    [Trait("Req", "CMP-01")]
    public async Task StartUp_WithABrokenPack_StopsAndSaysWhere()
    {
        var packs = Path.Combine(RunningWaypoint.RepoRootFolder, "policy-packs");
        var folder = Path.Combine(app.DataFolder, "broken-packs");
        Directory.CreateDirectory(folder);
        File.Copy(Path.Combine(packs, "schema.json"), Path.Combine(folder, "schema.json"), overwrite: true);
        await File.WriteAllTextAsync(Path.Combine(folder, "community.json"), System.Text.RegularExpressions.Regex.Replace(await File.ReadAllTextAsync(Path.Combine(packs, "community.json")), "\"version\": \"\\d{4}\\.\\d+\",\n  \"effectiveFrom\"", "\"version\": 2026,\n  \"effectiveFrom\"", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1)));
        var (code, _, error) = await app.RunCliAsync("--urls http://127.0.0.1:1", new() { ["PolicyPacks__Folder"] = folder });
        Assert.Equal(1, code);
        Assert.Contains("Policy pack community.json is not valid:", error);
        Assert.Contains("$.version", error);
    }

    [Fact]
    [Trait("Req", "REC-03")]
    public async Task Backup_OnPostgres_PointsToPgDump()
    {
        var (code, _, error) = await app.RunCliAsync("backup /tmp/never.db", new() { ["Database__Provider"] = "Postgres", ["ConnectionStrings__Waypoint"] = "Host=127.0.0.1;Database=none" });
        Assert.Equal(2, code);
        Assert.Contains("pg_dump", error);
    }
}
