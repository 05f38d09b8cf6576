using Microsoft.Playwright;

namespace Waypoint.Browser.Tests;

/// <summary>ASM-01, ASM-04: an officer scores an LSI-R, saving a draft on the way, and asks to override it; a team leader approves.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AssessmentJourneyTests(RunningWaypoint app, Chromium chromium)
{
    [Fact]
    [Trait("Req", "ASM-01")]
    [Trait("Req", "ASM-04")]
    public async Task Officer_ScoresAnLsiR_AsksForAnOverride_AndATeamLeaderApprovesIt()
    {
        await using var context = await chromium.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SignInAsync(app.BaseUrl, "case.officer");
        await page.GetByRole(AriaRole.Link, new() { Name = "My caseload" }).ClickAsync();
        await page.Locator("#caseload tbody a").Nth(1).ClickAsync();
        await page.Locator(".moj-sub-navigation").GetByRole(AriaRole.Link, new() { Name = "Assessments", Exact = true }).ClickAsync();
        await page.AssertAccessibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Start an LSI-R", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("#assessment-status")).ToHaveTextAsync("Draft");
        await page.AssertAccessibleAsync();
        foreach (var item in new[] { "Item 1 of Criminal History", "Item 2 of Criminal History", "Item 3 of Criminal History", "Item 4 of Criminal History", "Item 5 of Criminal History" })
        {
            await page.GetByLabel(item, new() { Exact = true }).CheckAsync();
        }
        await page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Draft saved");
        await Assertions.Expect(page.GetByLabel("Item 5 of Criminal History", new() { Exact = true })).ToBeCheckedAsync();

        foreach (var item in new[] { "Item 1 of Alcohol/Drug problem", "Item 2 of Alcohol/Drug problem", "Item 3 of Alcohol/Drug problem", "Item 4 of Alcohol/Drug problem", "Item 5 of Alcohol/Drug problem", "Item 1 of Financial" })
        {
            await page.GetByLabel(item, new() { Exact = true }).CheckAsync();
        }
        await page.GetByRole(AriaRole.Button, new() { Name = "Complete and score" }).ClickAsync();
        await Assertions.Expect(page.Locator("#assessment-status")).ToHaveTextAsync("Completed");
        await Assertions.Expect(page.Locator("#result")).ToContainTextAsync("11 of 54");
        await Assertions.Expect(page.Locator("#result")).ToContainTextAsync("Criminal History, Financial, Alcohol/Drug problem");
        await page.AssertAccessibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Ask for the override" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Give the reason");
        await page.GetByLabel("High", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Reason").FillAsync("Threats made to a neighbour last week, after the interview");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ask for the override" }).ClickAsync();
        await Assertions.Expect(page.Locator(".override-note")).ToContainTextAsync("waits for a supervisor's decision");
        var assessmentUrl = page.Url;

        await using var leaderContext = await chromium.Browser.NewContextAsync();
        var leader = await leaderContext.NewPageAsync();
        await leader.SignInAsync(app.BaseUrl, "team.leader");
        await leader.GotoAsync(assessmentUrl);
        await Assertions.Expect(leader.Locator("#override-request")).ToContainTextAsync("Threats made to a neighbour");
        await leader.AssertAccessibleAsync();
        await leader.GetByRole(AriaRole.Button, new() { Name = "Approve override" }).ClickAsync();
        await Assertions.Expect(leader.Locator(".govuk-notification-banner")).ToContainTextAsync("Override approved");
        await leader.GetByRole(AriaRole.Link, new() { Name = "All assessments" }).ClickAsync();
        await Assertions.Expect(leader.Locator("#current-risk")).ToContainTextAsync("High");
        await Assertions.Expect(leader.Locator("#current-risk")).ToContainTextAsync("Overridden from Low");
        await Assertions.Expect(leader.Locator("#current-risk")).ToContainTextAsync("Approved by");
        await leader.AssertAccessibleAsync();

        // NTF-01, ASM-05: the officer is told the risk that counts changed, and opens the assessment from the notice.
        await page.GotoAsync(new Uri(app.BaseUrl, "/").ToString());
        await Assertions.Expect(page.Locator("#notifications-link .moj-notification-badge")).ToBeVisibleAsync();
        await page.Locator("#notifications-link").ClickAsync();
        var notice = page.Locator("#notifications li", new() { HasText = "is now high (was low)" });
        await Assertions.Expect(notice).ToHaveCountAsync(1);
        await page.AssertAccessibleAsync();
        await notice.GetByRole(AriaRole.Button).ClickAsync();
        Assert.Equal(assessmentUrl, page.Url);
    }
}
