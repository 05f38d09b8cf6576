using System.Net;
using Waypoint.Core.Security;
using Waypoint.Web.Tests.Infrastructure;
using static Waypoint.Web.Tests.Infrastructure.HttpExtensions;

namespace Waypoint.Web.Tests.Orders;

public abstract class SupervisionLevelTests(AppFixture app)
{
    private async Task<(HttpClient Api, string PersonId, string OrderId)> IcoAsync()
    {
        var api = await app.ApiClientForRoleAsync(Roles.CaseOfficer);
        var id = (await (await api.PostJsonAsync("/api/v1/people", NewPerson(UniqueName("Level")))).JsonAsync()).GetProperty("id").GetString()!;
        var start = DateTime.UtcNow.Date.AddDays(-60).ToString("yyyy-MM-dd");
        var order = await (await api.PostJsonAsync($"/api/v1/people/{id}/orders", new
        {
            policyPack = "community", orderType = "ICO", issuingAuthority = "ACT Supreme Court", supervisingSiteId = await app.CommunityOfficeAsync(),
            dates = new { sentenceDate = start, start, supervisionStart = start, expiry = DateTime.UtcNow.Date.AddDays(300).ToString("yyyy-MM-dd") },
        })).JsonAsync();
        return (api, id, order.GetProperty("id").GetString()!);
    }

    [Fact]
    [Trait("Req", "PPL-08")]
    public async Task Level_ProposedByThePack_AnotherNeedsAReason_AndHistoryIsKept()
    {
        var (api, _, orderId) = await IcoAsync();
        var proposed = await api.PostJsonAsync($"/api/v1/orders/{orderId}/supervision-level", new { level = "High", from = DateTime.UtcNow.Date.AddDays(-60).ToString("yyyy-MM-dd") });
        Assert.Equal(HttpStatusCode.Created, proposed.StatusCode);
        Assert.Equal("High", (await proposed.JsonAsync()).GetProperty("proposed").GetString());

        var noReason = await api.PostJsonAsync($"/api/v1/orders/{orderId}/supervision-level", new { level = "Low" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noReason.StatusCode);
        Assert.Equal("The proposed level is High: give the reason for choosing Low", (await noReason.JsonAsync()).GetProperty("detail").GetString());

        Assert.Equal(HttpStatusCode.Created, (await api.PostJsonAsync($"/api/v1/orders/{orderId}/supervision-level", new { level = "Low", reason = "Stable, fully compliant" })).StatusCode);
        var order = await (await api.GetAsync($"/api/v1/orders/{orderId}")).JsonAsync();
        Assert.Equal("Low", order.GetProperty("supervisionLevel").GetString());
        Assert.Equal(2, order.GetProperty("supervisionLevels").GetArrayLength());

        var unknown = await api.PostJsonAsync($"/api/v1/orders/{orderId}/supervision-level", new { level = "Extreme", reason = "x" });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
    }

    [Fact]
    [Trait("Req", "PPL-08")]
    public async Task PrisonSentence_HasNoSupervisionLevel()
    {
        var api = await app.ApiClientForRoleAsync(Roles.RecordsOfficer);
        var id = (await (await api.PostJsonAsync("/api/v1/people", NewPerson(UniqueName("Nolevel")))).JsonAsync()).GetProperty("id").GetString();
        var order = await (await api.PostJsonAsync($"/api/v1/people/{id}/orders", new { policyPack = "prisons", orderType = "Imprisonment", issuingAuthority = "District Court", dates = new { sentenceDate = "2026-01-01", start = "2026-01-01", earliestDateOfRelease = "2026-09-01" } })).JsonAsync();
        var response = await api.PostJsonAsync($"/api/v1/orders/{order.GetProperty("id").GetString()}/supervision-level", new { level = "High" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    [Trait("Req", "PPL-08")]
    public async Task SupervisionLevelPage_ShowsTheProposal_AndRefusesAnotherLevelWithoutAReason()
    {
        var (_, personId, orderId) = await IcoAsync();
        var page = await app.SignedInClientAtSiteAsync(await app.CommunityOfficeAsync(), Roles.CaseOfficer);
        Assert.Contains("proposes High", (await page.GetHtmlAsync($"/Orders/{orderId}/SupervisionLevel")).QuerySelector("#proposed")!.TextContent);
        var refused = await page.PostFormAsync($"/Orders/{orderId}/SupervisionLevel", new() { ["Level"] = "Medium" });
        Assert.Contains("give the reason for choosing Medium", (await refused.HtmlAsync()).QuerySelector(".govuk-error-summary")!.TextContent);
        var saved = await page.PostFormAsync($"/Orders/{orderId}/SupervisionLevel", new() { ["Level"] = "Medium", ["Reason"] = "Employed full time" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var sentence = await page.GetHtmlAsync($"/People/{personId}/Sentence");
        Assert.Contains("Medium since", sentence.QuerySelector(".govuk-summary-card")!.TextContent);
        Assert.Contains("(proposed High: Employed full time)", sentence.QuerySelector(".govuk-summary-card")!.TextContent);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SupervisionLevelOnSqlite(SqliteApp app) : SupervisionLevelTests(app);

[Collection(PostgresCollection.Name)]
public sealed class SupervisionLevelOnPostgres(PostgresApp app) : SupervisionLevelTests(app);
