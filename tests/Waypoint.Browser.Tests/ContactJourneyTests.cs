using Microsoft.Playwright;

namespace Waypoint.Browser.Tests;

/// <summary>
/// CON-01, CON-02, BYD-05, ENF-01..04: on a phone-sized screen, the officer records an induction, books an appointment,
/// and from the diary records in three steps that the person failed to attend; the apparent non-compliance that opens
/// is verified, waiting first for the evidence the person promised. Then, at desk width: a warning, a second one that
/// reaches the threshold, a breach referral the team leader approves, and its outcome.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ContactJourneyTests(RunningWaypoint app, Chromium chromium)
{
    [Fact]
    [Trait("Req", "CON-01")]
    [Trait("Req", "CON-02")]
    [Trait("Req", "BYD-05")]
    [Trait("Req", "ENF-01")]
    [Trait("Req", "ENF-02")]
    [Trait("Req", "ENF-03")]
    [Trait("Req", "ENF-04")]
    [Trait("Req", "BYD-02")]
    public async Task FromAFailedAppointment_ThroughVerificationAndWarnings_ToAnApprovedBreachReferralAndItsOutcome()
    {
        await using var context = await chromium.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 375, Height = 740 } });
        var page = await context.NewPageAsync();
        await page.SignInAsync(app.BaseUrl, "case.officer");
        await page.GotoAsync($"{app.BaseUrl}Caseload");
        await page.Locator("#caseload tbody a").Nth(3).ClickAsync();
        var person = page.Url;
        var personPath = new Uri(person).AbsolutePath;

        // Induction: a first session that covers part of it.
        await page.GotoAsync($"{person}/Contacts");
        await Assertions.Expect(page.Locator("#induction")).ToContainTextAsync("Not started");
        await page.GetByRole(AriaRole.Link, new() { Name = "Record an induction session" }).ClickAsync();
        await page.AssertAccessibleAsync();
        foreach (var topic in new[] { "The services available", "Confidentiality, and when information is disclosed", "Why information is gathered and how it is used" })
        {
            await page.GetByLabel(topic).UncheckAsync();
        }
        await page.GetByLabel("Yes", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Whom the person wants involved in planning (optional)").FillAsync("Her aunt");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save induction session" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Induction session recorded");
        await Assertions.Expect(page.Locator("#induction-state")).ToContainTextAsync("Not complete");

        // An appointment today; a bad time is refused, saying so.
        await page.GotoAsync($"{person}/Contacts");
        await page.GetByRole(AriaRole.Link, new() { Name = "Book an appointment" }).ClickAsync();
        await page.GetByLabel("Office appointment").CheckAsync();
        await page.GetByLabel("Time", new() { Exact = true }).FillAsync("half past nine");
        await page.GetByRole(AriaRole.Button, new() { Name = "Book appointment" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter the time as hours and minutes");
        await page.AssertAccessibleAsync();
        await page.GetByLabel("Time", new() { Exact = true }).FillAsync("9:30");
        await page.GetByLabel("Place (optional)").FillAsync("Civic office, room 2");
        await page.GetByRole(AriaRole.Button, new() { Name = "Book appointment" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Office appointment booked for");

        // BYD-05: from the diary, three steps: open the appointment, pick the outcome, save.
        await page.GotoAsync($"{app.BaseUrl}Diary?View=day");
        await page.AssertAccessibleAsync();
        var entry = page.Locator($".diary-entry:has(a[href^='{personPath}/'])");
        await entry.GetByRole(AriaRole.Link, new() { Name = "Record outcome" }).ClickAsync();
        await page.AssertAccessibleAsync();
        await page.GetByLabel("Failed to attend").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save outcome" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("An apparent non-compliance is recorded for you to verify");
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Failed to attend: office appointment on");
        await Assertions.Expect(page.Locator("#record")).ToContainTextAsync("Awaiting verification");
        await Assertions.Expect(page.Locator("#record")).ToContainTextAsync("Decide by");
        await page.AssertAccessibleAsync();

        // The person says they were ill and will bring a certificate; then it does not come.
        await page.GetByLabel("Evidence the person is to bring").FillAsync("Medical certificate");
        await page.Locator("#evidence-form").GetByLabel("The person's account (optional)").FillAsync("Says they had the flu");
        await page.GetByRole(AriaRole.Button, new() { Name = "Wait for evidence" }).ClickAsync();
        await Assertions.Expect(page.Locator("#record")).ToContainTextAsync("Awaiting evidence");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save decision" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter whom the circumstances were checked with");
        await page.AssertAccessibleAsync();
        await page.GetByLabel("Whom you checked with").FillAsync("The person, by phone; the GP's practice");
        await page.GetByLabel("The reason for it").FillAsync("No certificate: the practice has no record of a visit");
        await page.Locator("#Acceptable-no").CheckAsync();
        await page.Locator("#Otherwise-no").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save decision" }).ClickAsync();
        await Assertions.Expect(page.Locator("#record")).ToContainTextAsync("Not acceptable");
        await Assertions.Expect(page.Locator("#record")).ToContainTextAsync("Addressed without enforcement");

        await page.GotoAsync($"{person}/Contacts");
        await Assertions.Expect(page.Locator("#contacts")).ToContainTextAsync("Failed to attend");
        await page.GotoAsync($"{person}/Enforcement");
        await Assertions.Expect(page.Locator("#non-compliance")).ToContainTextAsync("Not acceptable");
        await page.AssertAccessibleAsync();

        // ENF-03: a warning for it, worded from the record; then a second, which reaches the pack's threshold.
        await page.SetViewportSizeAsync(1280, 900);
        await page.Locator("#non-compliance a").First.ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Give a formal warning" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("The likely consequences, as the person is told them")).ToContainTextAsync("breach action");
        await page.AssertAccessibleAsync();
        await page.GetByLabel("By letter").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Give warning" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("warning letter filed in Documents");
        await Assertions.Expect(page.Locator(".warning-window")).ToContainTextAsync("1 of 2 warnings within 12 months");
        await page.GetByRole(AriaRole.Link, new() { Name = "Give a formal warning" }).ClickAsync();
        await page.GetByLabel("In person").CheckAsync();
        await page.GetByLabel("What the warning is for").FillAsync("Missed the drug test on Monday");
        await page.GetByRole(AriaRole.Button, new() { Name = "Give warning" }).ClickAsync();
        await Assertions.Expect(page.Locator(".warning-window")).ToContainTextAsync("2 of 2 warnings within 12 months (breach action is due for a decision)");
        await Assertions.Expect(page.Locator(".warning-window")).ToContainTextAsync("leaves the window on");
        await page.AssertAccessibleAsync();
        await page.GotoAsync(person);
        await Assertions.Expect(page.Locator("#enforcement-state")).ToContainTextAsync("The oldest");

        // ENF-04: the referral, drafted from the record, submitted; the team leader approves it.
        await page.GotoAsync($"{person}/Enforcement");
        await page.GetByRole(AriaRole.Link, new() { Name = "Start breach action" }).ClickAsync();
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Draft the referral" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Grounds")).ToContainTextAsync("Missed the drug test on Monday");
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit to the team leader" }).ClickAsync();
        await Assertions.Expect(page.Locator("#breach-status")).ToContainTextAsync("Awaiting team leader approval");
        var referral = page.Url;

        await using var leaderContext = await chromium.Browser.NewContextAsync();
        var leader = await leaderContext.NewPageAsync();
        await leader.SignInAsync(app.BaseUrl, "team.leader");
        await leader.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("breach referrals? awaiting your approval") }).ClickAsync();
        await leader.AssertAccessibleAsync();
        await leader.Locator($"#breach-approvals a[href='{new Uri(referral).AbsolutePath}']").ClickAsync();
        await leader.GetByRole(AriaRole.Button, new() { Name = "Approve the referral" }).ClickAsync();
        await Assertions.Expect(leader.Locator("#breach-status")).ToContainTextAsync("Approved, to send");
        await leader.AssertAccessibleAsync();

        // Sent, and the authority continues the order.
        await page.GotoAsync(referral);
        await page.GetByRole(AriaRole.Button, new() { Name = "Record it as sent today" }).ClickAsync();
        await page.GetByLabel("Order continued").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the decision" }).ClickAsync();
        await Assertions.Expect(page.Locator("#breach-status")).ToContainTextAsync("Decided");
        await Assertions.Expect(page.Locator("#steps")).ToContainTextAsync("Approved, to send: Terry");
        await page.AssertAccessibleAsync();

        // The person's timeline tells it among the notes, newest first, each entry linked to its record.
        await page.GotoAsync($"{person}/Notes");
        var timeline = page.Locator("#notes > li");
        await Assertions.Expect(timeline.First).ToContainTextAsync("Breach referral decided: order continued");
        await Assertions.Expect(page.Locator("#notes")).ToContainTextAsync("Breach referral approved");
        await Assertions.Expect(page.Locator("#notes")).ToContainTextAsync("Formal warning");
        await Assertions.Expect(page.Locator("#notes")).ToContainTextAsync("Office appointment: failed to attend");
        await page.GetByLabel("Show", new() { Exact = true }).SelectOptionAsync("Breach action");
        await page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
        await Assertions.Expect(page.Locator("#notes")).Not.ToContainTextAsync("Formal warning");
        await page.AssertAccessibleAsync();
    }
}
