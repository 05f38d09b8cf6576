using Microsoft.Playwright;

namespace Waypoint.Browser.Tests;

/// <summary>PLN-09: a person is received into prison; the Assessment Officer writes their IMP; the coordinator approves it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ImpJourneyTests(RunningWaypoint app, Chromium chromium)
{
    [Fact]
    [Trait("Req", "PLN-09")]
    public async Task AssessmentOfficer_WritesTheImp_AndTheCoordinatorApprovesIt()
    {
        await using var records = await chromium.Browser.NewContextAsync();
        var recordsPage = await records.NewPageAsync();
        await recordsPage.SignInAsync(app.BaseUrl, "records.officer");
        await recordsPage.GotoAsync(new Uri(app.BaseUrl, "/People?q=W0000009").ToString());
        await recordsPage.Locator("tbody a").First.ClickAsync();
        var person = recordsPage.Url;
        await recordsPage.GetByRole(AriaRole.Link, new() { Name = "Custody", Exact = true }).ClickAsync();
        await recordsPage.GetByRole(AriaRole.Link, new() { Name = "Record a reception or move" }).ClickAsync();
        await recordsPage.GetByLabel("Prison").SelectOptionAsync(new SelectOptionValue { Label = "Eastern Metropolitan Prison" });
        await recordsPage.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await ImpSteps.WriteAndApproveAsync(chromium, app.BaseUrl, person, checkAccessibility: true);

        // The approved IMP shows on the person's overview.
        await recordsPage.GotoAsync(person);
        await Assertions.Expect(recordsPage.Locator("#plan-state")).ToContainTextAsync("Initial IMP: Approved");
    }
}
