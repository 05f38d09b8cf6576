using System.Net;
using Microsoft.EntityFrameworkCore;
using Waypoint.Core.Security;
using Waypoint.Core.Staff;
using Waypoint.Web.Tests.Infrastructure;
using static Waypoint.Web.Tests.Infrastructure.HttpExtensions;

namespace Waypoint.Web.Tests.Allocation;

public abstract class AllocationTests(AppFixture app)
{
    private async Task<(Guid Prison, Guid Other, string OfficerId, string OtherOfficerId)> PrisonsAsync()
    {
        var prison = await app.SiteAsync(SiteKind.Prison);
        var other = await app.SiteAsync(SiteKind.Prison);
        var officer = await app.CreateUserAsync(Roles.CaseOfficer);
        var second = await app.CreateUserAsync(Roles.CaseOfficer);
        await app.PlaceAtSiteAsync(officer, prison);
        await app.PlaceAtSiteAsync(second, prison);
        var ids = await app.WithDbAsync(db =>
            db.Users.Where(u => u.UserName == officer || u.UserName == second).OrderBy(u => u.UserName == officer ? 0 : 1).Select(u => u.Id).ToListAsync());
        return (prison, other, ids[0], ids[1]);
    }

    private static string Day(int daysAgo) => DateTime.UtcNow.Date.AddDays(-daysAgo).ToString("yyyy-MM-dd");

    [Fact]
    [Trait("Req", "STF-02")]
    [Trait("Req", "PLN-09")]
    public async Task Arrival_PutsThePrisonerOnTheAwaitingList_WithTheDaysLeftOfThePacksSevenDays()
    {
        var (prison, other, officer, second) = await PrisonsAsync();
        var records = await app.ApiClientForRoleAsync(Roles.RecordsOfficer);
        var coordinator = await app.ApiClientAtSiteAsync(prison, Roles.CaseManagementCoordinator);
        var id = (await (await records.PostJsonAsync("/api/v1/people", NewPerson(UniqueName("Arrival")))).JsonAsync()).GetProperty("id").GetString()!;
        Assert.Equal(HttpStatusCode.Created, (await records.PostJsonAsync($"/api/v1/people/{id}/placements", new { siteId = prison, from = Day(3), permanent = true })).StatusCode);

        // PLN-09 (COPP 10.3): no approved IMP yet, so not yet for allocation; approved today, seven days from today.
        var waiting = await (await coordinator.GetAsync($"/api/v1/allocations/awaiting?siteId={prison}")).JsonAsync();
        Assert.DoesNotContain(waiting.GetProperty("items").EnumerateArray(), a => a.GetProperty("personId").GetString() == id);
        await app.ApprovedImpAsync(id, Day(0));
        var late = (await (await coordinator.GetAsync($"/api/v1/allocations/awaiting?siteId={prison}")).JsonAsync()).GetProperty("items").EnumerateArray().Single(a => a.GetProperty("personId").GetString() == id);
        Assert.Equal(DateTime.UtcNow.Date.AddDays(7).ToString("yyyy-MM-dd"), late.GetProperty("due").GetString());
        await app.WithDbAsync(db => db.IndividualManagementPlans.Where(i => i.PersonId == Guid.Parse(id)).ExecuteDeleteAsync());
        await app.ApprovedImpAsync(id, Day(3));

        var awaiting = await (await coordinator.GetAsync($"/api/v1/allocations/awaiting?siteId={prison}")).JsonAsync();
        var entry = awaiting.GetProperty("items").EnumerateArray().Single(a => a.GetProperty("personId").GetString() == id);
        Assert.Equal(DateTime.UtcNow.Date.AddDays(4).ToString("yyyy-MM-dd"), entry.GetProperty("due").GetString());
        Assert.Equal(4, entry.GetProperty("daysLeft").GetInt32());
        Assert.StartsWith("COPP 10.3 Case allocation", entry.GetProperty("rule").GetString());

        var allocated = await coordinator.PostJsonAsync($"/api/v1/people/{id}/allocations", new { kind = "CaseOfficer", officerUserId = officer, from = Day(3), reason = "On arrival" });
        Assert.Equal(HttpStatusCode.Created, allocated.StatusCode);
        var after = await (await coordinator.GetAsync($"/api/v1/allocations/awaiting?siteId={prison}")).JsonAsync();
        Assert.DoesNotContain(after.GetProperty("items").EnumerateArray(), a => a.GetProperty("personId").GetString() == id);

        // A temporary move and return keeps the case officer; a permanent transfer starts a new allocation period.
        foreach (var move in new object[] { new { siteId = other, from = Day(2), permanent = false, reason = "Court appearance" }, new { siteId = prison, from = Day(2), permanent = true, reason = "Back from court" } })
        {
            var moved = await records.PostJsonAsync($"/api/v1/people/{id}/placements", move);
            Assert.True(moved.StatusCode == HttpStatusCode.Created, await moved.Content.ReadAsStringAsync());
        }
        Assert.DoesNotContain((await (await coordinator.GetAsync($"/api/v1/allocations/awaiting?siteId={prison}")).JsonAsync()).GetProperty("items").EnumerateArray(), a => a.GetProperty("personId").GetString() == id);
        var transfer = await records.PostJsonAsync($"/api/v1/people/{id}/placements", new { siteId = other, from = Day(1), permanent = true, reason = "Closer to family" });
        Assert.True(transfer.StatusCode == HttpStatusCode.Created, await transfer.Content.ReadAsStringAsync());
        var there = await app.ApiClientAtSiteAsync(other, Roles.CaseManagementCoordinator);
        var transferred = (await (await there.GetAsync($"/api/v1/allocations/awaiting?siteId={other}")).JsonAsync()).GetProperty("items").EnumerateArray().Single(a => a.GetProperty("personId").GetString() == id);
        Assert.Equal(6, transferred.GetProperty("daysLeft").GetInt32());
        // REC-05: the prison the prisoner left no longer lists them, even when it asks for the other prison's list.
        Assert.Empty((await (await coordinator.GetAsync($"/api/v1/allocations/awaiting?siteId={other}")).JsonAsync()).GetProperty("items").EnumerateArray());

        var history = await (await there.GetAsync($"/api/v1/people/{id}/allocations")).JsonAsync();
        Assert.Equal(Day(1), history[0].GetProperty("to").GetString());
        _ = second;
    }

    [Fact]
    [Trait("Req", "STF-02")]
    public async Task Allocation_RefusesSomeoneWhoIsNotACaseOfficer_AndTheSameOfficerTwice()
    {
        var (_, _, officer, _) = await PrisonsAsync();
        var coordinator = await app.ApiClientForRoleAsync(Roles.CaseManagementCoordinator);
        var id = (await (await coordinator.PostJsonAsync("/api/v1/people", NewPerson(UniqueName("Twice")))).JsonAsync()).GetProperty("id").GetString();
        var manager = await app.CreateUserAsync(Roles.Manager);
        var managerId = await app.WithDbAsync(db => db.Users.Where(u => u.UserName == manager).Select(u => u.Id).SingleAsync());

        var notOfficer = await coordinator.PostJsonAsync($"/api/v1/people/{id}/allocations", new { kind = "ResponsibleOfficer", officerUserId = managerId, reason = "x" });
        Assert.Equal(HttpStatusCode.BadRequest, notOfficer.StatusCode);
        Assert.True((await notOfficer.JsonAsync()).GetProperty("errors").TryGetProperty("officerUserId", out _));

        Assert.Equal(HttpStatusCode.Created, (await coordinator.PostJsonAsync($"/api/v1/people/{id}/allocations", new { kind = "ResponsibleOfficer", officerUserId = officer, reason = "New order" })).StatusCode);
        var again = await coordinator.PostJsonAsync($"/api/v1/people/{id}/allocations", new { kind = "ResponsibleOfficer", officerUserId = officer, reason = "x" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode);
    }

    [Fact]
    [Trait("Req", "STF-02")]
    public async Task AwaitingList_PagesLongestWaitingFirst()
    {
        var (prison, _, _, _) = await PrisonsAsync();
        var records = await app.ApiClientForRoleAsync(Roles.RecordsOfficer);
        var ids = new List<string>();
        foreach (var daysAgo in new[] { 1, 5, 3 })
        {
            var id = (await (await records.PostJsonAsync("/api/v1/people", NewPerson(UniqueName("Paged")))).JsonAsync()).GetProperty("id").GetString()!;
            await records.PostJsonAsync($"/api/v1/people/{id}/placements", new { siteId = prison, from = Day(daysAgo), permanent = true });
            await app.ApprovedImpAsync(id, Day(daysAgo));
            ids.Add(id);
        }
        var coordinator = await app.ApiClientAtSiteAsync(prison, Roles.UnitManager);
        var first = await (await coordinator.GetAsync($"/api/v1/allocations/awaiting?siteId={prison}&limit=2")).JsonAsync();
        Assert.Equal([ids[1], ids[2]], first.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("personId").GetString()));
        var second = await (await coordinator.GetAsync($"/api/v1/allocations/awaiting?siteId={prison}&limit=2&cursor={first.GetProperty("nextCursor").GetString()}")).JsonAsync();
        Assert.Equal([ids[0]], second.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("personId").GetString()));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, second.GetProperty("nextCursor").ValueKind);
    }

    [Fact]
    [Trait("Req", "CMP-07")]
    public async Task AtAnExemptPrison_TheAwaitingListHasNoTimeLimit_AndSaysWhy()
    {
        // The shipped prisons pack exempts Wandoo (COPP 10.3 Scope); only this test makes a site with its code.
        var wandoo = Site.Create("WA-WRP", "Wandoo Rehabilitation Prison", SiteKind.Prison, "WA", "Australia/Perth");
        await app.WithDbAsync(db =>
        {
            db.Sites.Add(wandoo);
            db.Teams.Add(Team.Create("Wandoo Program Team", wandoo.Id, null));
            return db.SaveChangesAsync();
        });
        var records = await app.ApiClientForRoleAsync(Roles.RecordsOfficer);
        var id = (await (await records.PostJsonAsync("/api/v1/people", NewPerson(UniqueName("Wandoo")))).JsonAsync()).GetProperty("id").GetString()!;
        await records.PostJsonAsync($"/api/v1/people/{id}/placements", new { siteId = wandoo.Id, from = Day(20), permanent = true });
        await app.ApprovedImpAsync(id, Day(20));

        var coordinator = await app.ApiClientAtSiteAsync(wandoo.Id, Roles.CaseManagementCoordinator);
        var entry = (await (await coordinator.GetAsync("/api/v1/allocations/awaiting")).JsonAsync()).GetProperty("items").EnumerateArray().Single(a => a.GetProperty("personId").GetString() == id);
        Assert.True(entry.GetProperty("exempt").GetBoolean());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, entry.GetProperty("due").ValueKind);
        Assert.StartsWith("COPP 10.3 Scope: except Wandoo", entry.GetProperty("rule").GetString());
        var page = await app.SignedInClientAtSiteAsync(wandoo.Id, Roles.CaseManagementCoordinator);
        Assert.Contains("No time limit: COPP 10.3 Scope", (await page.GetHtmlAsync("/Allocation/Awaiting")).QuerySelector("#awaiting")!.TextContent);
    }

    [Fact]
    [Trait("Req", "STF-02")]
    public async Task OnlyCoordinatorsUnitManagersAndTeamLeaders_Allocate()
    {
        var officer = await app.ApiClientForRoleAsync(Roles.CaseOfficer);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync("/api/v1/allocations/awaiting")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PostJsonAsync($"/api/v1/people/{Guid.NewGuid()}/allocations", new { })).StatusCode);
        foreach (var role in new[] { Roles.CaseManagementCoordinator, Roles.UnitManager, Roles.TeamLeader })
        {
            Assert.Equal(HttpStatusCode.OK, (await (await app.ApiClientForRoleAsync(role)).GetAsync("/api/v1/allocations/awaiting")).StatusCode);
        }
    }

    [Fact]
    [Trait("Req", "STF-02")]
    public async Task AllocatePage_FromTheAwaitingList()
    {
        var (prison, _, officer, _) = await PrisonsAsync();
        var records = await app.ApiClientForRoleAsync(Roles.RecordsOfficer);
        var family = UniqueName("Awaitpage");
        var id = (await (await records.PostJsonAsync("/api/v1/people", NewPerson(family))).JsonAsync()).GetProperty("id").GetString()!;
        await records.PostJsonAsync($"/api/v1/people/{id}/placements", new { siteId = prison, from = Day(9), permanent = true });
        await app.ApprovedImpAsync(id, Day(9));

        var page = await app.SignedInClientAtSiteAsync(prison, Roles.CaseManagementCoordinator);
        var list = await page.GetHtmlAsync("/Allocation/Awaiting");
        var row = list.QuerySelectorAll("#awaiting tbody tr").Single(r => r.TextContent.Contains(family));
        Assert.Contains("2 days overdue", row.TextContent);

        var saved = await page.PostFormAsync($"/People/{id}/Allocate", new() { ["Kind"] = "CaseOfficer", ["OfficerUserId"] = officer, ["Reason"] = "On arrival" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var person = await page.GetHtmlAsync($"/People/{id}");
        Assert.Contains("Case officer", person.QuerySelector("#allocation")!.TextContent);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class AllocationOnSqlite(SqliteApp app) : AllocationTests(app);

[Collection(PostgresCollection.Name)]
public sealed class AllocationOnPostgres(PostgresApp app) : AllocationTests(app);
