using System.Net;
using System.Text;
using Waypoint.Core.Security;
using Waypoint.Web.Tests.Infrastructure;

namespace Waypoint.Web.Tests.Security;

/// <summary>
/// REC-01: deny by default. For every role and every endpoint and page, the role is either let through or refused
/// with 403; without sign-in the API answers 401 and pages send the user to sign in. The expected roles are written
/// out here as the specification, not read from the code under test.
/// </summary>
public abstract class AuthorizationTests(AppFixture app)
{
    private static readonly string[] Everyone =
    [
        Roles.CaseOfficer, Roles.TeamLeader, Roles.AssessmentOfficer, Roles.CaseManagementCoordinator, Roles.UnitManager,
        Roles.PrisonOfficer, Roles.SuperintendentsDelegate, Roles.AuthorisedAssistantSuperintendent, Roles.Manager,
        Roles.RecordsOfficer, Roles.Administrator, Roles.Auditor,
    ];

    private static readonly string[] ReadPeople = Everyone.Except([Roles.Administrator]).ToArray();
    private static readonly string[] WritePeople = [Roles.CaseOfficer, Roles.TeamLeader, Roles.AssessmentOfficer, Roles.CaseManagementCoordinator, Roles.UnitManager, Roles.RecordsOfficer];
    private static readonly string[] RaiseAlerts = [.. WritePeople, Roles.PrisonOfficer, Roles.SuperintendentsDelegate, Roles.AuthorisedAssistantSuperintendent];
    private static readonly string[] ReadAudit = [Roles.RecordsOfficer, Roles.Administrator];
    private static readonly string[] KeepOrders = [Roles.RecordsOfficer, Roles.CaseManagementCoordinator, Roles.UnitManager, Roles.TeamLeader, Roles.CaseOfficer];
    private static readonly string[] KeepCustody = [Roles.RecordsOfficer, Roles.CaseManagementCoordinator, Roles.UnitManager, Roles.SuperintendentsDelegate, Roles.AuthorisedAssistantSuperintendent];
    private static readonly string[] Allocate = [Roles.CaseManagementCoordinator, Roles.UnitManager, Roles.TeamLeader];
    private static readonly string[] Supervisors = [Roles.CaseOfficer, Roles.TeamLeader];

    private const string Someone = "00000000-0000-0000-0000-00000000abcd";

    // Requests that pass authorization reach the handler, which answers 404/400/412 for this made-up person: all
    // outcomes that prove the role got through.
    private static readonly (string Method, string Path, string? Body, string[] Allowed)[] ApiEndpoints =
    [
        ("GET", "/api/v1/me", null, Everyone),
        ("GET", "/api/v1/sites", null, Everyone),
        ("GET", "/api/v1/policy-packs", null, Everyone),
        ("GET", "/api/v1/policy-packs/prisons", null, Everyone),
        ("GET", "/api/v1/people?q=smith", null, ReadPeople),
        ("GET", $"/api/v1/people/{Someone}", null, ReadPeople),
        ("GET", $"/api/v1/people/{Someone}/history", null, ReadPeople),
        ("POST", "/api/v1/people", "{}", WritePeople),
        ("PUT", $"/api/v1/people/{Someone}", "{}", WritePeople),
        ("POST", $"/api/v1/people/{Someone}/aliases", "{}", WritePeople),
        ("POST", $"/api/v1/people/{Someone}/identifiers", "{}", WritePeople),
        ("POST", $"/api/v1/people/{Someone}/responsivity-factors", "{}", WritePeople),
        ("POST", $"/api/v1/people/{Someone}/significant-others", "{}", WritePeople),
        ("POST", $"/api/v1/people/{Someone}/alerts", "{}", RaiseAlerts),
        ("POST", $"/api/v1/people/{Someone}/alerts/{Someone}/end", "{}", RaiseAlerts),
        ("GET", $"/api/v1/people/{Someone}/orders", null, ReadPeople),
        ("POST", $"/api/v1/people/{Someone}/orders", "{}", KeepOrders),
        ("GET", $"/api/v1/orders/{Someone}", null, ReadPeople),
        ("PUT", $"/api/v1/orders/{Someone}/dates", "{}", KeepOrders),
        ("POST", $"/api/v1/orders/{Someone}/end", "{}", KeepOrders),
        ("GET", $"/api/v1/people/{Someone}/custody", null, ReadPeople),
        ("POST", $"/api/v1/people/{Someone}/placements", "{}", KeepCustody),
        ("POST", $"/api/v1/people/{Someone}/release", "{}", KeepCustody),
        ("POST", $"/api/v1/people/{Someone}/security-classifications", "{}", KeepCustody),
        ("GET", "/api/v1/allocations/awaiting", null, Allocate),
        ("GET", $"/api/v1/people/{Someone}/allocations", null, ReadPeople),
        ("POST", $"/api/v1/people/{Someone}/allocations", "{}", Allocate),
        ("GET", $"/api/v1/people/{Someone}/contacts", null, ReadPeople),
        ("POST", $"/api/v1/people/{Someone}/contacts", "{}", Supervisors),
        ("POST", $"/api/v1/people/{Someone}/contacts/{Someone}/outcome", "{}", Supervisors),
        ("GET", "/api/v1/diary", null, Supervisors),
        ("GET", $"/api/v1/people/{Someone}/inductions", null, ReadPeople),
        ("POST", $"/api/v1/people/{Someone}/inductions", "{}", Supervisors),
        ("GET", $"/api/v1/people/{Someone}/non-compliance", null, ReadPeople),
        ("POST", $"/api/v1/people/{Someone}/non-compliance", "{}", Supervisors),
        ("POST", $"/api/v1/people/{Someone}/non-compliance/{Someone}/decision", "{}", Supervisors),
        ("POST", $"/api/v1/people/{Someone}/non-compliance/{Someone}/evidence-request", "{}", Supervisors),
        ("GET", $"/api/v1/people/{Someone}/warnings", null, ReadPeople),
        ("POST", $"/api/v1/people/{Someone}/warnings", "{}", Supervisors),
        ("GET", $"/api/v1/people/{Someone}/breach-referrals", null, ReadPeople),
        ("POST", $"/api/v1/people/{Someone}/breach-referrals", "{}", Supervisors),
        ("POST", $"/api/v1/people/{Someone}/breach-referrals/{Someone}/submit", "{}", Supervisors),
        ("POST", $"/api/v1/people/{Someone}/breach-referrals/{Someone}/approve", "{}", [Roles.TeamLeader]),
        ("POST", $"/api/v1/people/{Someone}/breach-referrals/{Someone}/return", "{}", [Roles.TeamLeader]),
        ("POST", $"/api/v1/people/{Someone}/breach-referrals/{Someone}/outcome", "{}", Supervisors),
        ("GET", "/api/v1/breach-referrals/awaiting-approval", null, [Roles.TeamLeader]),
        ("POST", $"/api/v1/people/{Someone}/plans/{Someone}/refusal-steps", "{}", Supervisors),
        ("POST", "/api/v1/diary/feed", "{}", Supervisors),
        ("POST", $"/api/v1/people/{Someone}/effectiveness-summaries", "{}", Supervisors),
        ("GET", $"/api/v1/people/{Someone}/contact-reports", null, ReadPeople),
        ("POST", $"/api/v1/people/{Someone}/contact-reports", "{}", [Roles.CaseOfficer, Roles.UnitManager]),
        ("GET", "/api/v1/audit", null, ReadAudit),
        ("GET", "/api/v1/audit/export.csv", null, ReadAudit),
        ("GET", "/api/v1/audit/verification", null, ReadAudit),
    ];

    private static readonly (string Path, string[] Allowed)[] Pages =
    [
        ("/", Everyone),
        ("/Account/Tokens", Everyone),
        ("/Staff/Sites", Everyone),
        ("/Policy/Packs", Everyone),
        ("/People", ReadPeople),
        ("/People/Create", WritePeople),
        ("/Audit", ReadAudit),
        ("/Allocation/Awaiting", Allocate),
        ("/Diary", Supervisors),
        ("/Enforcement/Approvals", [Roles.TeamLeader]),
        ("/Admin/Users", [Roles.Administrator]),
        ("/Admin/Users/Create", [Roles.Administrator]),
    ];

    public static TheoryData<string, string, string> ApiCases()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (method, path, _, _) in ApiEndpoints)
        {
            foreach (var role in Everyone)
            {
                data.Add(role, method, path);
            }
        }
        return data;
    }

    public static TheoryData<string, string> PageCases()
    {
        var data = new TheoryData<string, string>();
        foreach (var (path, _) in Pages)
        {
            foreach (var role in Everyone)
            {
                data.Add(role, path);
            }
        }
        return data;
    }

    public static TheoryData<string, string> AnonymousApiCases()
    {
        var data = new TheoryData<string, string>();
        foreach (var (method, path, _, _) in ApiEndpoints)
        {
            data.Add(method, path);
        }
        return data;
    }

    public static TheoryData<string> AnonymousPageCases()
    {
        var data = new TheoryData<string>();
        foreach (var (path, _) in Pages)
        {
            data.Add(path);
        }
        data.Add("/People/" + Someone);
        data.Add("/api/docs");
        data.Add("/openapi/v1.json");
        return data;
    }

    [Theory]
    [MemberData(nameof(ApiCases))]
    [Trait("Req", "REC-01")]
    public async Task Api_AllowsOnlyItsRoles(string role, string method, string path)
    {
        var (_, _, body, allowed) = ApiEndpoints.Single(e => e.Method == method && e.Path == path);
        var client = await app.ApiClientForRoleAsync(role);
        var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }
        var response = await client.SendAsync(request);
        if (allowed.Contains(role))
        {
            Assert.NotEqual(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.NotEqual(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.True((int)response.StatusCode < 500, $"{role} {method} {path}: {(int)response.StatusCode}");
        }
        else
        {
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Theory]
    [MemberData(nameof(AnonymousApiCases))]
    [Trait("Req", "REC-01")]
    public async Task Api_WithoutToken_Is401(string method, string path)
    {
        var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    [Trait("Req", "REC-07")]
    public async Task Api_WithUnknownOrRevokedToken_Is401()
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", "wpt_not-a-real-token");
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/me")).StatusCode);
        client.DefaultRequestHeaders.Authorization = new("Bearer", "something-else");
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/me")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(PageCases))]
    [Trait("Req", "REC-01")]
    public async Task Pages_AllowOnlyTheirRoles(string role, string path)
    {
        var allowed = Pages.Single(p => p.Path == path).Allowed;
        var client = await app.PageClientForRoleAsync(role);
        var response = await client.GetAsync(path);
        if (allowed.Contains(role))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        else
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/Account/AccessDenied", response.Headers.Location?.OriginalString);
        }
    }

    [Theory]
    [MemberData(nameof(AnonymousPageCases))]
    [Trait("Req", "REC-01")]
    public async Task Pages_WithoutSignIn_GoToSignIn(string path)
    {
        var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://localhost/Account/SignIn", response.Headers.Location?.ToString());
    }

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    [InlineData("/Account/SignIn")]
    [Trait("Req", "REC-01")]
    public async Task PublicAddresses_NeedNoSignIn(string path)
    {
        var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(path)).StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class AuthorizationOnSqlite(SqliteApp app) : AuthorizationTests(app);

[Collection(PostgresCollection.Name)]
public sealed class AuthorizationOnPostgres(PostgresApp app) : AuthorizationTests(app);
