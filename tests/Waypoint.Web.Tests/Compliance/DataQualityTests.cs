using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Waypoint.Core.Security;
using Waypoint.Core.Staff;
using Waypoint.Web.Tests.Infrastructure;
using static Waypoint.Web.Tests.Infrastructure.HttpExtensions;

namespace Waypoint.Web.Tests.Compliance;

/// <summary>BYD-07: the data-quality queue finds records needing attention at the user's sites; each count is its list (BYD-03).</summary>
public abstract class DataQualityTests(AppFixture app)
{
    private static string Day(int daysAgo) => DateTime.UtcNow.Date.AddDays(-daysAgo).ToString("yyyy-MM-dd");

    private static Dictionary<string, JsonElement> ByCheck(JsonElement counts) =>
        counts.EnumerateArray().ToDictionary(c => c.GetProperty("check").GetString()!);

    [Fact]
    [Trait("Req", "BYD-07")]
    [Trait("Req", "BYD-03")]
    public async Task FindsUnallocatedOrders_CaseloadsWithNothingInForce_AndExpiredActiveOrders_AtTheLeadersOfficeOnly()
    {
        var office = await app.SiteAsync(SiteKind.CommunityOffice);
        var records = await app.ApiClientForRoleAsync(Roles.RecordsOfficer);
        var leader = await app.ApiClientAtSiteAsync(office, Roles.TeamLeader);
        var officerName = await app.CreateUserAsync(Roles.CaseOfficer);
        await app.PlaceAtSiteAsync(officerName, office);
        var officerId = await app.WithDbAsync(db => db.Users.Where(u => u.UserName == officerName).Select(u => u.Id).SingleAsync());

        async Task<(string Person, string Order)> SupervisedAsync(string start, string? expiry)
        {
            var id = (await (await records.PostJsonAsync("/api/v1/people", NewPerson(UniqueName("Quality")))).JsonAsync()).GetProperty("id").GetString()!;
            var order = await records.PostJsonAsync($"/api/v1/people/{id}/orders", new
            {
                policyPack = "community", orderType = "CCO", issuingAuthority = "ACT Magistrates Court", supervisingSiteId = office,
                dates = new { sentenceDate = start, start, supervisionStart = start, expiry },
            });
            Assert.Equal(HttpStatusCode.Created, order.StatusCode);
            return (id, (await order.JsonAsync()).GetProperty("id").GetString()!);
        }

        var unallocated = await SupervisedAsync(Day(10), null);
        var ended = await SupervisedAsync(Day(30), null);
        await leader.PostJsonAsync($"/api/v1/people/{ended.Person}/allocations", new { kind = "ResponsibleOfficer", officerUserId = officerId, reason = "New order" });
        Assert.Equal(HttpStatusCode.OK, (await records.PostJsonAsync($"/api/v1/orders/{ended.Order}/end", new { outcome = "Completed", endedOn = Day(1), reason = "Order completed" })).StatusCode);
        var expired = await SupervisedAsync(Day(400), Day(5));

        var counts = ByCheck(await (await leader.GetAsync("/api/v1/data-quality")).JsonAsync());
        async Task<List<string>> PeopleAsync(string check)
        {
            var list = await (await leader.GetAsync(counts[check].GetProperty("people").GetString()!)).JsonAsync();
            Assert.Equal(counts[check].GetProperty("count").GetInt32(), list.GetProperty("total").GetInt32());
            return list.GetProperty("page").GetProperty("items").EnumerateArray().Select(i => i.GetProperty("personId").GetString()!).ToList();
        }
        Assert.Contains(unallocated.Person, await PeopleAsync("SupervisedWithoutOfficer"));
        Assert.DoesNotContain(ended.Person, await PeopleAsync("SupervisedWithoutOfficer"));
        // Other tests' people at no site are everyone's to see (REC-05), so these lists may hold more than ours.
        Assert.Contains(ended.Person, await PeopleAsync("OnCaseloadWithNothingInForce"));
        Assert.DoesNotContain(unallocated.Person, await PeopleAsync("OnCaseloadWithNothingInForce"));
        Assert.Contains(expired.Person, await PeopleAsync("ActiveAfterExpiry"));
        Assert.DoesNotContain(ended.Person, await PeopleAsync("ActiveAfterExpiry"));
        // Not assessed shows as unknown, never as low; a completed screen takes the person off the list.
        Assert.Contains(unallocated.Person, await PeopleAsync("RiskUnknown"));
        var screen = await (await leader.PostJsonAsync($"/api/v1/people/{unallocated.Person}/assessments", new { tool = "LsiRSv", answers = new { items = new[] { 0, 0, 0, 0, 0, 0, 0, 0 } } })).JsonAsync();
        Assert.Equal(HttpStatusCode.OK, (await leader.PostJsonAsync($"/api/v1/people/{unallocated.Person}/assessments/{screen.GetProperty("id").GetString()}/complete", new { })).StatusCode);
        counts = ByCheck(await (await leader.GetAsync("/api/v1/data-quality")).JsonAsync());
        Assert.DoesNotContain(unallocated.Person, await PeopleAsync("RiskUnknown"));

        var elsewhere = await app.ApiClientAtSiteAsync(await app.SiteAsync(SiteKind.CommunityOffice), Roles.TeamLeader);
        var theirs = await (await elsewhere.GetAsync("/api/v1/data-quality/ActiveAfterExpiry?limit=100")).JsonAsync();
        Assert.DoesNotContain(theirs.GetProperty("page").GetProperty("items").EnumerateArray(), i => i.GetProperty("personId").GetString() == expired.Person);

        var page = await app.SignedInClientAtSiteAsync(office, Roles.TeamLeader);
        var html = await page.GetHtmlAsync("/DataQuality");
        var link = html.QuerySelectorAll("#checks tbody tr").Single(r => r.QuerySelector("th")!.TextContent.StartsWith("Order still active", StringComparison.Ordinal)).QuerySelector("a")!;
        var count = int.Parse(link.TextContent);
        var listed = await page.GetHtmlAsync(link.GetAttribute("href")!);
        Assert.Equal($"{count} {(count == 1 ? "person" : "people")}", listed.QuerySelector("#list-count")!.TextContent);
        Assert.Equal(Math.Min(count, 50), listed.QuerySelectorAll("#people tbody tr").Length);
    }

    [Fact]
    [Trait("Req", "BYD-07")]
    public async Task UnknownCheck_IsAProblem_AndOfficersCannotSeeTheQueue()
    {
        var leader = await app.ApiClientForRoleAsync(Roles.TeamLeader);
        var response = await leader.GetAsync("/api/v1/data-quality/Everything");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var officer = await app.ApiClientForRoleAsync(Roles.CaseOfficer);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync("/api/v1/data-quality")).StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class DataQualityOnSqlite(SqliteApp app) : DataQualityTests(app);

[Collection(PostgresCollection.Name)]
public sealed class DataQualityOnPostgres(PostgresApp app) : DataQualityTests(app);
