using System.IO.Compression;
using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Waypoint.Core.Security;
using Waypoint.Core.Staff;
using Waypoint.Web.Tests.Infrastructure;
using static Waypoint.Web.Tests.Infrastructure.HttpExtensions;

namespace Waypoint.Web.Tests.Compliance;

/// <summary>CMP-05 on-time rates with trend and exports; BYD-03 every figure lists exactly the obligations it counts.</summary>
public abstract class ComplianceReportTests(AppFixture app)
{
    private static string Day(int daysAgo) => DateTime.UtcNow.Date.AddDays(-daysAgo).ToString("yyyy-MM-dd");

    /// <summary>
    /// Four prisoners received 40 days ago at a new prison: one allocated on time, one late, one never, one whose
    /// allocation was waived. The two allocations each make a primary contact report due, neither written.
    /// </summary>
    private async Task<Guid> PrisonWithHistoryAsync()
    {
        var prison = await app.SiteAsync(SiteKind.Prison);
        var records = await app.ApiClientForRoleAsync(Roles.RecordsOfficer);
        var coordinator = await app.ApiClientAtSiteAsync(prison, Roles.CaseManagementCoordinator);
        var officerName = await app.CreateUserAsync(Roles.CaseOfficer);
        await app.PlaceAtSiteAsync(officerName, prison);
        var officerId = await app.WithDbAsync(db => db.Users.Where(u => u.UserName == officerName).Select(u => u.Id).SingleAsync());
        var people = new List<string>();
        foreach (var allocatedDaysAgo in new int?[] { 36, 30, null, null })
        {
            var id = (await (await records.PostJsonAsync("/api/v1/people", NewPerson(UniqueName("Reported")))).JsonAsync()).GetProperty("id").GetString()!;
            await records.PostJsonAsync($"/api/v1/people/{id}/placements", new { siteId = prison, from = Day(40), permanent = true });
            await app.ApprovedImpAsync(id, Day(40));
            if (allocatedDaysAgo is { } ago)
            {
                var allocated = await coordinator.PostJsonAsync($"/api/v1/people/{id}/allocations", new { kind = "CaseOfficer", officerUserId = officerId, from = Day(ago), reason = "On arrival" });
                Assert.Equal(HttpStatusCode.Created, allocated.StatusCode);
            }
            people.Add(id);
        }
        var manager = await app.ApiClientAtSiteAsync(prison, Roles.UnitManager);
        var key = (await (await manager.GetAsync($"/api/v1/people/{people[3]}/obligations")).JsonAsync()).EnumerateArray().Single().GetProperty("key").GetString()!;
        Assert.Equal(HttpStatusCode.Created, (await manager.PostJsonAsync($"/api/v1/people/{people[3]}/obligations/{Uri.EscapeDataString(key)}/waiver", new { reason = "Released to court the next day" })).StatusCode);
        return prison;
    }

    private static JsonElement Row(JsonElement report, string label) => report.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("label").GetString() == label);

    private static (int Due, int OnTime, int Late, int NotMet) Counts(JsonElement row) =>
        (row.GetProperty("due").GetProperty("count").GetInt32(), row.GetProperty("onTime").GetProperty("count").GetInt32(),
         row.GetProperty("late").GetProperty("count").GetInt32(), row.GetProperty("notMet").GetProperty("count").GetInt32());

    [Fact]
    [Trait("Req", "CMP-05")]
    [Trait("Req", "BYD-03")]
    public async Task ByRule_CountsOnTimeLateAndNotMet_LeavesWaivedOut_AndEveryFigureListsExactlyItsObligations()
    {
        var prison = await PrisonWithHistoryAsync();
        var manager = await app.ApiClientForRoleAsync(Roles.Manager);
        var report = await (await manager.GetAsync($"/api/v1/compliance?from={Day(60)}&to={Day(0)}&by=Rule&site={prison}")).JsonAsync();

        var allocation = Row(report, "case-officer-allocation");
        Assert.Equal((3, 1, 1, 1), Counts(allocation));
        Assert.Equal(33, allocation.GetProperty("rate").GetInt32());
        Assert.Equal((2, 0, 0, 2), Counts(Row(report, "primary-contact-report")));
        Assert.Equal((5, 1, 1, 3), Counts(report.GetProperty("total")));

        foreach (var row in report.GetProperty("rows").EnumerateArray().Append(report.GetProperty("total")))
        {
            foreach (var figure in new[] { "due", "onTime", "late", "notMet" }.Select(f => row.GetProperty(f)))
            {
                var listed = await (await manager.GetAsync(figure.GetProperty("obligations").GetString()!)).JsonAsync();
                Assert.Equal(figure.GetProperty("count").GetInt32(), listed.GetProperty("total").GetInt32());
            }
        }
        // The months of the trend add up to the period.
        Assert.Equal(5, report.GetProperty("trend").EnumerateArray().Sum(m => m.GetProperty("due").GetProperty("count").GetInt32()));

        // Grouped another way, the same total.
        foreach (var by in new[] { "Site", "Team", "Officer" })
        {
            var other = await (await manager.GetAsync($"/api/v1/compliance?from={Day(60)}&to={Day(0)}&by={by}&site={prison}")).JsonAsync();
            Assert.Equal((5, 1, 1, 3), Counts(other.GetProperty("total")));
        }
    }

    [Fact]
    [Trait("Req", "CMP-05")]
    [Trait("Req", "BYD-03")]
    public async Task ThePage_ShowsTheTableAndTrend_ItsLinksLeadToThatManyObligations_AndItExports()
    {
        var prison = await PrisonWithHistoryAsync();
        var page = await app.SignedInClientAtSiteAsync(prison, Roles.UnitManager);
        var html = await page.GetHtmlAsync($"/Compliance?From={Day(60)}&To={Day(0)}&By=Rule");
        var row = html.QuerySelectorAll("#report tbody tr").Single(r => r.QuerySelector("th")!.TextContent == "case-officer-allocation");
        Assert.Equal(["3", "1", "1", "1", "33%"], row.QuerySelectorAll("td").Select(td => td.TextContent.Trim()));
        Assert.NotNull(html.QuerySelector("svg[role=img]"));
        Assert.NotEmpty(html.QuerySelectorAll("#trend tbody tr"));

        foreach (var link in row.QuerySelectorAll("td a"))
        {
            var listed = await page.GetHtmlAsync(link.GetAttribute("href")!);
            Assert.StartsWith($"{link.TextContent} obligation", listed.QuerySelector("#obligation-count")!.TextContent);
            Assert.Equal(int.Parse(link.TextContent), listed.QuerySelectorAll("#obligations tbody tr").Length);
        }

        var csv = await page.GetAsync($"/Compliance?From={Day(60)}&To={Day(0)}&By=Rule&handler=Csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.Contains("case-officer-allocation,3,1,1,1,33", await csv.Content.ReadAsStringAsync());

        var xlsx = await page.GetAsync($"/Compliance?From={Day(60)}&To={Day(0)}&By=Rule&handler=Xlsx");
        using var book = new ZipArchive(await xlsx.Content.ReadAsStreamAsync());
        var sheets = book.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, sheets.Count);
        using var first = new StreamReader(sheets.OrderBy(e => e.FullName).First().Open());
        Assert.Contains("case-officer-allocation", await first.ReadToEndAsync());
    }

    [Fact]
    [Trait("Req", "REC-05")]
    public async Task ATeamLeaderElsewhere_SeesNoneOfIt()
    {
        var prison = await PrisonWithHistoryAsync();
        var elsewhere = await app.ApiClientAtSiteAsync(await app.SiteAsync(SiteKind.CommunityOffice), Roles.TeamLeader);
        var report = await (await elsewhere.GetAsync($"/api/v1/compliance?from={Day(60)}&to={Day(0)}&site={prison}")).JsonAsync();
        Assert.Equal(0, report.GetProperty("total").GetProperty("due").GetProperty("count").GetInt32());
    }

    [Theory]
    [Trait("Req", "CMP-05")]
    [InlineData("from=2026-13-01")]
    [InlineData("from=2026-06-01&to=2026-05-01")]
    [InlineData("from=1990-01-01&to=2026-01-01")]
    [InlineData("by=Planet")]
    [InlineData("outcome=1")]
    [InlineData("site=nowhere")]
    public async Task BadQuery_IsAProblem(string query)
    {
        var manager = await app.ApiClientForRoleAsync(Roles.Manager);
        var response = await manager.GetAsync($"/api/v1/compliance/obligations?{query}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    [Trait("Req", "CMP-05")]
    public async Task BadDates_OnThePage_AreNamedInTheErrorSummary_AndOfficersCannotReadIt()
    {
        var page = await app.PageClientForRoleAsync(Roles.Manager);
        var html = await page.GetHtmlAsync("/Compliance?From=31 February 2026");
        Assert.Contains("Enter the start of the period as a real date", html.QuerySelector(".govuk-error-summary")!.TextContent);
        var officer = await app.ApiClientForRoleAsync(Roles.CaseOfficer);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync("/api/v1/compliance")).StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ComplianceReportOnSqlite(SqliteApp app) : ComplianceReportTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ComplianceReportOnPostgres(PostgresApp app) : ComplianceReportTests(app);
