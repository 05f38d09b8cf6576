using System.Net;
using Microsoft.EntityFrameworkCore;
using Waypoint.Core.Security;
using Waypoint.Web.Tests.Infrastructure;
using static Waypoint.Web.Tests.Infrastructure.HttpExtensions;

namespace Waypoint.Web.Tests.People;

/// <summary>The people pages, driven as a browser without JavaScript would: real sign-in, forms with antiforgery.</summary>
public abstract class PeoplePagesTests(AppFixture app)
{
    private static Dictionary<string, string> PersonForm(string family, string given = "Aroha", string day = "3", string month = "3", string year = "1987") => new()
    {
        ["Input.GivenNames"] = given,
        ["Input.FamilyName"] = family,
        ["Dob.Day"] = day,
        ["Dob.Month"] = month,
        ["Dob.Year"] = year,
        ["Input.Gender"] = "Female",
        ["Input.IndigenousStatus"] = "Aboriginal",
        ["Input.PreferredLanguage"] = "English",
        ["Input.Status"] = "Active",
    };

    private async Task<(HttpClient Client, string PersonUrl)> CreatePersonAsync(string family)
    {
        var client = await app.SignedInClientAsync(Roles.CaseOfficer);
        var response = await client.PostFormAsync("/People/Create", PersonForm(family));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return (client, response.Headers.Location!.OriginalString);
    }

    [Fact]
    [Trait("Req", "PPL-01")]
    public async Task CreateForm_SavesThePerson_AndShowsThemWithDatesAsPeopleReadThem()
    {
        var family = UniqueName("Walker");
        var (client, url) = await CreatePersonAsync(family);
        var page = await client.GetHtmlAsync(url);
        Assert.Contains($"Aroha {family} added with offender number W", page.QuerySelector(".govuk-notification-banner")!.TextContent);
        Assert.Contains("3 March 1987", page.QuerySelector("#personal-details")!.TextContent);
        Assert.Contains("Aboriginal", page.QuerySelector("#personal-details")!.TextContent);
    }

    [Fact]
    [Trait("Req", "PPL-01")]
    public async Task CreateForm_WithErrors_ShowsAnErrorSummaryLinkedToEachField_AndSavesNothing()
    {
        var family = UniqueName("Never");
        var client = await app.SignedInClientAsync(Roles.CaseOfficer);
        var form = PersonForm(family, given: "", day: "31", month: "2");
        var response = await client.PostFormAsync("/People/Create", form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.HtmlAsync();
        var links = page.QuerySelectorAll(".govuk-error-summary__list a").Select(a => (a.GetAttribute("href"), a.TextContent)).ToList();
        Assert.Contains(("#Input_GivenNames", "Enter given names"), links);
        Assert.Contains(("#Dob", "Date of birth must be a real date"), links);
        Assert.NotNull(page.QuerySelector("#Input_GivenNames.govuk-input--error"));
        Assert.Equal(family, page.QuerySelector("#Input_FamilyName")!.GetAttribute("value"));
        Assert.False(await app.WithDbAsync(db => db.People.AnyAsync(p => p.FamilyName == family)));
    }

    [Fact]
    [Trait("Req", "PPL-01")]
    public async Task CreateForm_WithoutAntiforgeryToken_IsRefused()
    {
        var family = UniqueName("Forged");
        var client = await app.SignedInClientAsync(Roles.CaseOfficer);
        var response = await client.PostAsync("/People/Create", new FormUrlEncodedContent(PersonForm(family)));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.People.AnyAsync(p => p.FamilyName == family)));
    }

    [Fact]
    [Trait("Req", "PPL-03")]
    public async Task ActiveAlert_ShowsOnEveryPageAboutThePerson()
    {
        var (client, url) = await CreatePersonAsync(UniqueName("Alerted"));
        var raised = await client.PostFormAsync($"{url}/Alerts/Raise", new()
        {
            ["Input.Type"] = "SelfHarm", ["Input.Details"] = "Check wellbeing at every contact",
            ["Start.Day"] = "1", ["Start.Month"] = "1", ["Start.Year"] = "2026",
        });
        Assert.Equal(HttpStatusCode.Redirect, raised.StatusCode);
        foreach (var page in new[] { url, $"{url}/Edit", $"{url}/History", $"{url}/Aliases/Add", $"{url}/Identifiers/Add", $"{url}/ResponsivityFactors/Add" })
        {
            var html = await client.GetHtmlAsync(page);
            var badges = html.QuerySelectorAll(".moj-identity-bar .moj-badge").Select(b => b.TextContent).ToList();
            Assert.True(badges.Contains("Self-harm"), $"no alert badge on {page}");
        }
    }

    [Fact]
    [Trait("Req", "PPL-03")]
    public async Task EndedAlert_LeavesTheIdentityBar_ButStaysOnTheRecord()
    {
        var family = UniqueName("Ended");
        var (client, url) = await CreatePersonAsync(family);
        await client.PostFormAsync($"{url}/Alerts/Raise", new() { ["Input.Type"] = "Medical", ["Input.Details"] = "Asthma", ["Start.Day"] = "1", ["Start.Month"] = "1", ["Start.Year"] = "2026" });
        var alertId = await app.WithDbAsync(db => db.People.Where(p => p.FamilyName == family).SelectMany(p => p.Alerts).Select(a => a.Id).SingleAsync());
        var yesterday = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1);
        var ended = await client.PostFormAsync($"{url}/Alerts/{alertId}/End", new()
        {
            ["EndDate.Day"] = yesterday.Day.ToString(), ["EndDate.Month"] = yesterday.Month.ToString(), ["EndDate.Year"] = yesterday.Year.ToString(), ["Input.Reason"] = "Resolved",
        });
        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        var page = await client.GetHtmlAsync(url);
        Assert.Empty(page.QuerySelectorAll(".moj-identity-bar .moj-badge"));
        Assert.Contains("Medical (ended)", page.QuerySelector("#alerts + table")!.TextContent);
    }

    [Fact]
    [Trait("Req", "PPL-09")]
    public async Task ChangeOfCircumstancesForm_RecordsTheChange_OnThePersonPageAndInHistory()
    {
        var (client, url) = await CreatePersonAsync(UniqueName("Moved"));
        var saved = await client.PostFormAsync($"{url}/Circumstances/Record", new()
        {
            ["Input.Kind"] = "Address", ["Input.Details"] = "Moved in with sister in Belconnen", ["Input.ReportedBy"] = "ThePerson",
            ["OccurredOn.Day"] = "2", ["OccurredOn.Month"] = "11", ["OccurredOn.Year"] = "2026",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var page = await client.GetHtmlAsync(url);
        Assert.Contains("2 November 2026", page.QuerySelector("#circumstances + table")!.TextContent);
        Assert.Contains("The person", page.QuerySelector("#circumstances + table")!.TextContent);
        Assert.Contains("Change of circumstances recorded", (await client.GetHtmlAsync($"{url}/History")).QuerySelector(".moj-timeline")!.TextContent);

        var missing = await client.PostFormAsync($"{url}/Circumstances/Record", new() { ["Input.Kind"] = "Health" });
        var links = (await missing.HtmlAsync()).QuerySelectorAll(".govuk-error-summary__list a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("#Input_Details", links);
        Assert.Contains("#OccurredOn", links);
        Assert.Contains("#Input_ReportedBy", links);
    }

    [Fact]
    [Trait("Req", "PPL-07")]
    public async Task SearchPage_FindsAMisspelledAlias()
    {
        var family = UniqueName("Kowalczyk");
        var (client, url) = await CreatePersonAsync(family);
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync($"{url}/Aliases/Add", new() { ["Input.GivenNames"] = "Wojciech", ["Input.FamilyName"] = "Przybylski" })).StatusCode);
        var results = await client.GetHtmlAsync("/People?q=Przybilski+Wojceich");
        Assert.Null(results.QuerySelector(".govuk-error-summary"));
        var row = results.QuerySelectorAll(".govuk-table__body .govuk-table__row").Single(r => r.TextContent.Contains(family));
        Assert.Contains("Matched alias: Wojciech Przybylski", row.TextContent);
    }

    [Fact]
    [Trait("Req", "PPL-01")]
    public async Task EditForm_WhenSomeoneElseSavedFirst_RefusesAndKeepsTheirChange()
    {
        var family = UniqueName("Stale");
        var (first, url) = await CreatePersonAsync(family);
        var second = await app.SignedInClientAsync(Roles.TeamLeader);
        var secondForm = await second.GetHtmlAsync($"{url}/Edit");
        var secondToken = secondForm.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var version = secondForm.QuerySelector("input[name=Version]")!.GetAttribute("value")!;

        var form = PersonForm(family, given: "FirstWriter");
        form["Version"] = version;
        Assert.Equal(HttpStatusCode.Redirect, (await first.PostFormAsync($"{url}/Edit", form)).StatusCode);

        var stale = PersonForm(family, given: "SecondWriter");
        stale["Version"] = version;
        stale["__RequestVerificationToken"] = secondToken;
        var response = await second.PostAsync($"{url}/Edit", new FormUrlEncodedContent(stale));
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("Someone else changed this person's details", (await response.HtmlAsync()).QuerySelector(".govuk-error-summary")!.TextContent);
        Assert.Equal("FirstWriter", await app.WithDbAsync(db => db.People.Where(p => p.FamilyName == family).Select(p => p.GivenNames).SingleAsync()));
    }

    [Fact]
    [Trait("Req", "PPL-01")]
    public async Task HistoryPage_ShowsWhoChangedWhat()
    {
        var family = UniqueName("Historic");
        var (client, url) = await CreatePersonAsync(family);
        var form = PersonForm(family, given: "Renamed");
        form["Version"] = "1";
        form["Input.Reason"] = "Name spelt wrongly at reception";
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync($"{url}/Edit", form)).StatusCode);
        var history = await client.GetHtmlAsync($"{url}/History");
        var items = history.QuerySelectorAll(".moj-timeline__item").Select(i => i.TextContent).ToList();
        Assert.Contains(items, i => i.Contains("Details changed") && i.Contains("GivenNames: Aroha → Renamed") && i.Contains("Name spelt wrongly at reception"));
        Assert.Contains(items, i => i.Contains("Record created"));
    }

    [Fact]
    [Trait("Req", "REC-03")]
    public async Task HomePage_ListsPeopleTheUserViewedRecently()
    {
        var family = UniqueName("Recent");
        var (client, url) = await CreatePersonAsync(family);
        await client.GetAsync(url);
        var home = await client.GetHtmlAsync("/");
        Assert.Contains(family, home.QuerySelector("main .govuk-list")!.TextContent);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class PeoplePagesOnSqlite(SqliteApp app) : PeoplePagesTests(app);

[Collection(PostgresCollection.Name)]
public sealed class PeoplePagesOnPostgres(PostgresApp app) : PeoplePagesTests(app);
