using Microsoft.Playwright;

namespace Waypoint.Browser.Tests;

/// <summary>ENF-06 (EB1 P22): when an order ends, the officer drafts its effectiveness summary from the records and completes it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class EffectivenessJourneyTests(RunningWaypoint app, Chromium chromium)
{
    [Fact]
    [Trait("Req", "ENF-06")]
    public async Task AnEndedOrder_GetsItsEffectivenessSummary_CountedFromTheRecords()
    {
        await using var context = await chromium.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SignInAsync(app.BaseUrl, "case.officer");
        await page.GotoAsync($"{app.BaseUrl}Caseload");
        await page.Locator("#caseload tbody a").Nth(4).ClickAsync();
        var person = page.Url;

        await page.GotoAsync($"{person}/Sentence");
        await page.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^End order") }).First.ClickAsync();
        await page.GetByLabel("Completed").CheckAsync();
        var today = DateTime.UtcNow.Date;
        await page.GetByLabel("Day").FillAsync(today.Day.ToString());
        await page.GetByLabel("Month").FillAsync(today.Month.ToString());
        await page.GetByLabel("Year").FillAsync(today.Year.ToString());
        await page.GetByLabel("Reason").FillAsync("Order completed");
        await page.GetByRole(AriaRole.Button, new() { Name = "End order", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToHaveCountAsync(0);

        await page.GotoAsync($"{person}/Enforcement");
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Draft the effectiveness summary") }).First.ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Evidence of the sentence's effectiveness");
        await Assertions.Expect(page.Locator("#facts")).ToContainTextAsync("Formal warnings");
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Complete the summary" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Describe progress against the plan");
        await page.AssertAccessibleAsync();
        await page.GetByLabel("Progress against the plan").FillAsync("Kept every appointment; finished the job course");
        await page.GetByLabel("Outcomes").FillAsync("Working full time; stable housing");
        await page.GetByRole(AriaRole.Button, new() { Name = "Complete the summary" }).ClickAsync();
        await Assertions.Expect(page.Locator("#summary-status")).ToContainTextAsync("Completed");
        await page.GotoAsync($"{person}/Enforcement");
        await Assertions.Expect(page.Locator("#summaries")).ToContainTextAsync("Completed");
        await page.AssertAccessibleAsync();
    }
}
