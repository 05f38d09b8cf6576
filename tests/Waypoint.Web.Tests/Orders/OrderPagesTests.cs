using System.Net;
using Microsoft.EntityFrameworkCore;
using Waypoint.Core.Security;
using Waypoint.Core.Staff;
using Waypoint.Web.Tests.Infrastructure;
using static Waypoint.Web.Tests.Infrastructure.HttpExtensions;

namespace Waypoint.Web.Tests.Orders;

/// <summary>PPL-04 pages: conditions, variation, ending an order and transferring supervision, each kept as history.</summary>
public abstract class OrderPagesTests(AppFixture app)
{
    private static Dictionary<string, string> Date(string field, DateOnly d, Dictionary<string, string>? form = null)
    {
        form ??= [];
        form[$"{field}.Day"] = d.Day.ToString();
        form[$"{field}.Month"] = d.Month.ToString();
        form[$"{field}.Year"] = d.Year.ToString();
        return form;
    }

    private async Task<(HttpClient Page, string PersonId, string OrderId, Guid Office)> CcoAsync()
    {
        var office = await app.SiteAsync(SiteKind.CommunityOffice);
        var records = await app.ApiClientForRoleAsync(Roles.RecordsOfficer);
        var id = (await (await records.PostJsonAsync("/api/v1/people", NewPerson(UniqueName("Orderpage")))).JsonAsync()).GetProperty("id").GetString()!;
        var order = await (await records.PostJsonAsync($"/api/v1/people/{id}/orders", new
        {
            policyPack = "community", orderType = "CCO", issuingAuthority = "ACT Magistrates Court", supervisingSiteId = office,
            dates = new { sentenceDate = "2026-02-01", start = "2026-02-01", supervisionStart = "2026-02-03", expiry = "2027-02-01" },
        })).JsonAsync();
        return (await app.SignedInClientAtSiteAsync(office, Roles.CaseOfficer), id, order.GetProperty("id").GetString()!, office);
    }

    private static async Task<List<string?>> ErrorLinksAsync(HttpResponseMessage response) =>
        (await response.HtmlAsync()).QuerySelectorAll(".govuk-error-summary a").Select(a => a.GetAttribute("href")).ToList();

    [Fact]
    [Trait("Req", "PPL-04")]
    public async Task Conditions_AreAddedAndChangedFromTheSentencePage()
    {
        var (page, id, orderId, _) = await CcoAsync();
        var sentence = await page.GetHtmlAsync($"/People/{id}/Sentence");
        Assert.NotNull(sentence.QuerySelector($"a[href='/Orders/{orderId}/Conditions/Add']"));
        var form = await page.GetHtmlAsync($"/Orders/{orderId}/Conditions/Add");
        var version = form.QuerySelector("input[name=Version]")!.GetAttribute("value")!;

        Assert.Contains("#Hours", await ErrorLinksAsync(await page.PostFormAsync($"/Orders/{orderId}/Conditions/Add", new() { ["Version"] = version, ["ConditionType"] = "CommunityService", ["Details"] = "Community service", ["Hours"] = "lots" })));
        Assert.Contains("#Hours", await ErrorLinksAsync(await page.PostFormAsync($"/Orders/{orderId}/Conditions/Add", new() { ["Version"] = version, ["ConditionType"] = "CommunityService", ["Details"] = "Community service" })));
        Assert.Contains("#ConditionType", await ErrorLinksAsync(await page.PostFormAsync($"/Orders/{orderId}/Conditions/Add", new() { ["Version"] = version, ["Details"] = "x" })));
        var added = await page.PostFormAsync($"/Orders/{orderId}/Conditions/Add", new() { ["Version"] = version, ["ConditionType"] = "CommunityService", ["Details"] = "Community service work", ["Hours"] = "120" });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);

        var conditionId = await app.WithDbAsync(db => db.Orders.Where(o => o.Id == Guid.Parse(orderId)).SelectMany(o => o.Conditions).Select(c => c.Id).SingleAsync());
        var statusForm = await page.GetHtmlAsync($"/Orders/{orderId}/Conditions/{conditionId}/Status");
        var current = statusForm.QuerySelector("input[name=Version]")!.GetAttribute("value")!;
        Assert.Contains("#Reason", await ErrorLinksAsync(await page.PostFormAsync($"/Orders/{orderId}/Conditions/{conditionId}/Status", new() { ["Version"] = current, ["Status"] = "Completed" })));
        var done = await page.PostFormAsync($"/Orders/{orderId}/Conditions/{conditionId}/Status", new() { ["Version"] = current, ["Status"] = "Completed", ["Reason"] = "120 hours completed" });
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Contains("Community service work (120 hours) – Completed", (await page.GetHtmlAsync($"/People/{id}/Sentence")).QuerySelector(".govuk-summary-card")!.TextContent);
        var entry = await app.WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.RecordId == orderId && a.Action == "order.condition-status"));
        Assert.Equal("120 hours completed", entry.Reason);
    }

    [Fact]
    [Trait("Req", "PPL-04")]
    public async Task Variation_IsPrefilled_NeedsAReason_AndRefusesAStaleForm()
    {
        var (page, id, orderId, _) = await CcoAsync();
        var form = await page.GetHtmlAsync($"/Orders/{orderId}/Vary");
        Assert.Equal("2027", form.QuerySelector("#Expiry_Year")!.GetAttribute("value"));
        var fields = Date("Expiry", new DateOnly(2027, 8, 1), Date("SupervisionStart", new DateOnly(2026, 2, 3), Date("Start", new DateOnly(2026, 2, 1), Date("SentenceDate", new DateOnly(2026, 2, 1)))));
        fields["Version"] = "1";
        Assert.Contains("#Reason", await ErrorLinksAsync(await page.PostFormAsync($"/Orders/{orderId}/Vary", fields)));

        fields["Reason"] = "Varied by the court on appeal";
        var backwards = new Dictionary<string, string>(fields);
        Date("Expiry", new DateOnly(2026, 1, 1), backwards);
        Assert.Contains("#Expiry", await ErrorLinksAsync(await page.PostFormAsync($"/Orders/{orderId}/Vary", backwards)));

        Assert.Equal(HttpStatusCode.Redirect, (await page.PostFormAsync($"/Orders/{orderId}/Vary", fields)).StatusCode);
        Assert.Contains("1 August 2027", (await page.GetHtmlAsync($"/People/{id}/Sentence")).QuerySelector(".govuk-summary-card")!.TextContent);
        // The same form again is now stale: version 1 was changed.
        var stale = await page.PostFormAsync($"/Orders/{orderId}/Vary", fields);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("Someone else changed this order", (await stale.HtmlAsync()).QuerySelector(".govuk-error-summary")!.TextContent);
        Assert.Single(await app.WithDbAsync(db => db.AuditEntries.Where(a => a.RecordId == orderId && a.Action == "order.varied").ToListAsync()));
    }

    [Fact]
    [Trait("Req", "PPL-04")]
    public async Task Revocation_EndsTheOrder_AndItsActionsGo()
    {
        var (page, id, orderId, _) = await CcoAsync();
        Assert.Contains("#Outcome", await ErrorLinksAsync(await page.PostFormAsync($"/Orders/{orderId}/End", new() { ["Version"] = "1", ["Reason"] = "x" })));
        var fields = Date("EndedOn", new DateOnly(2026, 6, 1));
        (fields["Version"], fields["Outcome"], fields["Reason"]) = ("1", "Revoked", "Revoked by the Sentence Administration Board");
        Assert.Equal(HttpStatusCode.Redirect, (await page.PostFormAsync($"/Orders/{orderId}/End", fields)).StatusCode);
        var sentence = await page.GetHtmlAsync($"/People/{id}/Sentence");
        Assert.Contains("Revoked", sentence.QuerySelector(".govuk-summary-card__title")!.TextContent);
        Assert.Contains("1 June 2026: Revoked by the Sentence Administration Board", sentence.QuerySelector(".govuk-summary-card")!.TextContent);
        Assert.Null(sentence.QuerySelector($"a[href='/Orders/{orderId}/Vary']"));
    }

    [Fact]
    [Trait("Req", "REC-05")]
    public async Task TransferPage_MovesSupervision_AndTheOldOfficeGoesBackToSearch()
    {
        var (page, id, orderId, _) = await CcoAsync();
        var other = await app.SiteAsync(SiteKind.CommunityOffice, "Tuggeranong Community Corrections " + Guid.NewGuid().ToString("N")[..4]);
        Assert.Contains("#SiteId", await ErrorLinksAsync(await page.PostFormAsync($"/Orders/{orderId}/Transfer", new() { ["Version"] = "1", ["Reason"] = "Moved" })));
        var moved = await page.PostFormAsync($"/Orders/{orderId}/Transfer", new() { ["Version"] = "1", ["SiteId"] = other.ToString(), ["Reason"] = "Moved house to Tuggeranong" });
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        Assert.Equal("/People", moved.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.NotFound, (await page.GetAsync($"/People/{id}/Sentence")).StatusCode);
        var there = await app.SignedInClientAtSiteAsync(other, Roles.CaseOfficer);
        Assert.Contains("Tuggeranong Community Corrections", (await there.GetHtmlAsync($"/People/{id}/Sentence")).QuerySelector(".govuk-summary-card")!.TextContent);
    }

    [Fact]
    [Trait("Req", "PPL-04")]
    public async Task PrisonOfficer_CannotOpenTheOrderForms()
    {
        var (_, _, orderId, office) = await CcoAsync();
        var prison = await app.SignedInClientAtSiteAsync(office, Roles.PrisonOfficer);
        foreach (var path in new[] { "Vary", "End", "Transfer", "Conditions/Add" })
        {
            var response = await prison.GetAsync($"/Orders/{orderId}/{path}");
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/Account/AccessDenied", response.Headers.Location!.OriginalString);
        }
    }
}

[Collection(SqliteCollection.Name)]
public sealed class OrderPagesOnSqlite(SqliteApp app) : OrderPagesTests(app);

[Collection(PostgresCollection.Name)]
public sealed class OrderPagesOnPostgres(PostgresApp app) : OrderPagesTests(app);
