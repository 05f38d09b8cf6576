using Microsoft.Playwright;

namespace Waypoint.Browser.Tests;

/// <summary>CON-03 (COPP 10.3): the prison case officer writes a Primary Contact Report, is told what is missing, and completes it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ContactReportJourneyTests(RunningWaypoint app, Chromium chromium)
{
    [Fact]
    [Trait("Req", "CON-03")]
    public async Task TheCaseOfficer_CompletesAPrimaryContactReport_ToldWhatIsMissingFirst()
    {
        await using var context = await chromium.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SignInAsync(app.BaseUrl, "prison.case.officer");
        await page.GotoAsync($"{app.BaseUrl}Caseload");
        await page.Locator("#caseload tbody a").First.ClickAsync();
        var person = page.Url;

        await page.GotoAsync($"{person}/Reports");
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Start a Primary Contact Report" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Primary Contact Report");
        await page.AssertAccessibleAsync();
        var items = new[]
        {
            "Care and wellbeing issues have been identified and managed", "The prisoner knows the prison or unit routine",
            "The prisoner can keep contact with family and friends", "The prisoner is engaged in work or education",
        };
        foreach (var item in items)
        {
            await page.GetByRole(AriaRole.Group, new() { Name = item }).GetByLabel("Yes").CheckAsync();
            await page.GetByLabel($"Comments: {item.ToLowerInvariant()}").FillAsync("Discussed at the first interview");
        }
        await page.GetByRole(AriaRole.Button, new() { Name = "Complete report" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Answer: The prisoner understands, and is encouraged to address, their offending behaviour");
        await page.AssertAccessibleAsync();
        // What was typed before the refusal is kept.
        await Assertions.Expect(page.GetByLabel("Comments: the prisoner knows the prison or unit routine")).ToHaveValueAsync("Discussed at the first interview");
        var last = "The prisoner understands, and is encouraged to address, their offending behaviour through programs";
        await page.GetByRole(AriaRole.Group, new() { Name = last }).GetByLabel("Partly").CheckAsync();
        await page.GetByLabel($"Comments: {last.ToLowerInvariant()}").FillAsync("Waitlisted for the Pathways program");
        await page.GetByRole(AriaRole.Button, new() { Name = "Complete report" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Primary Contact Report completed");
        await Assertions.Expect(page.Locator("#report")).ToContainTextAsync("Waitlisted for the Pathways program");

        await page.GotoAsync($"{person}/Reports");
        await Assertions.Expect(page.Locator("#reports")).ToContainTextAsync("Completed");
    }
}
