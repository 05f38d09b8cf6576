using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Waypoint.Core.Compliance;
using Waypoint.Core.Security;
using Waypoint.Core.Staff;
using Waypoint.Web.Data;
using Waypoint.Web.Tests.Infrastructure;
using static Waypoint.Web.Tests.Infrastructure.HttpExtensions;

namespace Waypoint.Web.Tests.Compliance;

/// <summary>CMP-03: obligations are stored with the change that makes them, and a full rebuild agrees.</summary>
public abstract class ObligationStoreTests(AppFixture app)
{
    private static string Day(int daysAgo) => DateTime.UtcNow.Date.AddDays(-daysAgo).ToString("yyyy-MM-dd");

    private Task<List<Obligation>> StoredAsync(string personId) =>
        app.WithDbAsync(db => db.Obligations.AsNoTracking().Where(o => o.PersonId == Guid.Parse(personId)).OrderBy(o => o.DueOn).ToListAsync());

    private Task<ObligationRebuild> RebuildAsync() =>
        app.WithDbAsync(db => db.ObligationUpkeep!.RebuildAsync(db, null, CancellationToken.None));

    [Fact]
    [Trait("Req", "CMP-03")]
    public async Task Arrival_StoresTheAllocationObligation_AndAllocatingMeetsItInTheSameSave()
    {
        var prison = await app.SiteAsync(SiteKind.Prison);
        var records = await app.ApiClientForRoleAsync(Roles.RecordsOfficer);
        var id = (await (await records.PostJsonAsync("/api/v1/people", NewPerson(UniqueName("Obliged")))).JsonAsync()).GetProperty("id").GetString()!;
        Assert.Equal(HttpStatusCode.Created, (await records.PostJsonAsync($"/api/v1/people/{id}/placements", new { siteId = prison, from = Day(3), permanent = true })).StatusCode);
        await app.ApprovedImpAsync(id, Day(3));

        var allocate = Assert.Single(await StoredAsync(id));
        Assert.Equal((ObligationKind.AllocateCaseOfficer, DateOnly.Parse(Day(3)).AddDays(7)), (allocate.Kind, allocate.DueOn));
        Assert.Equal(ObligationOwner.CoordinatorAt(prison), allocate.Owner);
        Assert.StartsWith("COPP 10.3 Case allocation", allocate.RuleSource);
        Assert.Null(allocate.MetOn);

        var officer = await app.CreateUserAsync(Roles.CaseOfficer);
        await app.PlaceAtSiteAsync(officer, prison);
        var officerId = await app.WithDbAsync(db => db.Users.Where(u => u.UserName == officer).Select(u => u.Id).SingleAsync());
        var coordinator = await app.ApiClientAtSiteAsync(prison, Roles.CaseManagementCoordinator);
        Assert.Equal(HttpStatusCode.Created, (await coordinator.PostJsonAsync($"/api/v1/people/{id}/allocations", new { kind = "CaseOfficer", officerUserId = officerId, reason = "On arrival" })).StatusCode);

        var after = await StoredAsync(id);
        Assert.Equal(DateOnly.FromDateTime(DateTime.UtcNow), after.Single(o => o.Kind == ObligationKind.AllocateCaseOfficer).MetOn);
        var report = after.Single(o => o.Kind == ObligationKind.PrimaryContactReport);
        Assert.Equal((ObligationOwner.Officer(officerId), DateOnly.FromDateTime(DateTime.UtcNow).AddDays(14)), (report.Owner, report.DueOn));

        // Explained to anyone who may see the person: rule, clause, pack version, facts, whose it is.
        var explained = (await (await coordinator.GetAsync($"/api/v1/people/{id}/obligations")).JsonAsync()).EnumerateArray().ToList();
        Assert.Equal(["PrimaryContactReport", "AllocateCaseOfficer"], explained.Select(o => o.GetProperty("kind").GetString()));
        Assert.Equal(("Upcoming", "Test CaseOfficer", "2026.1"), (explained[0].GetProperty("status").GetString(), explained[0].GetProperty("owner").GetString(), explained[0].GetProperty("packVersion").GetString()));
        Assert.Equal("MetOnTime", explained[1].GetProperty("status").GetString());
        var page = await app.SignedInClientAtSiteAsync(prison, Roles.CaseOfficer);
        var html = await page.GetHtmlAsync($"/People/{id}/Obligations");
        Assert.Contains("COPP 10.3 Case allocation", html.QuerySelector("main")!.TextContent);
        Assert.Contains("Met on time", html.QuerySelector("main")!.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ApiClientAtSiteAsync(await app.SiteAsync(SiteKind.Prison), Roles.CaseOfficer)).GetAsync($"/api/v1/people/{id}/obligations")).StatusCode);
    }

    [Fact]
    [Trait("Req", "CMP-03")]
    public async Task Rebuild_AgreesWithWhatChangesStored_AndCorrectsARowAlteredBehindItsBack()
    {
        var office = await app.CommunityOfficeAsync();
        var records = await app.ApiClientForRoleAsync(Roles.RecordsOfficer);
        var id = (await (await records.PostJsonAsync("/api/v1/people", NewPerson(UniqueName("Rebuilt")))).JsonAsync()).GetProperty("id").GetString()!;
        await records.PostJsonAsync($"/api/v1/people/{id}/orders", new
        {
            policyPack = "community", orderType = "ICO", issuingAuthority = "ACT Supreme Court", supervisingSiteId = office,
            dates = new { sentenceDate = Day(10), start = Day(10), supervisionStart = Day(10) },
        });
        var plan = Assert.Single(await StoredAsync(id), o => o.Kind == ObligationKind.CaseManagementPlan);
        Assert.Equal((ObligationKind.CaseManagementPlan, DateOnly.Parse(Day(10)).AddDays(56)), (plan.Kind, plan.DueOn));

        var clean = await RebuildAsync();
        Assert.Equal(0, clean.Differences);
        Assert.True(clean.Obligations >= 1);

        await app.WithDbAsync(db => db.Obligations.Where(o => o.Key == plan.Key).ExecuteUpdateAsync(s => s.SetProperty(o => o.DueOn, plan.DueOn.AddDays(30))));
        var found = await RebuildAsync();
        Assert.Equal((0, 0, 1), (found.Added, found.Removed, found.Changed));
        Assert.Equal(plan.DueOn, (await StoredAsync(id)).Single(o => o.Key == plan.Key).DueOn);
    }

    [Fact]
    [Trait("Req", "CMP-04")]
    public async Task TheWorkQueuesIndexes_SurviveEveryMigration()
    {
        // Raw SQL indexes EF does not know of; on SQLite a table rebuild in a later migration once dropped them.
        var names = await app.WithDbAsync(db => (db.IsPostgres
            ? db.Database.SqlQueryRaw<string>("SELECT indexname AS \"Value\" FROM pg_indexes WHERE tablename = 'Obligations'")
            : db.Database.SqlQueryRaw<string>("SELECT name AS \"Value\" FROM sqlite_master WHERE type = 'index' AND tbl_name = 'Obligations'")).ToListAsync());
        Assert.Contains("IX_Obligations_OwnerUserId_DueOn", names);
        Assert.Contains("IX_Obligations_OwnerCoordinatorSiteId_DueOn", names);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ObligationStoreOnSqlite(SqliteApp app) : ObligationStoreTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ObligationStoreOnPostgres(PostgresApp app) : ObligationStoreTests(app);
