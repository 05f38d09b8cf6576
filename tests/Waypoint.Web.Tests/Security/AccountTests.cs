using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Waypoint.Core.Security;
using Waypoint.Web.Data;
using Waypoint.Web.Tests.Infrastructure;

namespace Waypoint.Web.Tests.Security;

public abstract class AccountTests(AppFixture app)
{
    private HttpClient Anonymous() => app.CreateClient(new() { AllowAutoRedirect = false });

    [Fact]
    [Trait("Req", "REC-07")]
    public async Task RepeatedFailedSignIns_LockTheAccount()
    {
        var name = await app.CreateUserAsync(Roles.CaseOfficer);
        var client = Anonymous();
        for (var i = 0; i < 5; i++)
        {
            var failed = await client.PostFormAsync("/Account/SignIn", new() { ["UserName"] = name, ["Password"] = "wrong-password-" + i });
            Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
        }
        var locked = await client.PostFormAsync("/Account/SignIn", new() { ["UserName"] = name, ["Password"] = AppFixture.Password });
        Assert.Equal(HttpStatusCode.OK, locked.StatusCode);
        Assert.Contains("locked", (await locked.HtmlAsync()).QuerySelector(".govuk-error-summary")!.TextContent);
    }

    [Fact]
    [Trait("Req", "REC-07")]
    public async Task WrongPassword_ShowsAnErrorWithoutSayingWhichPartWasWrong()
    {
        var response = await Anonymous().PostFormAsync("/Account/SignIn", new() { ["UserName"] = "nobody-" + Guid.NewGuid(), ["Password"] = "x" });
        Assert.Contains("The user name or password is not right", (await response.HtmlAsync()).QuerySelector(".govuk-error-summary")!.TextContent);
    }

    [Fact]
    [Trait("Req", "REC-01")]
    public async Task Auditor_AfterAccessEnds_CannotSignInOrUseTheApi()
    {
        var name = await app.CreateUserAsync(Roles.Auditor);
        var api = await app.ApiClientForRoleAsync(Roles.Auditor);
        await app.WithDbAsync(async db =>
        {
            (await db.Users.SingleAsync(u => u.UserName == name)).AccessExpiresAt = DateTimeOffset.UtcNow.AddMinutes(-1);
            return await db.SaveChangesAsync();
        });
        var signIn = await Anonymous().PostFormAsync("/Account/SignIn", new() { ["UserName"] = name, ["Password"] = AppFixture.Password });
        Assert.Contains("Your access has expired", (await signIn.HtmlAsync()).QuerySelector(".govuk-error-summary")!.TextContent);

        var tokenUser = await api.GetAsync("/api/v1/me");
        var tokenName = (await tokenUser.JsonAsync()).GetProperty("userName").GetString();
        // Saved as the accounts page saves it: the token's cached account follows at the next request.
        await app.WithDbAsync(async db =>
        {
            (await db.Users.SingleAsync(u => u.UserName == tokenName)).AccessExpiresAt = DateTimeOffset.UtcNow.AddMinutes(-1);
            return await db.SaveChangesAsync();
        });
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync("/api/v1/me")).StatusCode);
    }

    [Fact]
    [Trait("Req", "REC-07")]
    public async Task TokensPage_ShowsTheTokenOnce_ItWorks_AndRevokingStopsIt()
    {
        var page = await app.SignedInClientAsync(Roles.CaseOfficer);
        var created = await page.PostFormAsync("/Account/Tokens", new() { ["Name"] = "court import", ["Days"] = "30" }, handler: "Create");
        var html = await created.HtmlAsync();
        var token = html.QuerySelector("#new-token")!.TextContent.Trim();
        Assert.StartsWith("wpt_", token);
        var stored = await app.WithDbAsync(db => db.ApiTokens.Where(t => t.Name == "court import").Select(t => t.TokenHash).ToListAsync());
        Assert.DoesNotContain(token, stored);

        var api = app.CreateClient();
        api.DefaultRequestHeaders.Authorization = new("Bearer", token);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/v1/me")).StatusCode);

        var list = await page.GetHtmlAsync("/Account/Tokens");
        Assert.Null(list.QuerySelector("#new-token"));
        Assert.DoesNotContain(token, list.DocumentElement.OuterHtml);
        var revokeForm = list.QuerySelectorAll("form").Single(f => f.GetAttribute("action")!.Contains("handler=Revoke"));
        var antiforgery = revokeForm.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var revoked = await page.PostAsync(revokeForm.GetAttribute("action"), new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = antiforgery }));
        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync("/api/v1/me")).StatusCode);
    }

    [Fact]
    [Trait("Req", "REC-01")]
    public async Task Administrator_CreatesAnAccountThatCanSignInWithItsRoles()
    {
        var admin = await app.SignedInClientAsync(Roles.Administrator);
        var name = "new." + Guid.NewGuid().ToString("N")[..8];
        var form = new FormUrlEncodedContent(new[]
        {
            KeyValuePair.Create("Input.UserName", name), KeyValuePair.Create("Input.DisplayName", "New Officer"),
            KeyValuePair.Create("Input.Roles", Roles.CaseOfficer), KeyValuePair.Create("Input.Roles", Roles.TeamLeader),
            KeyValuePair.Create("Input.Password", "Another-password-2026"),
            KeyValuePair.Create("__RequestVerificationToken", (await admin.GetHtmlAsync("/Admin/Users/Create")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!),
        });
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostAsync("/Admin/Users/Create", form)).StatusCode);

        var user = Anonymous();
        Assert.Equal(HttpStatusCode.Redirect, (await user.PostFormAsync("/Account/SignIn", new() { ["UserName"] = name, ["Password"] = "Another-password-2026" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await user.GetAsync("/People/Create")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await user.GetAsync("/Admin/Users")).StatusCode);
    }

    [Fact]
    [Trait("Req", "REC-07")]
    public async Task ARoleTakenAway_StopsTheAccountsApiToken_AtTheNextRequest()
    {
        // The API keeps each account's roles for a minute, keyed by its security stamp, which the edit renews.
        var name = await app.CreateUserAsync(Roles.TeamLeader);
        var api = await app.ApiClientForUserAsync(name);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/v1/compliance")).StatusCode);
        var id = await app.WithDbAsync(db => db.Users.Where(u => u.UserName == name).Select(u => u.Id).SingleAsync());
        var admin = await app.SignedInClientAsync(Roles.Administrator);
        var edited = await admin.PostFormAsync($"/Admin/Users/{id}", new() { ["Input.DisplayName"] = "Demoted", ["Input.Roles"] = Roles.CaseOfficer });
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.GetAsync("/api/v1/compliance")).StatusCode);
    }

    [Fact]
    [Trait("Req", "REC-01")]
    public async Task Administrator_MustGiveAnAuditorAnEndDate()
    {
        var admin = await app.SignedInClientAsync(Roles.Administrator);
        var response = await admin.PostFormAsync("/Admin/Users/Create", new()
        {
            ["Input.UserName"] = "aud." + Guid.NewGuid().ToString("N")[..8], ["Input.DisplayName"] = "Ext Auditor",
            ["Input.Roles"] = Roles.Auditor, ["Input.Password"] = "Another-password-2026",
        });
        Assert.Contains("Auditor access is time-limited", (await response.HtmlAsync()).QuerySelector(".govuk-error-summary")!.TextContent);
    }

    [Fact]
    [Trait("Req", "REC-07")]
    public async Task Pages_SendSecurityHeaders()
    {
        var response = await Anonymous().GetAsync("/Account/SignIn");
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Contains("script-src 'self'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        var cookie = response.Headers.GetValues("Set-Cookie").First(c => c.StartsWith("waypoint.antiforgery"));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    [Trait("Req", "REC-07")]
    public async Task SignIn_IsRateLimited()
    {
        using var limited = app.WithWebHostBuilder(b => b.UseSetting("Auth:SignInAttemptsPerMinute", "3"));
        var client = limited.CreateClient(new() { AllowAutoRedirect = false });
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            statuses.Add((await client.GetAsync("/Account/SignIn")).StatusCode);
        }
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    [Trait("Req", "REC-07")]
    public async Task ApiDocs_AreServedToSignedInStaff()
    {
        var client = await app.PageClientForRoleAsync(Roles.CaseOfficer);
        var document = await (await client.GetAsync("/openapi/v1.json")).JsonAsync();
        Assert.Equal("Waypoint API", document.GetProperty("info").GetProperty("title").GetString());
        var paths = document.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/v1/people", out _));
        Assert.True(paths.TryGetProperty("/api/v1/people/{id}", out _));
        Assert.True(paths.TryGetProperty("/api/v1/audit", out _));
        var docs = await client.GetAsync("/api/docs/");
        Assert.Equal(HttpStatusCode.OK, docs.StatusCode);
        Assert.Contains("Waypoint API", await docs.Content.ReadAsStringAsync());
    }

    [Fact]
    [Trait("Req", "REC-01")]
    public async Task Health_ReadyReportsTheDatabase()
    {
        var ready = await Anonymous().GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync());
    }
}

[Collection(SqliteCollection.Name)]
public sealed class AccountOnSqlite(SqliteApp app) : AccountTests(app);

[Collection(PostgresCollection.Name)]
public sealed class AccountOnPostgres(PostgresApp app) : AccountTests(app);
