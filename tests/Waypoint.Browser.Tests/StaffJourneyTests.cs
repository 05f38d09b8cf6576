using Microsoft.Playwright;

namespace Waypoint.Browser.Tests;

/// <summary>A team leader finds a colleague by language, sees workload against capacity, and records leave.</summary>
[Collection(BrowserCollection.Name)]
public sealed class StaffJourneyTests(RunningWaypoint app, Chromium chromium)
{
    [Fact]
    [Trait("Req", "STF-01")]
    [Trait("Req", "STF-04")]
    public async Task TeamLeader_FindsAnOfficerByLanguage_SeesTheirWorkload_AndRecordsLeave()
    {
        await using var context = await chromium.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SignInAsync(app.BaseUrl, "team.leader");
        await page.GetByRole(AriaRole.Link, new() { Name = "Staff", Exact = true }).ClickAsync();
        await page.AssertAccessibleAsync();
        await page.GetByLabel("Language").FillAsync("vietnamese");
        await page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
        await Assertions.Expect(page.Locator("#staff tbody tr")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#staff")).ToContainTextAsync("of 300 points");

        await page.GetByRole(AriaRole.Link, new() { Name = "Casey Officer" }).ClickAsync();
        await page.AssertAccessibleAsync();
        await Assertions.Expect(page.Locator("#profile")).ToContainTextAsync("Family violence");
        await page.GetByRole(AriaRole.Link, new() { Name = "Record leave" }).ClickAsync();
        await page.AssertAccessibleAsync();
        var start = DateTime.UtcNow.Date.AddDays(200);
        await page.Locator("#From").FillAsync(start.Day.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.Locator("#From_Month").FillAsync(start.Month.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.Locator("#From_Year").FillAsync(start.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByLabel("Kind of leave").FillAsync("Training");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record leave" }).ClickAsync();
        // Only the start was given: the error summary says so and links to the field.
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("last day of leave");
        await page.AssertAccessibleAsync();
        var end = start.AddDays(4);
        await page.Locator("#To").FillAsync(end.Day.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.Locator("#To_Month").FillAsync(end.Month.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.Locator("#To_Year").FillAsync(end.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Record leave" }).ClickAsync();
        await Assertions.Expect(page.Locator("#leave")).ToContainTextAsync("Training");

        await page.GetByRole(AriaRole.Link, new() { Name = "City Team A" }).ClickAsync();
        await page.AssertAccessibleAsync();
        await Assertions.Expect(page.Locator("#members")).ToContainTextAsync("Casey Officer");
    }

    [Fact]
    [Trait("Req", "STF-06")]
    public async Task Officer_AddsAPoliceLiaisonToTheCaseTeam()
    {
        await using var context = await chromium.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SignInAsync(app.BaseUrl, "case.officer");
        await page.GetByRole(AriaRole.Link, new() { Name = "My caseload" }).ClickAsync();
        await page.Locator("#caseload tbody a").First.ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Case team", Exact = true }).ClickAsync();
        await page.AssertAccessibleAsync();
        await Assertions.Expect(page.Locator("#officers")).ToContainTextAsync("Casey Officer");
        await page.GetByRole(AriaRole.Link, new() { Name = "Add someone to the case team" }).ClickAsync();
        await page.AssertAccessibleAsync();
        var name = "Sgt Dana Wills " + Guid.NewGuid().ToString("N")[..4];
        await page.GetByLabel("Name of someone outside the service").FillAsync(name);
        await page.GetByLabel("Organisation (optional)").FillAsync("ACT Policing");
        await page.GetByLabel("Role in the case").FillAsync("Police liaison");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add to case team" }).ClickAsync();
        await Assertions.Expect(page.Locator("#case-team")).ToContainTextAsync(name);
        await page.AssertAccessibleAsync();
    }

    [Fact]
    [Trait("Req", "CMP-04")]
    public async Task Coordinator_SeesAnArrivalToAllocate_InMyWork_WithTheRuleBehindIt()
    {
        await using var records = await chromium.Browser.NewContextAsync();
        var recordsPage = await records.NewPageAsync();
        await recordsPage.SignInAsync(app.BaseUrl, "records.officer");
        await recordsPage.GotoAsync(new Uri(app.BaseUrl, "/People?q=W0000005").ToString());
        await recordsPage.Locator("tbody a").First.ClickAsync();
        var name = (await recordsPage.Locator(".moj-identity-bar__title a").TextContentAsync())!.Trim();
        await recordsPage.GetByRole(AriaRole.Link, new() { Name = "Custody", Exact = true }).ClickAsync();
        await recordsPage.GetByRole(AriaRole.Link, new() { Name = "Record a reception or move" }).ClickAsync();
        await recordsPage.GetByLabel("Prison").SelectOptionAsync(new SelectOptionValue { Label = "Eastern Metropolitan Prison" });
        await recordsPage.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        // COPP 10.3: a case officer follows an approved IMP.
        await ImpSteps.WriteAndApproveAsync(chromium, app.BaseUrl, recordsPage.Url[..recordsPage.Url.IndexOf("/Custody", StringComparison.Ordinal)]);

        await using var context = await chromium.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SignInAsync(app.BaseUrl, "coordinator");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" }).GetByRole(AriaRole.Link, new() { Name = "My work" }).ClickAsync();
        await page.GetByLabel("Status").SelectOptionAsync(new SelectOptionValue { Label = "Due soon" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
        var row = page.Locator("#work tbody tr", new() { HasText = name });
        await Assertions.Expect(row).ToContainTextAsync("Allocate a case officer");
        await Assertions.Expect(row).ToContainTextAsync("COPP 10.3 Case allocation");
        await page.AssertAccessibleAsync();

        // The person's own page explains the same obligation.
        await row.GetByRole(AriaRole.Link, new() { Name = name }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Obligations", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Coordinator duties at Eastern Metropolitan Prison");
        await page.AssertAccessibleAsync();
    }
}
