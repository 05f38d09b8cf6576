using Microsoft.Playwright;

namespace Waypoint.Browser.Tests;

/// <summary>PLN-09: an Assessment Officer writes a prisoner's IMP; the coordinator approves it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ImpJourneyTests(RunningWaypoint app, Chromium chromium)
{
    [Fact]
    [Trait("Req", "PLN-09")]
    public async Task AssessmentOfficer_WritesTheImp_AndTheCoordinatorApprovesIt()
    {
        await using var officerContext = await chromium.Browser.NewContextAsync();
        var officer = await officerContext.NewPageAsync();
        await officer.SignInAsync(app.BaseUrl, "prison.case.officer");
        await officer.GetByRole(AriaRole.Link, new() { Name = "My caseload" }).ClickAsync();
        await officer.Locator("#caseload tbody a").Nth(3).ClickAsync();
        var person = officer.Url;

        await using var context = await chromium.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SignInAsync(app.BaseUrl, "assessment.officer");
        await page.GotoAsync($"{person}/Plans");
        await page.GetByRole(AriaRole.Link, new() { Name = "Individual Management Plan" }).ClickAsync();
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Start the IMP" }).ClickAsync();
        await page.AssertAccessibleAsync();
        await page.GetByLabel("The prisoner's needs").FillAsync("Alcohol misuse; no trade");
        await page.GetByLabel("Placement recommended").FillAsync("Prison farm after twelve months");
        await page.GetByLabel("Minimum security", new() { Exact = true }).CheckAsync();
        await page.Locator("#imp-intervention-1").GetByLabel("What").FillAsync("Pathways AOD program");
        await page.GetByLabel("The treatment assessor").CheckAsync();
        await page.GetByLabel("The education assessor").CheckAsync();
        await page.GetByLabel("The prisoner", new() { Exact = true }).CheckAsync();
        var exception = page.GetByLabel("Why an IMP is made below the threshold");
        if (await exception.CountAsync() > 0)
        {
            await exception.FillAsync("Programs needed before release");
        }
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit for approval" }).ClickAsync();
        await Assertions.Expect(page.Locator("#imp-status")).ToHaveTextAsync("Awaiting approval");
        await page.AssertAccessibleAsync();

        await using var coordinatorContext = await chromium.Browser.NewContextAsync();
        var coordinator = await coordinatorContext.NewPageAsync();
        await coordinator.SignInAsync(app.BaseUrl, "coordinator");
        await coordinator.GotoAsync(page.Url);
        await coordinator.AssertAccessibleAsync();
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Approve", Exact = true }).ClickAsync();
        await Assertions.Expect(coordinator.Locator("#imp-status")).ToHaveTextAsync("Approved");
    }
}
