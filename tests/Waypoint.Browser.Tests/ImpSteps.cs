using Microsoft.Playwright;

namespace Waypoint.Browser.Tests;

/// <summary>
/// PLN-09 in the browser: the demo's assessment officer writes a prisoner's IMP and its coordinator approves it, as a
/// prisoner needs before a case officer is allocated (COPP 10.3).
/// </summary>
public static class ImpSteps
{
    /// <summary>Writes, submits and approves the IMP of the person at <paramref name="personUrl"/>; checks each page with axe when asked.</summary>
    public static async Task WriteAndApproveAsync(Chromium chromium, Uri baseUrl, string personUrl, bool checkAccessibility = false)
    {
        await using var context = await chromium.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SignInAsync(baseUrl, "assessment.officer");
        await page.GotoAsync($"{personUrl}/Plans");
        await page.GetByRole(AriaRole.Link, new() { Name = "Individual Management Plan" }).ClickAsync();
        await Check(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Start the IMP" }).ClickAsync();
        await Check(page);
        await page.GetByLabel("The prisoner's needs").FillAsync("Alcohol misuse; no trade");
        await page.GetByLabel("Placement recommended").FillAsync("Prison farm after twelve months");
        await page.GetByLabel("Minimum security", new() { Exact = true }).CheckAsync();
        await page.Locator("#imp-intervention-1").GetByLabel("What").FillAsync("Pathways AOD program");
        await page.GetByLabel("The treatment assessor").CheckAsync();
        await page.GetByLabel("The education assessor").CheckAsync();
        await page.GetByLabel("The prisoner", new() { Exact = true }).CheckAsync();
        // Received without a sentence over the threshold: the reason for an IMP is asked for and given.
        await page.GetByLabel("Why an IMP is made below the threshold").FillAsync("Long remand expected; programs needed now");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit for approval" }).ClickAsync();
        await Assertions.Expect(page.Locator("#imp-status")).ToHaveTextAsync("Awaiting approval");
        await Check(page);

        await using var coordinatorContext = await chromium.Browser.NewContextAsync();
        var coordinator = await coordinatorContext.NewPageAsync();
        await coordinator.SignInAsync(baseUrl, "coordinator");
        await coordinator.GotoAsync(page.Url);
        await Check(coordinator);
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Approve", Exact = true }).ClickAsync();
        await Assertions.Expect(coordinator.Locator("#imp-status")).ToHaveTextAsync("Approved");

        async Task Check(IPage shown)
        {
            if (checkAccessibility)
            {
                await shown.AssertAccessibleAsync();
            }
        }
    }
}
