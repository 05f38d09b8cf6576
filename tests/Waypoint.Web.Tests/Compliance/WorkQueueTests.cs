using System.Text.Json;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Waypoint.Core.Security;
using Waypoint.Core.Staff;
using Waypoint.Web.Tests.Infrastructure;
using static Waypoint.Web.Tests.Infrastructure.HttpExtensions;

namespace Waypoint.Web.Tests.Compliance;

/// <summary>CMP-04: each user's open work from the stored obligations, with status from today and the pack's window.</summary>
public abstract class WorkQueueTests(AppFixture app)
{
    private static string Day(int daysAgo) => DateTime.UtcNow.Date.AddDays(-daysAgo).ToString("yyyy-MM-dd");

    private static List<System.Text.Json.JsonElement> Items(System.Text.Json.JsonElement page) => page.GetProperty("items").EnumerateArray().ToList();

    [Fact]
    [Trait("Req", "CMP-04")]
    public async Task Coordinator_SeesArrivalsToAllocate_OverdueFirst_AndTheOfficerThenSeesTheirReport()
    {
        var prison = await app.SiteAsync(SiteKind.Prison);
        var records = await app.ApiClientForRoleAsync(Roles.RecordsOfficer);
        var ids = new List<string>();
        foreach (var daysAgo in new[] { 0, 9 })
        {
            var id = (await (await records.PostJsonAsync("/api/v1/people", NewPerson(UniqueName("Queued")))).JsonAsync()).GetProperty("id").GetString()!;
            await records.PostJsonAsync($"/api/v1/people/{id}/placements", new { siteId = prison, from = Day(daysAgo), permanent = true });
            await app.ApprovedImpAsync(id, Day(daysAgo));
            ids.Add(id);
        }
        var coordinator = await app.ApiClientAtSiteAsync(prison, Roles.CaseManagementCoordinator);
        var work = Items(await (await coordinator.GetAsync("/api/v1/work")).JsonAsync());
        Assert.Equal([ids[1], ids[0]], work.Select(w => w.GetProperty("personId").GetString()));
        Assert.Equal(["Overdue", "DueSoon"], work.Select(w => w.GetProperty("status").GetString()));
        Assert.All(work, w => Assert.Equal("Allocate a case officer", w.GetProperty("what").GetString()));
        Assert.Equal([ids[1]], Items(await (await coordinator.GetAsync("/api/v1/work?status=Overdue")).JsonAsync()).Select(w => w.GetProperty("personId").GetString()));
        var home = await app.SignedInClientAtSiteAsync(prison, Roles.CaseManagementCoordinator);
        var counts = (await home.GetHtmlAsync("/")).QuerySelector("#my-work-counts")!.TextContent;
        Assert.Contains("2 open", counts);
        Assert.Contains("1 overdue", counts);
        Assert.Contains("1 due soon", counts);

        // A coordinator at another prison has none of it.
        var elsewhere = await app.ApiClientAtSiteAsync(await app.SiteAsync(SiteKind.Prison), Roles.CaseManagementCoordinator);
        Assert.Empty(Items(await (await elsewhere.GetAsync("/api/v1/work")).JsonAsync()));

        var officerName = await app.CreateUserAsync(Roles.CaseOfficer);
        await app.PlaceAtSiteAsync(officerName, prison);
        var officerId = await app.WithDbAsync(db => db.Users.Where(u => u.UserName == officerName).Select(u => u.Id).SingleAsync());
        await coordinator.PostJsonAsync($"/api/v1/people/{ids[1]}/allocations", new { kind = "CaseOfficer", officerUserId = officerId, reason = "On arrival" });
        Assert.Equal([ids[0]], Items(await (await coordinator.GetAsync("/api/v1/work")).JsonAsync()).Select(w => w.GetProperty("personId").GetString()));

        var officer = await app.ApiClientForUserAsync(officerName);
        var mine = Assert.Single(Items(await (await officer.GetAsync("/api/v1/work")).JsonAsync()));
        Assert.Equal(("Primary contact report due", "Upcoming", DateTime.UtcNow.Date.AddDays(14).ToString("yyyy-MM-dd")),
            (mine.GetProperty("what").GetString(), mine.GetProperty("status").GetString(), mine.GetProperty("dueOn").GetString()));
        Assert.StartsWith("COPP 10.3 Primary (Initial) Contact Report", mine.GetProperty("ruleSource").GetString());

        var page = await app.SignedInClientAtSiteAsync(prison, Roles.CaseManagementCoordinator);
        var html = await page.GetHtmlAsync("/Work?Status=DueSoon");
        Assert.Contains("Allocate a case officer", html.QuerySelector("#work")!.TextContent);
        Assert.Contains("1 open item", html.QuerySelector("#work-count")!.TextContent);
    }

    [Fact]
    [Trait("Req", "CMP-04")]
    public async Task TheQueue_PagesByCursor_UntilThereIsNoMore()
    {
        var prison = await app.SiteAsync(SiteKind.Prison);
        var records = await app.ApiClientForRoleAsync(Roles.RecordsOfficer);
        foreach (var daysAgo in new[] { 0, 1, 2 })
        {
            var id = (await (await records.PostJsonAsync("/api/v1/people", NewPerson(UniqueName("Paged")))).JsonAsync()).GetProperty("id").GetString()!;
            await records.PostJsonAsync($"/api/v1/people/{id}/placements", new { siteId = prison, from = Day(daysAgo), permanent = true });
            await app.ApprovedImpAsync(id, Day(daysAgo));
        }
        var coordinator = await app.ApiClientAtSiteAsync(prison, Roles.CaseManagementCoordinator);
        var first = await (await coordinator.GetAsync("/api/v1/work?limit=2")).JsonAsync();
        Assert.Equal(2, Items(first).Count);
        var cursor = first.GetProperty("nextCursor").GetString()!;
        var second = await (await coordinator.GetAsync($"/api/v1/work?limit=2&cursor={Uri.EscapeDataString(cursor)}")).JsonAsync();
        Assert.Single(Items(second));
        Assert.Equal(JsonValueKind.Null, second.GetProperty("nextCursor").ValueKind);
    }

    [Fact]
    [Trait("Req", "CMP-04")]
    public async Task Officer_FiltersTheirOwnQueueByKind_AndPagesThroughIt_SoonestFirst()
    {
        var office = await app.SiteAsync(SiteKind.CommunityOffice);
        var (leaderName, _, officerName, officerId) = await app.TeamAtAsync(office);
        var leader = await app.ApiClientForUserAsync(leaderName);
        var people = new List<string>();
        foreach (var daysAgo in new[] { 10, 70 })
        {
            var id = await app.PersonOnCommunityOrderAsync(office, daysAgo, "Ownwork");
            Assert.Equal(HttpStatusCode.Created, (await leader.PostJsonAsync($"/api/v1/people/{id}/allocations", new { kind = "ResponsibleOfficer", officerUserId = officerId, reason = "New order" })).StatusCode);
            people.Add(id);
        }

        var officer = await app.ApiClientForUserAsync(officerName);
        var all = Items(await (await officer.GetAsync("/api/v1/work?limit=100")).JsonAsync());
        Assert.Contains(all, w => w.GetProperty("kind").GetString() != "CaseManagementPlan");
        Assert.All(all, w => Assert.Equal(("Test CaseOfficer", true), (w.GetProperty("owner").GetString(), w.GetProperty("mine").GetBoolean())));
        // The plan started 70 days ago is overdue (8 weeks), the other due soon or upcoming: the overdue one first.
        var plans = Items(await (await officer.GetAsync("/api/v1/work?kind=CaseManagementPlan&limit=1")).JsonAsync());
        Assert.Equal((people[1], "Overdue"), (Assert.Single(plans).GetProperty("personId").GetString(), plans[0].GetProperty("status").GetString()));
        var first = await (await officer.GetAsync("/api/v1/work?kind=CaseManagementPlan&limit=1")).JsonAsync();
        var second = await (await officer.GetAsync($"/api/v1/work?kind=CaseManagementPlan&limit=1&cursor={Uri.EscapeDataString(first.GetProperty("nextCursor").GetString()!)}")).JsonAsync();
        Assert.Equal(people[0], Assert.Single(Items(second)).GetProperty("personId").GetString());
        Assert.Equal(JsonValueKind.Null, second.GetProperty("nextCursor").ValueKind);

        var page = await app.SignInAsync(officerName);
        var html = await page.GetHtmlAsync("/Work?Kind=CaseManagementPlan");
        Assert.Contains("2 open items", html.QuerySelector("#work-count")!.TextContent);
    }

    [Theory]
    [Trait("Req", "CMP-04")]
    [InlineData("kind=Everything")]
    [InlineData("status=MetOnTime")]
    [InlineData("status=3")]
    [InlineData("limit=0")]
    public async Task BadFilter_IsRefused(string query)
    {
        var api = await app.ApiClientForRoleAsync(Roles.CaseOfficer);
        var response = await api.GetAsync($"/api/v1/work?{query}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class WorkQueueOnSqlite(SqliteApp app) : WorkQueueTests(app);

[Collection(PostgresCollection.Name)]
public sealed class WorkQueueOnPostgres(PostgresApp app) : WorkQueueTests(app);

/// <summary>CMP-04: a team leader sees the open work of the officers in the teams they lead, and nobody else's.</summary>
public abstract class TeamWorkTests(AppFixture app)
{
    [Fact]
    [Trait("Req", "CMP-04")]
    public async Task TeamLeader_SeesTheirOfficersWork_WithWhoseItIs_OnThePageTheApiAndTheHomePage()
    {
        var office = await app.SiteAsync(SiteKind.CommunityOffice);
        var (leaderName, _, officerName, officerId) = await app.TeamAtAsync(office);
        var id = await app.PersonOnCommunityOrderAsync(office, 70, "Teamwork");
        var leader = await app.ApiClientForUserAsync(leaderName);
        // Unallocated, the plan falls to coordinator duties at the office: the team leader's own queue.
        var own = (await (await leader.GetAsync("/api/v1/work?kind=CaseManagementPlan")).JsonAsync()).GetProperty("items").EnumerateArray().ToList();
        Assert.Contains(own, w => w.GetProperty("personId").GetString() == id);

        Assert.Equal(HttpStatusCode.Created, (await leader.PostJsonAsync($"/api/v1/people/{id}/allocations", new { kind = "ResponsibleOfficer", officerUserId = officerId, reason = "New order" })).StatusCode);
        var team = (await (await leader.GetAsync("/api/v1/work/team?status=Overdue")).JsonAsync()).GetProperty("items").EnumerateArray()
            .Where(w => w.GetProperty("personId").GetString() == id).ToList();
        var plan = Assert.Single(team, w => w.GetProperty("kind").GetString() == "CaseManagementPlan");
        Assert.Equal("Test CaseOfficer", plan.GetProperty("owner").GetString());

        // The officer's own queue has it; a team leader elsewhere does not see it.
        var officer = await app.ApiClientForUserAsync(officerName);
        Assert.Contains((await (await officer.GetAsync("/api/v1/work")).JsonAsync()).GetProperty("items").EnumerateArray(), w => w.GetProperty("key").GetString() == plan.GetProperty("key").GetString());
        var other = await app.ApiClientAtSiteAsync(await app.SiteAsync(SiteKind.CommunityOffice), Roles.TeamLeader);
        Assert.Empty((await (await other.GetAsync("/api/v1/work/team")).JsonAsync()).GetProperty("items").EnumerateArray());

        var page = await app.SignInAsync(leaderName);
        var html = await page.GetHtmlAsync("/Work?Scope=Team&Status=Overdue");
        Assert.Equal("My team's work", html.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("Test CaseOfficer", html.QuerySelector("#work")!.TextContent);
        Assert.Contains("overdue", (await page.GetHtmlAsync("/")).QuerySelector("#team-work-counts")!.TextContent);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class TeamWorkOnSqlite(SqliteApp app) : TeamWorkTests(app);

[Collection(PostgresCollection.Name)]
public sealed class TeamWorkOnPostgres(PostgresApp app) : TeamWorkTests(app);
