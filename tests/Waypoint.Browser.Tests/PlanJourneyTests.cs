using Microsoft.Playwright;

namespace Waypoint.Browser.Tests;

/// <summary>
/// PLN-02..07: the whole Case Management Plan path in a browser: the officer assesses, drafts the plan, is refused
/// submission naming the unaddressed domain, fixes it and submits; the team leader returns it, then approves it once
/// the checks are made; both sign; the Case Plan Review note appears; the PDF downloads.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PlanJourneyTests(RunningWaypoint app, Chromium chromium)
{
    [Fact]
    [Trait("Req", "PLN-02")]
    [Trait("Req", "PLN-06")]
    [Trait("Req", "PLN-07")]
    public async Task Officer_WritesThePlan_TeamLeaderReturnsAndApproves_AllSign_AndTheCasePlanReviewNoteAppears()
    {
        await using var context = await chromium.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SignInAsync(app.BaseUrl, "case.officer");
        await page.GetByRole(AriaRole.Link, new() { Name = "My caseload" }).ClickAsync();
        await page.Locator("#caseload tbody a").Nth(2).ClickAsync();
        var person = page.Url;

        // The LSI-R finds needs in Alcohol/Drug and Companions.
        await page.Locator(".moj-sub-navigation").GetByRole(AriaRole.Link, new() { Name = "Assessments", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Start an LSI-R", Exact = true }).ClickAsync();
        foreach (var (subscale, items) in new[] { ("Alcohol/Drug problem", 5), ("Companions", 3), ("Criminal History", 2) })
        {
            for (var n = 1; n <= items; n++)
            {
                await page.GetByLabel($"Item {n} of {subscale}", new() { Exact = true }).CheckAsync();
            }
        }
        await page.GetByRole(AriaRole.Button, new() { Name = "Complete and score" }).ClickAsync();
        await Assertions.Expect(page.Locator("#assessment-status")).ToHaveTextAsync("Completed");

        // The plan: one intervention for Alcohol/Drug only; submitting names Companions.
        await page.GotoAsync($"{person}/Plans");
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Start the plan" }).ClickAsync();
        await page.AssertAccessibleAsync();
        var first = page.Locator("#intervention-1");
        // BYD-04: leaving a field saves the draft in the background; a reload loses nothing typed.
        var autosaved = page.WaitForResponseAsync(r => r.Request.Method == "POST" && r.Request.PostData?.Contains("Weekly alcohol counselling") == true);
        await first.GetByLabel("What will be done").FillAsync("Weekly alcohol counselling with the ADS");
        await first.GetByLabel("How progress will be measured").FocusAsync();
        Assert.Equal(204, (await autosaved).Status);
        await Assertions.Expect(page.Locator("#autosave-status")).ToContainTextAsync("Draft saved");
        await page.ReloadAsync();
        await Assertions.Expect(first.GetByLabel("What will be done")).ToHaveValueAsync("Weekly alcohol counselling with the ADS");
        await page.GetByLabel("Priority of Alcohol/Drug problem").SelectOptionAsync("High");
        await page.GetByLabel("Priority of Companions").SelectOptionAsync("Medium");
        await first.GetByLabel("How progress will be measured").FillAsync("Attendance reports from the provider each month");
        await first.GetByLabel("Who is responsible").FillAsync("The person, with the officer's referral");
        var target = DateTime.UtcNow.Date.AddDays(90);
        await first.GetByLabel("Day").FillAsync(target.Day.ToString());
        await first.GetByLabel("Month").FillAsync(target.Month.ToString());
        await first.GetByLabel("Year").FillAsync(target.Year.ToString());
        await first.GetByLabel("Alcohol/Drug problem (a risk)").CheckAsync();
        await page.GetByLabel("The consequences of not complying with the plan were explained").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Plan saved");
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit to the team leader" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Companions");
        await page.AssertAccessibleAsync();

        // Fixed with a second intervention that starts after the first.
        await page.GetByRole(AriaRole.Link, new() { Name = "Edit the plan" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Add another intervention" }).ClickAsync();
        var second = page.Locator("#intervention-2");
        await second.GetByLabel("What will be done").FillAsync("Join the community football club");
        await second.GetByLabel("How progress will be measured").FillAsync("Club membership and attendance");
        await second.GetByLabel("Who is responsible").FillAsync("The person");
        await second.GetByLabel("Day").FillAsync(target.Day.ToString());
        await second.GetByLabel("Month").FillAsync(target.Month.ToString());
        await second.GetByLabel("Year").FillAsync(target.Year.ToString());
        await second.GetByLabel("Companions (a risk)").CheckAsync();
        await second.GetByLabel("Starts after (ED1 16)").SelectOptionAsync(new SelectOptionValue { Label = "Intervention 1 completes" });
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit to the team leader" }).ClickAsync();
        await Assertions.Expect(page.Locator("#plan-status")).ToHaveTextAsync("Awaiting approval");
        var planUrl = page.Url;

        // The team leader finds it in their queue, returns it, and later approves it once the checks are made.
        await using var leaderContext = await chromium.Browser.NewContextAsync();
        var leader = await leaderContext.NewPageAsync();
        await leader.SignInAsync(app.BaseUrl, "team.leader");
        await leader.GetByRole(AriaRole.Link, new() { Name = "Plans", Exact = true }).ClickAsync();
        await leader.AssertAccessibleAsync();
        await leader.Locator("#plans a", new() { HasText = "" }).First.ClickAsync();
        Assert.Equal(planUrl, leader.Url);
        await leader.AssertAccessibleAsync();
        await leader.GetByLabel("What the officer needs to change").FillAsync("Say how the curfew will be kept on weekends");
        await leader.GetByRole(AriaRole.Button, new() { Name = "Return to the officer" }).ClickAsync();
        await Assertions.Expect(leader.Locator("#plan-status")).ToHaveTextAsync("Returned to the officer");

        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("#return-comments")).ToContainTextAsync("curfew");
        await page.GetByRole(AriaRole.Link, new() { Name = "Edit the plan" }).ClickAsync();
        await page.GetByLabel("Risks to others, and strategies for complex or high-risk situations").FillAsync("Weekends: home by 9pm; the officer phones on Saturday evenings");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit to the team leader" }).ClickAsync();
        await Assertions.Expect(page.Locator("#plan-status")).ToHaveTextAsync("Awaiting approval");

        await leader.GotoAsync(planUrl);
        await leader.GetByRole(AriaRole.Button, new() { Name = "Approve and sign" }).ClickAsync();
        await Assertions.Expect(leader.Locator(".govuk-error-summary")).ToContainTextAsync("outstanding");
        await RecordHarmAndPoliceCheckAsync(page, person);
        await leader.GotoAsync(planUrl);
        await leader.GetByRole(AriaRole.Button, new() { Name = "Approve and sign" }).ClickAsync();
        await Assertions.Expect(leader.Locator("#plan-status")).ToHaveTextAsync("Approved by the team leader");

        // The officer signs, the person signs: the plan is in force and the note is written in the team leader's name.
        await page.GotoAsync(planUrl);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign as the officer" }).ClickAsync();
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "The person signed" }).ClickAsync();
        await Assertions.Expect(page.Locator("#plan-status")).ToHaveTextAsync("Signed");
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Download as PDF" }).ClickAsync());
        Assert.EndsWith(".pdf", download.SuggestedFilename);

        await page.GotoAsync($"{person}/Notes");
        await Assertions.Expect(page.Locator("body")).ToContainTextAsync("Terry Leader");
        await Assertions.Expect(page.Locator("body")).ToContainTextAsync("It is in force.");
    }

    private static async Task RecordHarmAndPoliceCheckAsync(IPage page, string person)
    {
        await page.GotoAsync($"{person}/Assessments");
        await page.GetByRole(AriaRole.Button, new() { Name = "Assess risk of harm" }).ClickAsync();
        await page.GetByLabel("Medium", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Reasons for the level").FillAsync("Threats to a neighbour when drinking");
        await page.GetByRole(AriaRole.Button, new() { Name = "Complete and score" }).ClickAsync();
        await Assertions.Expect(page.Locator("#assessment-status")).ToHaveTextAsync("Completed");
        await page.GotoAsync($"{person}/Checks/Request");
        await page.GetByLabel("Police criminal history").CheckAsync();
        await page.GetByLabel("Who was asked").FillAsync("ACT Policing criminal records");
        await page.GetByLabel("Consent relied on").FillAsync("Signed consent at induction");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record check" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Record the result" }).First.ClickAsync();
        await page.GetByLabel("What it found").FillAsync("No new matters");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record result" }).ClickAsync();
    }
}
