using System.Net;
using Waypoint.Core.Security;
using Waypoint.Core.Staff;
using Waypoint.Web.Tests.Infrastructure;
using static Waypoint.Web.Tests.Infrastructure.HttpExtensions;

namespace Waypoint.Web.Tests.Custody;

public abstract class CustodyPagesTests(AppFixture app)
{
    [Fact]
    [Trait("Req", "PPL-05")]
    public async Task MoveAndReleaseForms_RecordCustody_AndATransferWithoutReasonIsRefused()
    {
        var first = Site.Create($"P-{Guid.NewGuid():N}"[..12], "Pages Prison " + Guid.NewGuid().ToString("N")[..4], SiteKind.Prison, "WA", "Australia/Perth");
        var second = Site.Create($"P-{Guid.NewGuid():N}"[..12], "Pages Prison " + Guid.NewGuid().ToString("N")[..4], SiteKind.Prison, "WA", "Australia/Perth");
        await app.WithDbAsync(db =>
        {
            db.Sites.AddRange(first, second);
            return db.SaveChangesAsync();
        });
        var api = await app.ApiClientForRoleAsync(Roles.RecordsOfficer);
        var id = (await (await api.PostJsonAsync("/api/v1/people", NewPerson(UniqueName("Custodypage")))).JsonAsync()).GetProperty("id").GetString();
        var client = await app.SignedInClientAsync(Roles.RecordsOfficer);
        var url = $"/People/{id}/Custody";

        var received = await client.PostFormAsync($"{url}/Move", new() { ["SiteId"] = first.Id.ToString(), ["Unit"] = "Unit 2", ["From.Day"] = "5", ["From.Month"] = "1", ["From.Year"] = "2026", ["Permanent"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, received.StatusCode);
        var page = await client.GetHtmlAsync(url);
        Assert.Contains($"{first.Name}, Unit 2 since 5 January 2026 (permanent placement)", page.QuerySelector("#custody-now")!.TextContent);

        var refused = await client.PostFormAsync($"{url}/Move", new() { ["SiteId"] = second.Id.ToString(), ["From.Day"] = "1", ["From.Month"] = "3", ["From.Year"] = "2026", ["Permanent"] = "true" });
        Assert.Contains("Give the reason for the transfer", (await refused.HtmlAsync()).QuerySelector(".govuk-error-summary")!.TextContent);

        var noReason = await client.PostFormAsync($"{url}/Classify", new() { ["Level"] = "Maximum", ["From.Day"] = "5", ["From.Month"] = "1", ["From.Year"] = "2026" });
        Assert.Contains("Enter the reason for the classification", (await noReason.HtmlAsync()).QuerySelector(".govuk-error-summary")!.TextContent);
        var classified = await client.PostFormAsync($"{url}/Classify", new() { ["Level"] = "Maximum", ["From.Day"] = "5", ["From.Month"] = "1", ["From.Year"] = "2026", ["Reason"] = "On reception" });
        Assert.Equal(HttpStatusCode.Redirect, classified.StatusCode);
        Assert.Contains("Maximum", (await client.GetHtmlAsync(url)).QuerySelector("#custody-now")!.TextContent);

        var released = await client.PostFormAsync($"{url}/Release", new() { ["On.Day"] = "1", ["On.Month"] = "6", ["On.Year"] = "2026", ["Reason"] = "Released to parole" });
        Assert.Equal(HttpStatusCode.Redirect, released.StatusCode);
        Assert.Contains("Not in custody", (await client.GetHtmlAsync(url)).QuerySelector("#custody-now")!.TextContent);
    }

    [Fact]
    [Trait("Req", "PPL-05")]
    public async Task CaseOfficer_SeesCustody_ButNotTheForms()
    {
        var api = await app.ApiClientForRoleAsync(Roles.RecordsOfficer);
        var id = (await (await api.PostJsonAsync("/api/v1/people", NewPerson(UniqueName("Custodyread")))).JsonAsync()).GetProperty("id").GetString();
        var officer = await app.PageClientForRoleAsync(Roles.CaseOfficer);
        var page = await officer.GetHtmlAsync($"/People/{id}/Custody");
        Assert.Null(page.QuerySelector("a[href$='/Custody/Move']"));
        Assert.Equal(HttpStatusCode.Redirect, (await officer.GetAsync($"/People/{id}/Custody/Move")).StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class CustodyPagesOnSqlite(SqliteApp app) : CustodyPagesTests(app);

[Collection(PostgresCollection.Name)]
public sealed class CustodyPagesOnPostgres(PostgresApp app) : CustodyPagesTests(app);
