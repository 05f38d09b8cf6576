using System.Net.Http.Headers;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Waypoint.Core.Security;
using Waypoint.Core.Staff;
using Waypoint.Web.Auth;
using Waypoint.Web.Data;

namespace Waypoint.Web.Tests.Infrastructure;

/// <summary>
/// The real app over HTTP against a real database: a fresh SQLite file, or a fresh database on the PostgreSQL server
/// that test.sh starts (WAYPOINT_TEST_POSTGRES). Each test makes its own users and people and never counts others' rows.
/// </summary>
public abstract class AppFixture : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string Password = "Test-password-2026";

    private int userCounter;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Task<HttpClient>> apiClients = new();
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Task<HttpClient>> pageClients = new();

    /// <summary>
    /// One API client per role for the whole fixture, for the many read-only authorization checks. Its user works at
    /// the fixture's community office (<see cref="CommunityOfficeAsync"/>), so sees the people that office supervises.
    /// </summary>
    public Task<HttpClient> ApiClientForRoleAsync(string role) => apiClients.GetOrAdd(role, async r => await ApiClientAtSiteAsync(await CommunityOfficeAsync(), r));

    /// <summary>One signed-in page client per role for the whole fixture, working at the fixture's community office.</summary>
    public Task<HttpClient> PageClientForRoleAsync(string role) => pageClients.GetOrAdd(role, async r => await SignedInClientAtSiteAsync(await CommunityOfficeAsync(), r));

    protected abstract string Provider { get; }

    protected abstract string ConnectionString { get; }

    public string Name => Provider;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Database:Provider", Provider);
        builder.UseSetting("ConnectionStrings:Waypoint", ConnectionString);
        builder.UseSetting("Demo:SeedOnStart", "false");
        builder.UseSetting("Auth:SignInAttemptsPerMinute", "100000");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
    }

    public virtual async Task InitializeAsync()
    {
        using var scope = Services.CreateScope();
        await DatabaseSetup.MigrateAsync(scope.ServiceProvider.GetRequiredService<WaypointDbContext>());
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Core.Security.Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }
    }

    public new virtual Task DisposeAsync() => base.DisposeAsync().AsTask();

    public async Task<T> WithDbAsync<T>(Func<WaypointDbContext, Task<T>> action)
    {
        using var scope = Services.CreateScope();
        return await action(scope.ServiceProvider.GetRequiredService<WaypointDbContext>());
    }

    private readonly System.Collections.Concurrent.ConcurrentDictionary<SiteKind, Lazy<Task<Guid>>> sharedSites = new();

    /// <summary>
    /// One site of a kind for the whole fixture: the ACT office that supervises the community orders tests make, or a
    /// WA prison (REC-05). Tests that need a site to themselves make their own with <see cref="SiteAsync"/>.
    /// </summary>
    public Task<Guid> SharedSiteAsync(SiteKind kind) => sharedSites.GetOrAdd(kind, k => new Lazy<Task<Guid>>(() => SiteAsync(k))).Value;

    public Task<Guid> CommunityOfficeAsync() => SharedSiteAsync(SiteKind.CommunityOffice);

    /// <summary>A new site with one team, in ACT for a community office and WA for a prison, as the shipped packs expect.</summary>
    public Task<Guid> SiteAsync(SiteKind kind, string? name = null) => WithDbAsync(async db =>
    {
        var prison = kind == SiteKind.Prison;
        var site = Site.Create($"{(prison ? "P" : "C")}-{Guid.NewGuid():N}"[..12], name ?? $"{(prison ? "Test Prison" : "Test Community Corrections")} {Guid.NewGuid():N}"[..30],
            kind, prison ? "WA" : "ACT", prison ? "Australia/Perth" : "Australia/Sydney");
        db.Sites.Add(site);
        db.Teams.Add(Team.Create("Team at " + site.Code, site.Id, null));
        await db.SaveChangesAsync();
        return site.Id;
    });

    /// <summary>Puts an account in a team at the site, so it sees the site's people (REC-05).</summary>
    public Task PlaceAtSiteAsync(string userName, Guid siteId) => WithDbAsync(async db =>
    {
        var user = await db.Users.SingleAsync(u => u.UserName == userName);
        user.TeamId = await db.Teams.Where(t => t.SiteId == siteId).Select(t => t.Id).FirstAsync();
        return await db.SaveChangesAsync();
    });

    /// <summary>A new person on a Community Correction Order supervised at the office for the given number of days; their id.</summary>
    public async Task<string> PersonOnCommunityOrderAsync(Guid officeId, int supervisedForDays, string family = "Supervised")
    {
        var records = await ApiClientForRoleAsync(Roles.RecordsOfficer);
        var id = (await (await records.PostJsonAsync("/api/v1/people", HttpExtensions.NewPerson(HttpExtensions.UniqueName(family)))).JsonAsync()).GetProperty("id").GetString()!;
        var start = DateTime.UtcNow.Date.AddDays(-supervisedForDays).ToString("yyyy-MM-dd");
        var order = await records.PostJsonAsync($"/api/v1/people/{id}/orders", new
        {
            policyPack = "community", orderType = "CCO", issuingAuthority = "ACT Magistrates Court", supervisingSiteId = officeId,
            dates = new { sentenceDate = start, start, supervisionStart = start },
        });
        order.EnsureSuccessStatusCode();
        return id;
    }

    /// <summary>
    /// Records an IMP approved on a day ("yyyy-MM-dd"): under COPP 10.3 it is what makes a prisoner eligible for a case
    /// officer. Saved through the app's context, so their obligations follow in the same save.
    /// </summary>
    public Task ApprovedImpAsync(string personId, string approvedOn) => WithDbAsync(async db =>
    {
        var imp = Core.Plans.IndividualManagementPlan.Draft(Guid.Parse(personId), "test-assessor", "Test Assessor");
        imp.Write(new Core.Plans.ImpContent("Needs assessed", "This prison", "Medium",
            [new Core.Plans.ImpIntervention(Guid.NewGuid(), "Program", Core.Plans.ImpInterventionKind.Program)], new Core.Plans.Consultation(true, true, true)));
        imp.Submit([], DateTimeOffset.UtcNow);
        imp.Approve("test-approver", "Test Approver", DateOnly.Parse(approvedOn, System.Globalization.CultureInfo.InvariantCulture));
        db.IndividualManagementPlans.Add(imp);
        return await db.SaveChangesAsync();
    });

    /// <summary>A new team leader, appointed to lead the site's team, and a new case officer in it.</summary>
    public async Task<(string LeaderName, string LeaderId, string OfficerName, string OfficerId)> TeamAtAsync(Guid siteId)
    {
        var leaderName = await CreateUserAsync(Roles.TeamLeader);
        await PlaceAtSiteAsync(leaderName, siteId);
        var officerName = await CreateUserAsync(Roles.CaseOfficer);
        await PlaceAtSiteAsync(officerName, siteId);
        return await WithDbAsync(async db =>
        {
            var ids = await db.Users.Where(u => u.UserName == leaderName || u.UserName == officerName).ToDictionaryAsync(u => u.UserName!, u => u.Id);
            await AppointTeamLeaderAsync(db, db.Teams.Where(t => t.SiteId == siteId), ids[leaderName]);
            return (leaderName, ids[leaderName], officerName, ids[officerName]);
        });
    }

    /// <summary>Appoints the team's leader, as a saved change (so the app's cached access follows it at once).</summary>
    public static async Task AppointTeamLeaderAsync(WaypointDbContext db, IQueryable<Core.Staff.Team> teams, string leaderUserId)
    {
        foreach (var team in await teams.ToListAsync())
        {
            db.Entry(team).Property(t => t.TeamLeaderUserId).CurrentValue = leaderUserId;
        }
        await db.SaveChangesAsync();
    }

    /// <summary>An API client for a new user with these roles who works at the site.</summary>
    public async Task<HttpClient> ApiClientAtSiteAsync(Guid siteId, params string[] roles)
    {
        var userName = await CreateUserAsync(roles);
        await PlaceAtSiteAsync(userName, siteId);
        return await ApiClientForUserAsync(userName);
    }

    /// <summary>A signed-in page client for a new user with these roles who works at the site.</summary>
    public async Task<HttpClient> SignedInClientAtSiteAsync(Guid siteId, params string[] roles)
    {
        var userName = await CreateUserAsync(roles);
        await PlaceAtSiteAsync(userName, siteId);
        return await SignInAsync(userName);
    }

    /// <summary>Makes a new account holding the given roles (none = signed in but no role).</summary>
    public async Task<string> CreateUserAsync(params string[] roles)
    {
        var name = $"{Provider.ToLowerInvariant()}-user-{Interlocked.Increment(ref userCounter)}-{Guid.NewGuid():N}"[..40];
        using var scope = Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<WaypointUser>>();
        var user = new WaypointUser { UserName = name, DisplayName = $"Test {string.Join(' ', roles)}", CreatedAt = DateTimeOffset.UtcNow };
        var result = await users.CreateAsync(user, Password);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
        if (roles.Length > 0)
        {
            await users.AddToRolesAsync(user, roles);
        }
        return name;
    }

    /// <summary>An API client for a new user with these roles, authenticated with a real personal token.</summary>
    public async Task<HttpClient> ApiClientAsync(params string[] roles) => await ApiClientForUserAsync(await CreateUserAsync(roles));

    /// <summary>An API client for an existing account, authenticated with a real personal token.</summary>
    public async Task<HttpClient> ApiClientForUserAsync(string userName)
    {
        var token = ApiTokens.Create();
        await WithDbAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.UserName == userName);
            db.ApiTokens.Add(new ApiToken
            {
                Id = Guid.NewGuid(), UserId = user.Id, Name = "test", Prefix = ApiTokens.Prefix(token), TokenHash = ApiTokens.Hash(token),
                CreatedAt = DateTimeOffset.UtcNow, ExpiresAt = DateTimeOffset.UtcNow.AddDays(1),
            });
            return await db.SaveChangesAsync();
        });
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>A browser-like client signed in through the real sign-in form (cookies and antiforgery).</summary>
    public async Task<HttpClient> SignedInClientAsync(params string[] roles) => await SignInAsync(await CreateUserAsync(roles));

    /// <summary>A browser-like client signed in as an existing account.</summary>
    public async Task<HttpClient> SignInAsync(string userName)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var response = await client.PostFormAsync("/Account/SignIn", new() { ["UserName"] = userName, ["Password"] = Password });
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }
}

public sealed class SqliteApp : AppFixture
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "waypoint-tests", Guid.NewGuid().ToString("N"));

    protected override string Provider => "Sqlite";

    protected override string ConnectionString => $"Data Source={Path.Combine(folder, "waypoint.db")}";

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open is left for the OS temp cleaner; the test result does not depend on it.
        }
    }
}

public sealed class PostgresApp : AppFixture
{
    private readonly string database = $"waypoint_test_{Guid.NewGuid():N}";

    public static string ServerConnectionString => Environment.GetEnvironmentVariable("WAYPOINT_TEST_POSTGRES")
        ?? throw new InvalidOperationException("WAYPOINT_TEST_POSTGRES is not set: run the tests with ./test.sh, which starts a throwaway PostgreSQL.");

    protected override string Provider => "Postgres";

    protected override string ConnectionString => new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = database }.ToString();

    public override async Task InitializeAsync()
    {
        await using (var conn = new NpgsqlConnection(ServerConnectionString))
        {
            await conn.OpenAsync();
            await using var cmd = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", conn);
            await cmd.ExecuteNonQueryAsync();
        }
        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await using var conn = new NpgsqlConnection(ServerConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", conn);
        await cmd.ExecuteNonQueryAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class SqliteCollection : ICollectionFixture<SqliteApp>
{
    public const string Name = "SQLite";
}

[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresApp>
{
    public const string Name = "PostgreSQL";
}
