using System.Net;
using Microsoft.EntityFrameworkCore;
using Waypoint.Core.Security;
using Waypoint.Core.Staff;
using Waypoint.Web.Tests.Infrastructure;
using static Waypoint.Web.Tests.Infrastructure.HttpExtensions;

namespace Waypoint.Web.Tests.Security;

/// <summary>REC-05: staff see their own sites' people and the people allocated to them; a transfer moves that access.</summary>
public abstract class SiteAccessTests(AppFixture app)
{
    private static string Day(int daysAgo) => DateTime.UtcNow.Date.AddDays(-daysAgo).ToString("yyyy-MM-dd");

    private async Task<(HttpClient Records, string Id, string Family)> PersonAsync()
    {
        var records = await app.ApiClientForRoleAsync(Roles.RecordsOfficer);
        var family = UniqueName("Scoped");
        var id = (await (await records.PostJsonAsync("/api/v1/people", NewPerson(family))).JsonAsync()).GetProperty("id").GetString()!;
        return (records, id, family);
    }

    /// <summary>How many people of exactly this family name a search shows (it also finds similar names).</summary>
    private static async Task<int> FoundAsync(HttpClient client, string family) =>
        (await (await client.GetAsync($"/api/v1/people?q={family}")).JsonAsync()).GetProperty("items").EnumerateArray()
            .Count(p => p.GetProperty("familyName").GetString() == family);

    [Fact]
    [Trait("Req", "REC-05")]
    public async Task PermanentTransfer_GivesTheNewPrisonAccess_AndTakesItFromTheOld()
    {
        var first = await app.SiteAsync(SiteKind.Prison);
        var second = await app.SiteAsync(SiteKind.Prison);
        var here = await app.ApiClientAtSiteAsync(first, Roles.CaseOfficer);
        var there = await app.ApiClientAtSiteAsync(second, Roles.CaseOfficer);
        var (records, id, family) = await PersonAsync();
        Assert.Equal(HttpStatusCode.Created, (await records.PostJsonAsync($"/api/v1/people/{id}/placements", new { siteId = first, from = Day(20), permanent = true })).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await here.GetAsync($"/api/v1/people/{id}")).StatusCode);
        Assert.Equal(1, await FoundAsync(here, family));
        Assert.Equal(HttpStatusCode.NotFound, (await there.GetAsync($"/api/v1/people/{id}")).StatusCode);
        Assert.Equal(0, await FoundAsync(there, family));

        Assert.Equal(HttpStatusCode.Created, (await records.PostJsonAsync($"/api/v1/people/{id}/placements", new { siteId = second, from = Day(2), permanent = true, reason = "Closer to family" })).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await there.GetAsync($"/api/v1/people/{id}/custody")).StatusCode);
        Assert.Equal(1, await FoundAsync(there, family));
        Assert.Equal(HttpStatusCode.NotFound, (await here.GetAsync($"/api/v1/people/{id}/custody")).StatusCode);
        Assert.Equal(0, await FoundAsync(here, family));
        // What the old prison saw stays in the audit trail; its refused look is there too.
        var actions = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.PersonId == Guid.Parse(id)).Select(a => a.Action).ToListAsync());
        Assert.Contains("person.viewed", actions);
        Assert.Equal(2, actions.Count(a => a == "person.access-refused"));
    }

    [Fact]
    [Trait("Req", "REC-05")]
    public async Task RefusedPerson_LooksExactlyLikeNoPerson()
    {
        var prison = await app.SiteAsync(SiteKind.Prison);
        var elsewhere = await app.ApiClientAtSiteAsync(await app.SiteAsync(SiteKind.Prison), Roles.CaseOfficer);
        var (records, id, _) = await PersonAsync();
        await records.PostJsonAsync($"/api/v1/people/{id}/placements", new { siteId = prison, from = Day(5), permanent = true });

        var refused = await elsewhere.GetAsync($"/api/v1/people/{id}");
        var missingId = Guid.NewGuid();
        var missing = await elsewhere.GetAsync($"/api/v1/people/{missingId}");
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Equal(missing.Content.Headers.ContentType?.MediaType, refused.Content.Headers.ContentType?.MediaType);
        static string WithoutTrace(string json) => System.Text.RegularExpressions.Regex.Replace(json, "\"traceId\":\"[^\"]*\"", "");
        Assert.Equal(WithoutTrace((await missing.Content.ReadAsStringAsync()).Replace(missingId.ToString(), id)), WithoutTrace(await refused.Content.ReadAsStringAsync()));

        var order = await (await records.PostJsonAsync($"/api/v1/people/{id}/orders", new { policyPack = "prisons", orderType = "Imprisonment", issuingAuthority = "District Court of WA", dates = new { sentenceDate = Day(30), start = Day(30) } })).JsonAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await elsewhere.GetAsync($"/api/v1/orders/{order.GetProperty("id").GetString()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await elsewhere.PostJsonAsync($"/api/v1/people/{id}/alerts", new { type = "Violence", details = "x", startDate = Day(1) })).StatusCode);
        Assert.False(await app.WithDbAsync(db => db.People.Where(p => p.Id == Guid.Parse(id)).SelectMany(p => p.Alerts).AnyAsync()));

        var page = await app.SignedInClientAtSiteAsync(await app.SiteAsync(SiteKind.Prison), Roles.CaseOfficer);
        Assert.Equal(HttpStatusCode.NotFound, (await page.GetAsync($"/People/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await page.GetAsync($"/People/{id}/Custody")).StatusCode);
    }

    [Fact]
    [Trait("Req", "REC-05")]
    public async Task AllocatedOfficer_SeesTheirCase_FromAnySite()
    {
        var prison = await app.SiteAsync(SiteKind.Prison);
        var officerName = await app.CreateUserAsync(Roles.CaseOfficer);
        await app.PlaceAtSiteAsync(officerName, await app.SiteAsync(SiteKind.Prison));
        var officerId = await app.WithDbAsync(db => db.Users.Where(u => u.UserName == officerName).Select(u => u.Id).SingleAsync());
        var officer = await app.ApiClientForUserAsync(officerName);
        var (records, id, _) = await PersonAsync();
        await records.PostJsonAsync($"/api/v1/people/{id}/placements", new { siteId = prison, from = Day(5), permanent = true });
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"/api/v1/people/{id}")).StatusCode);

        var coordinator = await app.ApiClientAtSiteAsync(prison, Roles.CaseManagementCoordinator);
        Assert.Equal(HttpStatusCode.Created, (await coordinator.PostJsonAsync($"/api/v1/people/{id}/allocations", new { kind = "CaseOfficer", officerUserId = officerId, reason = "Specialist caseload" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync($"/api/v1/people/{id}")).StatusCode);
    }

    [Fact]
    [Trait("Req", "REC-05")]
    public async Task SupervisionTransfer_MovesTheCommunityCaseToTheNewOffice()
    {
        var city = await app.SiteAsync(SiteKind.CommunityOffice);
        var belconnen = await app.SiteAsync(SiteKind.CommunityOffice);
        var cityLeader = await app.ApiClientAtSiteAsync(city, Roles.TeamLeader);
        var belconnenLeader = await app.ApiClientAtSiteAsync(belconnen, Roles.TeamLeader);
        var (records, id, family) = await PersonAsync();
        var order = await (await records.PostJsonAsync($"/api/v1/people/{id}/orders", new
        {
            policyPack = "community", orderType = "CCO", issuingAuthority = "ACT Magistrates Court", supervisingSiteId = city,
            dates = new { sentenceDate = Day(40), start = Day(40), supervisionStart = Day(38) },
        })).JsonAsync();
        var orderId = order.GetProperty("id").GetString();
        Assert.Equal(1, await FoundAsync(cityLeader, family));
        Assert.Equal(0, await FoundAsync(belconnenLeader, family));

        var noMatch = await cityLeader.PutJsonAsync($"/api/v1/orders/{orderId}/supervising-office", new { siteId = belconnen, reason = "Moved house" });
        Assert.Equal((HttpStatusCode)428, noMatch.StatusCode);
        var toPrison = await cityLeader.PutJsonAsync($"/api/v1/orders/{orderId}/supervising-office", new { siteId = await app.SharedSiteAsync(SiteKind.Prison), reason = "x" }, "\"1\"");
        Assert.Equal(HttpStatusCode.BadRequest, toPrison.StatusCode);
        var same = await cityLeader.PutJsonAsync($"/api/v1/orders/{orderId}/supervising-office", new { siteId = city, reason = "x" }, "\"1\"");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, same.StatusCode);
        var noReason = await cityLeader.PutJsonAsync($"/api/v1/orders/{orderId}/supervising-office", new { siteId = belconnen }, "\"1\"");
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);

        var moved = await cityLeader.PutJsonAsync($"/api/v1/orders/{orderId}/supervising-office", new { siteId = belconnen, reason = "Moved house to Belconnen" }, "\"1\"");
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        Assert.Equal(belconnen.ToString(), (await moved.JsonAsync()).GetProperty("supervisingSiteId").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await cityLeader.GetAsync($"/api/v1/people/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await belconnenLeader.GetAsync($"/api/v1/people/{id}")).StatusCode);
        var entry = await app.WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.RecordId == orderId && a.Action == "order.supervision-transferred"));
        Assert.Equal("Moved house to Belconnen", entry.Reason);
    }

    [Fact]
    [Trait("Req", "REC-05")]
    public async Task RecordsOfficer_SeesEveryone_AndANewlyRegisteredPersonIsFoundByAnyOffice()
    {
        var prison = await app.SiteAsync(SiteKind.Prison);
        var (records, id, family) = await PersonAsync();
        var officer = await app.ApiClientAtSiteAsync(await app.SiteAsync(SiteKind.CommunityOffice), Roles.CaseOfficer);
        Assert.Equal(1, await FoundAsync(officer, family));
        await records.PostJsonAsync($"/api/v1/people/{id}/placements", new { siteId = prison, from = Day(5), permanent = true });
        Assert.Equal(0, await FoundAsync(officer, family));
        Assert.Equal(1, await FoundAsync(records, family));
        Assert.Equal(1, await FoundAsync(await app.ApiClientForRoleAsync(Roles.Manager), family));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SiteAccessOnSqlite(SqliteApp app) : SiteAccessTests(app);

[Collection(PostgresCollection.Name)]
public sealed class SiteAccessOnPostgres(PostgresApp app) : SiteAccessTests(app);
