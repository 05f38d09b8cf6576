using System.Net;
using Waypoint.Core.Security;
using Waypoint.Web.Tests.Infrastructure;
using static Waypoint.Web.Tests.Infrastructure.HttpExtensions;

namespace Waypoint.Web.Tests.Orders;

public abstract class SentencePagesTests(AppFixture app)
{
    private async Task<(HttpClient Client, string Url)> PersonAsync()
    {
        var api = await app.ApiClientForRoleAsync(Roles.RecordsOfficer);
        var id = (await (await api.PostJsonAsync("/api/v1/people", NewPerson(UniqueName("Sentence")))).JsonAsync()).GetProperty("id").GetString();
        return (await app.SignedInClientAsync(Roles.RecordsOfficer), $"/People/{id}");
    }

    private static Dictionary<string, string> Form(string type, params (string Field, string Date)[] dates)
    {
        var form = new Dictionary<string, string> { ["Type"] = type, ["IssuingAuthority"] = "District Court of WA" };
        foreach (var (field, date) in dates)
        {
            var d = DateOnly.Parse(date);
            form[$"{field}.Day"] = d.Day.ToString();
            form[$"{field}.Month"] = d.Month.ToString();
            form[$"{field}.Year"] = d.Year.ToString();
        }
        return form;
    }

    [Fact]
    [Trait("Req", "PPL-06")]
    public async Task AddingAPrisonSentence_ShowsTheEffectiveSentence()
    {
        var (client, url) = await PersonAsync();
        var saved = await client.PostFormAsync($"{url}/Orders/Add", Form("prisons:Imprisonment", ("SentenceDate", "2026-01-01"), ("Start", "2026-01-01"), ("Expiry", "2029-01-01"), ("Edr", "2027-09-30")));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var page = await client.GetHtmlAsync($"{url}/Sentence");
        Assert.Contains("Imprisonment added", page.QuerySelector(".govuk-notification-banner")!.TextContent);
        Assert.Contains("1 January 2026 to 30 September 2027 (637 days)", page.QuerySelector("#effective-sentence")!.TextContent);
        Assert.Contains("District Court of WA", page.QuerySelector(".govuk-summary-card")!.TextContent);
    }

    [Fact]
    [Trait("Req", "PPL-04")]
    public async Task AddOrderForm_ShowsRuleErrorsAgainstTheirFields()
    {
        var (client, url) = await PersonAsync();
        var form = Form("community:ICO", ("SentenceDate", "2026-02-01"), ("Start", "2026-02-01"), ("SupervisionStart", "2026-02-01"), ("Expiry", "2026-01-01"));
        form["SupervisingSiteId"] = (await app.CommunityOfficeAsync()).ToString();
        var response = await client.PostFormAsync($"{url}/Orders/Add", form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var links = (await response.HtmlAsync()).QuerySelectorAll(".govuk-error-summary__list a").Select(a => (a.GetAttribute("href"), a.TextContent)).ToList();
        Assert.Contains(("#Expiry", "The expiry date must be the same as or after the start date"), links);

        var missing = await client.PostFormAsync($"{url}/Orders/Add", Form("community:ICO", ("SentenceDate", "2026-02-01"), ("Start", "2026-02-01")));
        var missingLinks = (await missing.HtmlAsync()).QuerySelectorAll(".govuk-error-summary__list a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("#SupervisionStart", missingLinks);
        Assert.Contains("#SupervisingSiteId", missingLinks);
    }

    [Fact]
    [Trait("Req", "PPL-04")]
    public async Task PrisonOfficer_SeesTheSentence_ButCannotAddAnOrder()
    {
        var (_, url) = await PersonAsync();
        var prison = await app.PageClientForRoleAsync(Roles.PrisonOfficer);
        Assert.Equal(HttpStatusCode.OK, (await prison.GetAsync($"{url}/Sentence")).StatusCode);
        var add = await prison.GetAsync($"{url}/Orders/Add");
        Assert.Equal(HttpStatusCode.Redirect, add.StatusCode);
        Assert.Contains("/Account/AccessDenied", add.Headers.Location!.OriginalString);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SentencePagesOnSqlite(SqliteApp app) : SentencePagesTests(app);

[Collection(PostgresCollection.Name)]
public sealed class SentencePagesOnPostgres(PostgresApp app) : SentencePagesTests(app);
