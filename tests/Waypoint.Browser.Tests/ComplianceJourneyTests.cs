using Microsoft.Playwright;

namespace Waypoint.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class ComplianceJourneyTests(RunningWaypoint app, Chromium chromium)
{
    [Fact]
    [Trait("Req", "CMP-05")]
    [Trait("Req", "BYD-03")]
    public async Task Manager_ReadsComplianceByRule_AndFollowsAFigureToItsObligations()
    {
        await using var context = await chromium.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SignInAsync(app.BaseUrl, "manager");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" }).GetByRole(AriaRole.Link, new() { Name = "Compliance" }).ClickAsync();
        await page.GetByLabel("Group by").SelectOptionAsync("Rule");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        await Assertions.Expect(page.Locator("#report")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("svg[role=img]")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();

        var figure = page.Locator("#report tbody tr").Last.Locator("td a").First;
        var count = (await figure.TextContentAsync())!.Trim();
        await figure.ClickAsync();
        await Assertions.Expect(page.Locator("#obligation-count")).ToContainTextAsync($"{count} obligation");
        await page.AssertAccessibleAsync();
    }

    [Fact]
    [Trait("Req", "CMP-04")]
    [Trait("Req", "BYD-07")]
    public async Task TeamLeader_OpensTheirTeamsWork_AndTheDataQualityQueue()
    {
        await using var context = await chromium.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SignInAsync(app.BaseUrl, "team.leader");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" }).GetByRole(AriaRole.Link, new() { Name = "My work" }).ClickAsync();
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Whose work" }).GetByRole(AriaRole.Link, new() { Name = "My team's work" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("My team's work");
        await page.AssertAccessibleAsync();

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" }).GetByRole(AriaRole.Link, new() { Name = "Data quality" }).ClickAsync();
        var unknown = page.Locator("#checks tbody tr", new() { HasText = "Risk level unknown" }).Locator("a");
        var count = (await unknown.TextContentAsync())!.Trim();
        await unknown.ClickAsync();
        await Assertions.Expect(page.Locator("#list-count")).ToHaveTextAsync($"{count} {(count == "1" ? "person" : "people")}");
        await page.AssertAccessibleAsync();
    }

    [Fact]
    [Trait("Req", "CMP-02")]
    public async Task UnitManager_WaivesAnArrival_SayingWhy()
    {
        await using var records = await chromium.Browser.NewContextAsync();
        var recordsPage = await records.NewPageAsync();
        await recordsPage.SignInAsync(app.BaseUrl, "records.officer");
        await recordsPage.GotoAsync(new Uri(app.BaseUrl, "/People?q=W0000007").ToString());
        await recordsPage.Locator("tbody a").First.ClickAsync();
        var personUrl = recordsPage.Url;
        await recordsPage.GetByRole(AriaRole.Link, new() { Name = "Custody", Exact = true }).ClickAsync();
        await recordsPage.GetByRole(AriaRole.Link, new() { Name = "Record a reception or move" }).ClickAsync();
        await recordsPage.GetByLabel("Prison").SelectOptionAsync(new SelectOptionValue { Label = "Eastern Metropolitan Prison" });
        await recordsPage.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        // COPP 10.3: a case officer follows an approved IMP.
        await ImpSteps.WriteAndApproveAsync(chromium, app.BaseUrl, personUrl);

        await using var context = await chromium.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SignInAsync(app.BaseUrl, "unit.manager");
        await page.GotoAsync(personUrl + "/Obligations");
        var card = page.Locator(".govuk-summary-card", new() { HasText = "Allocate a case officer" }).First;
        await card.GetByRole(AriaRole.Link, new() { Name = "Waive" }).ClickAsync();
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Waive it" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter why this work need not be done");
        await page.AssertAccessibleAsync();
        await page.GetByLabel("Why this work need not be done").FillAsync("Transferred to another state's custody the same day");
        await page.GetByRole(AriaRole.Button, new() { Name = "Waive it" }).ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Transferred to another state's custody the same day");
        await Assertions.Expect(page.Locator(".govuk-summary-card", new() { HasText = "Allocate a case officer" }).First).ToContainTextAsync("Waived");
    }
}
