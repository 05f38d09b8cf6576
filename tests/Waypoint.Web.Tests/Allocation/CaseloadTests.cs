using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Waypoint.Core.Security;
using Waypoint.Web.Tests.Infrastructure;
using static Waypoint.Web.Tests.Infrastructure.HttpExtensions;

namespace Waypoint.Web.Tests.Allocation;

public abstract class CaseloadTests(AppFixture app)
{
    [Fact]
    [Trait("Req", "STF-02")]
    [Trait("Req", "ASM-04")]
    public async Task Officer_SeesTheirCaseload_NextKeyDateFirst_WithAlertsAndRisk()
    {
        var officer = await app.ApiClientAsync(Roles.CaseOfficer);
        var me = (await (await officer.GetAsync("/api/v1/me")).JsonAsync()).GetProperty("id").GetString();
        var leader = await app.ApiClientForRoleAsync(Roles.TeamLeader);
        var soon = DateTime.UtcNow.Date.AddDays(20).ToString("yyyy-MM-dd");
        var later = DateTime.UtcNow.Date.AddDays(200).ToString("yyyy-MM-dd");
        var start = DateTime.UtcNow.Date.AddDays(-30).ToString("yyyy-MM-dd");

        var names = new List<string>();
        foreach (var expiry in new[] { later, soon })
        {
            var family = UniqueName("Caseload");
            names.Add(family);
            var id = (await (await leader.PostJsonAsync("/api/v1/people", NewPerson(family))).JsonAsync()).GetProperty("id").GetString();
            await leader.PostJsonAsync($"/api/v1/people/{id}/orders", new { policyPack = "community", orderType = "GBO", issuingAuthority = "Magistrates Court", supervisingSiteId = await app.CommunityOfficeAsync(), dates = new { sentenceDate = start, start, supervisionStart = start, expiry } });
            await leader.PostJsonAsync($"/api/v1/people/{id}/alerts", new { type = "Violence", details = "Two officers", startDate = start });
            var allocated = await leader.PostJsonAsync($"/api/v1/people/{id}/allocations", new { kind = "ResponsibleOfficer", officerUserId = me, reason = "New order" });
            Assert.True(allocated.IsSuccessStatusCode, await allocated.Content.ReadAsStringAsync());
        }

        var caseload = (await (await officer.GetAsync("/api/v1/caseload")).JsonAsync()).EnumerateArray().ToList();
        Assert.Equal(2, caseload.Count);
        Assert.Equal(soon, caseload[0].GetProperty("nextKeyDate").GetString());
        Assert.Equal("Order expires", caseload[0].GetProperty("nextKeyDateIs").GetString());
        Assert.Equal(["Good Behaviour Order"], caseload[0].GetProperty("orders").EnumerateArray().Select(o => o.GetString()));
        Assert.Equal(["Violence"], caseload[0].GetProperty("activeAlerts").EnumerateArray().Select(o => o.GetString()));
        // Not assessed is its own level, never low; a completed screen shows its level.
        Assert.Equal(["NotAssessed", "NotAssessed"], caseload.Select(c => c.GetProperty("riskLevel").GetString()));
        var screen = await (await officer.PostJsonAsync($"/api/v1/people/{caseload[1].GetProperty("personId").GetString()}/assessments", new { tool = "LsiRSv", answers = new { items = new[] { 1, 1, 1, 1, 1, 1, 0, 0 } } })).JsonAsync();
        await officer.PostJsonAsync($"/api/v1/people/{caseload[1].GetProperty("personId").GetString()}/assessments/{screen.GetProperty("id").GetString()}/complete", new { });
        caseload = (await (await officer.GetAsync("/api/v1/caseload")).JsonAsync()).EnumerateArray().ToList();
        Assert.Equal(["NotAssessed", "High"], caseload.Select(c => c.GetProperty("riskLevel").GetString()));

        var other = await app.ApiClientAsync(Roles.CaseOfficer);
        Assert.Empty((await (await other.GetAsync("/api/v1/caseload")).JsonAsync()).EnumerateArray());
    }
}

[Collection(SqliteCollection.Name)]
public sealed class CaseloadOnSqlite(SqliteApp app) : CaseloadTests(app);

[Collection(PostgresCollection.Name)]
public sealed class CaseloadOnPostgres(PostgresApp app) : CaseloadTests(app);
