using Microsoft.Playwright;

namespace Waypoint.Browser.Tests;

/// <summary>What an officer does first: sign in, add a person with an alert, find them by a misspelled alias.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PeopleJourneyTests(RunningWaypoint app, Chromium chromium)
{
    [Fact]
    [Trait("Req", "PPL-01")]
    [Trait("Req", "PPL-03")]
    [Trait("Req", "PPL-07")]
    public async Task Officer_CreatesAPersonWithAnAlert_AndFindsThemByAMisspelledAlias()
    {
        await using var context = await chromium.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(app.BaseUrl, "/Account/SignIn").ToString());
        await page.AssertAccessibleAsync();
        await page.SignInAsync(app.BaseUrl, "case.officer");
        await page.AssertAccessibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Add a person" }).ClickAsync();
        await page.AssertAccessibleAsync();
        var family = "Tjungurrayi" + Guid.NewGuid().ToString("N")[..4];
        await page.GetByLabel("Given names").FillAsync("Marlene");
        await page.GetByLabel("Family name").FillAsync(family);
        await page.GetByLabel("Day").FillAsync("14");
        await page.GetByLabel("Month").FillAsync("7");
        await page.GetByLabel("Year").FillAsync("1979");
        await page.GetByLabel("Female").CheckAsync();
        await page.GetByLabel("Aboriginal", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save person" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync($"Marlene {family} added");
        await page.AssertAccessibleAsync();
        var personUrl = page.Url;

        await page.GetByRole(AriaRole.Link, new() { Name = "Raise an alert" }).ClickAsync();
        await page.AssertAccessibleAsync();
        await page.GetByLabel("Violence").CheckAsync();
        await page.GetByLabel("Details").FillAsync("Two officers for home visits");
        await page.GetByRole(AriaRole.Button, new() { Name = "Raise alert" }).ClickAsync();
        await Assertions.Expect(page.Locator(".moj-identity-bar .moj-badge")).ToHaveTextAsync("Violence");

        await page.GetByRole(AriaRole.Link, new() { Name = "Record a change of circumstances" }).ClickAsync();
        await page.AssertAccessibleAsync();
        await page.GetByLabel("Employment").CheckAsync();
        await page.GetByLabel("Details").FillAsync("Started work at a warehouse");
        await page.Locator("#OccurredOn").FillAsync("2");
        await page.Locator("input[name='OccurredOn.Month']").FillAsync("11");
        await page.Locator("input[name='OccurredOn.Year']").FillAsync("2026");
        await page.GetByLabel("The person").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Record change" }).ClickAsync();
        await Assertions.Expect(page.Locator("#circumstances + table")).ToContainTextAsync("Started work at a warehouse");

        await page.GetByRole(AriaRole.Link, new() { Name = "Add an alias" }).ClickAsync();
        await page.GetByLabel("Given names").FillAsync("Marleen");
        await page.GetByLabel("Family name").FillAsync("Rosenkrantz");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add alias" }).ClickAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "People", Exact = true }).ClickAsync();
        await page.GetByLabel("Name, alias, offender number or other identifier").FillAsync("Rosencrantz Marlene");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await page.AssertAccessibleAsync();
        var result = page.GetByRole(AriaRole.Link, new() { Name = $"Marlene {family}" });
        await Assertions.Expect(page.Locator("tbody")).ToContainTextAsync("Matched alias: Marleen Rosenkrantz");
        await result.ClickAsync();

        Assert.Equal(personUrl, page.Url);
        await Assertions.Expect(page.Locator(".moj-identity-bar .moj-badge")).ToHaveTextAsync("Violence");
        await Assertions.Expect(page.Locator(".moj-identity-bar")).ToContainTextAsync("Born 14 July 1979");
        await page.GetByRole(AriaRole.Link, new() { Name = "History of changes" }).ClickAsync();
        await Assertions.Expect(page.Locator(".moj-timeline")).ToContainTextAsync("Alert raised");
        await page.AssertAccessibleAsync();
    }

    [Fact]
    [Trait("Req", "PPL-04")]
    [Trait("Req", "PPL-06")]
    public async Task RecordsOfficer_AddsAPrisonSentence_AndSeesTheEffectiveSentence()
    {
        await using var context = await chromium.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SignInAsync(app.BaseUrl, "records.officer");
        await page.GotoAsync(new Uri(app.BaseUrl, "/People?q=W0000002").ToString());
        await page.Locator("tbody a").First.ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Sentence", Exact = true }).ClickAsync();
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Add an order" }).ClickAsync();
        await page.AssertAccessibleAsync();
        await page.GetByLabel("Order or sentence type").SelectOptionAsync(new SelectOptionValue { Label = "Imprisonment" });
        await page.GetByLabel("Issuing court or authority").FillAsync("District Court of WA");
        foreach (var (group, day, month, year) in new[] { ("SentenceDate", "5", "1", "2026"), ("Start", "5", "1", "2026"), ("Edr", "4", "7", "2027") })
        {
            await page.Locator($"#{group}").FillAsync(day);
            await page.Locator($"input[name='{group}.Month']").FillAsync(month);
            await page.Locator($"input[name='{group}.Year']").FillAsync(year);
        }
        await page.GetByRole(AriaRole.Button, new() { Name = "Save order" }).ClickAsync();
        await Assertions.Expect(page.Locator("#effective-sentence")).ToContainTextAsync("5 January 2026 to 4 July 2027");
        await page.AssertAccessibleAsync();
    }

    [Fact]
    [Trait("Req", "PPL-05")]
    public async Task RecordsOfficer_RecordsAReception_AndSeesCustody()
    {
        await using var context = await chromium.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SignInAsync(app.BaseUrl, "records.officer");
        await page.GotoAsync(new Uri(app.BaseUrl, "/People?q=W0000003").ToString());
        await page.Locator("tbody a").First.ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Custody", Exact = true }).ClickAsync();
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Record a reception or move" }).ClickAsync();
        await page.AssertAccessibleAsync();
        await page.GetByLabel("Prison").SelectOptionAsync(new SelectOptionValue { Label = "Eastern Metropolitan Prison" });
        await page.GetByLabel("Unit (optional)").FillAsync("Unit 4");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(page.Locator("#custody-now")).ToContainTextAsync("Eastern Metropolitan Prison, Unit 4");
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Record a classification" }).ClickAsync();
        await page.AssertAccessibleAsync();
        await page.GetByLabel("Medium security").CheckAsync();
        await page.GetByLabel("Reason").FillAsync("On reception");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(page.Locator("#custody-now")).ToContainTextAsync("Medium");
    }

    [Fact]
    [Trait("Req", "STF-02")]
    public async Task Coordinator_AllocatesACaseOfficer_FromTheAwaitingList()
    {
        await using var records = await chromium.Browser.NewContextAsync();
        var recordsPage = await records.NewPageAsync();
        await recordsPage.SignInAsync(app.BaseUrl, "records.officer");
        await recordsPage.GotoAsync(new Uri(app.BaseUrl, "/People?q=W0000004").ToString());
        await recordsPage.Locator("tbody a").First.ClickAsync();
        var name = (await recordsPage.Locator(".moj-identity-bar__title a").TextContentAsync())!.Trim();
        await recordsPage.GetByRole(AriaRole.Link, new() { Name = "Custody", Exact = true }).ClickAsync();
        await recordsPage.GetByRole(AriaRole.Link, new() { Name = "Record a reception or move" }).ClickAsync();
        await recordsPage.GetByLabel("Prison").SelectOptionAsync(new SelectOptionValue { Label = "Eastern Metropolitan Prison" });
        await recordsPage.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(recordsPage.Locator("#custody-now")).ToContainTextAsync("Eastern Metropolitan Prison");
        // COPP 10.3: a case officer follows an approved IMP.
        await ImpSteps.WriteAndApproveAsync(chromium, app.BaseUrl, recordsPage.Url[..recordsPage.Url.IndexOf("/Custody", StringComparison.Ordinal)]);

        await using var context = await chromium.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SignInAsync(app.BaseUrl, "coordinator");
        await page.GetByRole(AriaRole.Link, new() { Name = "Awaiting allocation" }).ClickAsync();
        await page.AssertAccessibleAsync();
        var row = page.Locator("#awaiting tbody tr", new() { HasText = name });
        await Assertions.Expect(row).ToContainTextAsync("7");
        await row.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Allocate") }).ClickAsync();
        await page.AssertAccessibleAsync();
        // Each officer is listed with their workload against capacity (STF-04).
        var kim = page.Locator("#OfficerUserId option", new() { HasText = "Kim Nguyen" });
        await Assertions.Expect(kim).ToContainTextAsync("of 150 points");
        await page.GetByLabel("Officer", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Value = await kim.GetAttributeAsync("value") });
        await page.GetByLabel("Reason", new() { Exact = true }).FillAsync("On arrival");
        await page.GetByRole(AriaRole.Button, new() { Name = "Allocate" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync($"Kim Nguyen allocated to {name}");
        await Assertions.Expect(page.Locator("#awaiting tbody tr", new() { HasText = name })).ToHaveCountAsync(0);
    }

    [Fact]
    [Trait("Req", "PPL-08")]
    [Trait("Req", "BYD-09")]
    public async Task Officer_SetsASupervisionLevel_FromTheirCaseload()
    {
        await using var context = await chromium.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SignInAsync(app.BaseUrl, "case.officer");
        await page.GetByRole(AriaRole.Link, new() { Name = "My caseload" }).ClickAsync();
        await page.Locator("#caseload tbody a").First.ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Sentence", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Change") }).First.ClickAsync();
        await Assertions.Expect(page.Locator("#proposed")).ToContainTextAsync("proposes High");
        await page.AssertAccessibleAsync();
        await page.GetByLabel("Medium").CheckAsync();
        await page.GetByLabel("Reason (needed when it differs from the proposal)").FillAsync("Employed and fully compliant");

        // BYD-09: the effect on obligations first, with nothing saved; the form keeps what was entered.
        await page.GetByRole(AriaRole.Button, new() { Name = "Preview effect on obligations" }).ClickAsync();
        await Assertions.Expect(page.Locator("#obligation-preview")).ToContainTextAsync("Nothing has been saved yet");
        await Assertions.Expect(page.GetByLabel("Medium")).ToBeCheckedAsync();
        await page.AssertAccessibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Supervision level set to Medium");
        await page.AssertAccessibleAsync();
    }

    [Fact]
    [Trait("Req", "PPL-01")]
    public async Task FormErrors_AreSummarisedAndLinkedToTheirFields()
    {
        await using var context = await chromium.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SignInAsync(app.BaseUrl, "case.officer");
        await page.GotoAsync(new Uri(app.BaseUrl, "/People/Create").ToString());
        await page.GetByRole(AriaRole.Button, new() { Name = "Save person" }).ClickAsync();
        var summary = page.Locator(".govuk-error-summary");
        await Assertions.Expect(summary).ToContainTextAsync("Enter given names");
        await Assertions.Expect(summary).ToContainTextAsync("Enter a family name");
        await page.AssertAccessibleAsync();
        await summary.GetByRole(AriaRole.Link, new() { Name = "Enter a family name" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Family name")).ToBeFocusedAsync();
    }

    [Fact]
    [Trait("Req", "PPL-01")]
    public async Task SkipLink_IsTheFirstTabStop()
    {
        await using var context = await chromium.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SignInAsync(app.BaseUrl, "case.officer");
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Skip to main content" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("#main-content$"));
    }

    [Theory]
    [Trait("Req", "REC-01")]
    [InlineData("records.officer", "/Audit")]
    [InlineData("admin", "/Admin/Users")]
    [InlineData("admin", "/Admin/Users/Create")]
    [InlineData("case.officer", "/Account/Tokens")]
    [InlineData("case.officer", "/People?q=smith")]
    [InlineData("case.officer", "/Staff/Sites")]
    [InlineData("case.officer", "/Policy/Packs")]
    [InlineData("case.officer", "/Caseload")]
    [InlineData("coordinator", "/Allocation/Awaiting")]
    public async Task OtherPages_PassAxe(string user, string path)
    {
        await using var context = await chromium.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SignInAsync(app.BaseUrl, user);
        var response = await page.GotoAsync(new Uri(app.BaseUrl, path).ToString());
        Assert.Equal(200, response!.Status);
        await page.AssertAccessibleAsync();
    }
}
