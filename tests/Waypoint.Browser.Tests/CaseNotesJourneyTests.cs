using Microsoft.Playwright;

namespace Waypoint.Browser.Tests;

/// <summary>CON-05: an officer writes a case note, is stopped by a missing category, corrects the note by an addendum and filters the timeline.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CaseNotesJourneyTests(RunningWaypoint app, Chromium chromium)
{
    [Fact]
    [Trait("Req", "CON-05")]
    public async Task Officer_WritesANote_AddsAnAddendum_AndFiltersTheTimeline()
    {
        await using var context = await chromium.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SignInAsync(app.BaseUrl, "case.officer");
        await page.GetByRole(AriaRole.Link, new() { Name = "My caseload" }).ClickAsync();
        await page.Locator("#caseload tbody a").First.ClickAsync();
        await page.Locator(".moj-sub-navigation").GetByRole(AriaRole.Link, new() { Name = "Case notes", Exact = true }).ClickAsync();
        // The demo case officer's people come with the note of their first appointment.
        await Assertions.Expect(page.Locator("#notes")).ToContainTextAsync("First appointment");
        await page.AssertAccessibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Write a case note" }).ClickAsync();
        await page.AssertAccessibleAsync();
        var text = "Home visit: " + Guid.NewGuid().ToString("N")[..6] + ". Partner present; no concerns.";
        await page.GetByLabel("Note", new() { Exact = true }).FillAsync(text);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save case note" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Select a category");
        await Assertions.Expect(page.GetByLabel("Note", new() { Exact = true })).ToHaveValueAsync(text);
        await page.AssertAccessibleAsync();

        await page.GetByLabel("Category").SelectOptionAsync("Contact");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save case note" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Case note saved");
        var note = page.Locator("#notes li", new() { HasText = text });
        await Assertions.Expect(note).ToContainTextAsync("Contact");
        await page.AssertAccessibleAsync();

        await note.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Add an addendum") }).ClickAsync();
        await Assertions.Expect(page.Locator("#original-note")).ToHaveTextAsync(text);
        await page.AssertAccessibleAsync();
        await page.GetByLabel("Addendum").FillAsync("Correction: the partner arrived at the end of the visit.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save addendum" }).ClickAsync();
        await Assertions.Expect(page.Locator("#notes li", new() { HasText = text }).Locator(".note-addendum")).ToContainTextAsync("the partner arrived at the end");
        await Assertions.Expect(page.Locator("#notes li", new() { HasText = text }).Locator(".note-text")).ToHaveTextAsync(text);

        await page.GetByLabel("Category").SelectOptionAsync("Risk");
        await page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
        await Assertions.Expect(page.Locator("#notes li", new() { HasText = text })).ToHaveCountAsync(0);
        await page.AssertAccessibleAsync();
    }
}
