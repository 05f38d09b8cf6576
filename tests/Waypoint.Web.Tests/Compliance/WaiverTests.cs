using System.Net;
using Microsoft.EntityFrameworkCore;
using Waypoint.Core.Security;
using Waypoint.Core.Staff;
using Waypoint.Web.Tests.Infrastructure;
using static Waypoint.Web.Tests.Infrastructure.HttpExtensions;

namespace Waypoint.Web.Tests.Compliance;

/// <summary>CMP-02: a team leader waives an obligation with a reason; the waiver is audited and survives every rebuild.</summary>
public abstract class WaiverTests(AppFixture app)
{
    /// <summary>A prisoner just received at a new prison: one open obligation, to allocate a case officer.</summary>
    private async Task<(Guid Prison, string PersonId, string Key)> ArrivalAsync()
    {
        var prison = await app.SiteAsync(SiteKind.Prison);
        var records = await app.ApiClientForRoleAsync(Roles.RecordsOfficer);
        var id = (await (await records.PostJsonAsync("/api/v1/people", NewPerson(UniqueName("Waived")))).JsonAsync()).GetProperty("id").GetString()!;
        await records.PostJsonAsync($"/api/v1/people/{id}/placements", new { siteId = prison, from = DateTime.UtcNow.ToString("yyyy-MM-dd"), permanent = true });
        await app.ApprovedImpAsync(id, DateTime.UtcNow.ToString("yyyy-MM-dd"));
        var key = (await (await records.GetAsync($"/api/v1/people/{id}/obligations")).JsonAsync()).EnumerateArray().Single().GetProperty("key").GetString()!;
        return (prison, id, key);
    }

    [Fact]
    [Trait("Req", "CMP-02")]
    public async Task UnitManager_WaivesWithAReason_ItLeavesTheQueue_IsAudited_AndARebuildKeepsIt()
    {
        var (prison, id, key) = await ArrivalAsync();
        var coordinator = await app.ApiClientAtSiteAsync(prison, Roles.CaseManagementCoordinator);
        Assert.Single((await (await coordinator.GetAsync("/api/v1/work")).JsonAsync()).GetProperty("items").EnumerateArray());

        var manager = await app.ApiClientAtSiteAsync(prison, Roles.UnitManager);
        var response = await manager.PostJsonAsync($"/api/v1/people/{id}/obligations/{Uri.EscapeDataString(key)}/waiver", new { reason = "Returned to court custody; allocation on return" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var waived = await response.JsonAsync();
        Assert.Equal("Waived", waived.GetProperty("status").GetString());
        Assert.Equal("Returned to court custody; allocation on return", waived.GetProperty("waiverReason").GetString());
        Assert.Empty((await (await coordinator.GetAsync("/api/v1/work")).JsonAsync()).GetProperty("items").EnumerateArray());

        var audit = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.Action == "obligation.waived" && a.RecordId == key).SingleAsync());
        Assert.Equal("Returned to court custody; allocation on return", audit.Reason);
        Assert.Equal(0, (await app.WithDbAsync(db => db.ObligationUpkeep!.RebuildAsync(db, null, CancellationToken.None))).Differences);

        var again = await manager.PostJsonAsync($"/api/v1/people/{id}/obligations/{Uri.EscapeDataString(key)}/waiver", new { reason = "Twice" });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("already waived", (await again.JsonAsync()).GetProperty("detail").GetString());
    }

    [Fact]
    [Trait("Req", "CMP-02")]
    public async Task NoReason_NotAWaiver_NotTheirRole_OrNoSuchWork_ChangesNothing()
    {
        var (prison, id, key) = await ArrivalAsync();
        var manager = await app.ApiClientAtSiteAsync(prison, Roles.UnitManager);
        var url = $"/api/v1/people/{id}/obligations/{Uri.EscapeDataString(key)}/waiver";
        Assert.Equal(HttpStatusCode.BadRequest, (await manager.PostJsonAsync(url, new { reason = " " })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await manager.PostJsonAsync($"/api/v1/people/{id}/obligations/ImpDue%3Anothing/waiver", new { reason = "x" })).StatusCode);
        var officer = await app.ApiClientAtSiteAsync(prison, Roles.CaseOfficer);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PostJsonAsync(url, new { reason = "Not mine to waive" })).StatusCode);
        Assert.False(await app.WithDbAsync(db => db.ObligationWaivers.AnyAsync(w => w.ObligationKey == key)));
    }

    [Fact]
    [Trait("Req", "CMP-02")]
    public async Task TheWaivePage_AsksWhy_ThenShowsItWaivedWithTheApprover()
    {
        var (prison, id, key) = await ArrivalAsync();
        var page = await app.SignedInClientAtSiteAsync(prison, Roles.UnitManager);
        var obligations = await page.GetHtmlAsync($"/People/{id}/Obligations");
        var link = obligations.QuerySelectorAll("a").Single(a => a.TextContent.StartsWith("Waive", StringComparison.Ordinal)).GetAttribute("href")!;

        var empty = await (await page.PostFormAsync(link, new() { ["Key"] = key, ["Reason"] = "" })).HtmlAsync();
        Assert.Contains("Enter why this work need not be done", empty.QuerySelector(".govuk-error-summary")!.TextContent);

        var done = await page.PostFormAsync(link, new() { ["Key"] = key, ["Reason"] = "Transferred out the same day" });
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        var after = (await page.GetHtmlAsync($"/People/{id}/Obligations")).QuerySelector(".govuk-summary-card")!.TextContent;
        Assert.Contains("Waived", after);
        Assert.Contains("Transferred out the same day", after);
        Assert.Contains($"by Test {Roles.UnitManager}", after);
        Assert.DoesNotContain("Waive ", after);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class WaiverOnSqlite(SqliteApp app) : WaiverTests(app);

[Collection(PostgresCollection.Name)]
public sealed class WaiverOnPostgres(PostgresApp app) : WaiverTests(app);
