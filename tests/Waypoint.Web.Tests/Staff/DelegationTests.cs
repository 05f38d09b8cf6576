using System.Net;
using Microsoft.EntityFrameworkCore;
using Waypoint.Core.Security;
using Waypoint.Core.Staff;
using Waypoint.Web.Tests.Infrastructure;
using static Waypoint.Web.Tests.Infrastructure.HttpExtensions;

namespace Waypoint.Web.Tests.Staff;

/// <summary>REC-01: which role does coordinator duties differs by site; the delegation register authorises others.</summary>
public abstract class DelegationTests(AppFixture app)
{
    private static string Day(int daysAgo) => DateTime.UtcNow.Date.AddDays(-daysAgo).ToString("yyyy-MM-dd");

    private Task<string> IdOfAsync(string userName) => app.WithDbAsync(db => db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync());

    private async Task<(Guid Prison, string PersonId, string OfficerId)> PrisonerAwaitingAsync()
    {
        var prison = await app.SiteAsync(SiteKind.Prison);
        var records = await app.ApiClientForRoleAsync(Roles.RecordsOfficer);
        var id = (await (await records.PostJsonAsync("/api/v1/people", NewPerson(UniqueName("Delegated")))).JsonAsync()).GetProperty("id").GetString()!;
        await records.PostJsonAsync($"/api/v1/people/{id}/placements", new { siteId = prison, from = Day(3), permanent = true });
        await app.ApprovedImpAsync(id, Day(3));
        var officer = await app.CreateUserAsync(Roles.CaseOfficer);
        await app.PlaceAtSiteAsync(officer, prison);
        return (prison, id, await IdOfAsync(officer));
    }

    [Fact]
    [Trait("Req", "REC-01")]
    public async Task CoordinatorDuties_FollowTheSitesRole_WhichAnAdministratorSets()
    {
        var (prison, id, officerId) = await PrisonerAwaitingAsync();
        var unitManager = await app.ApiClientAtSiteAsync(prison, Roles.UnitManager);
        var refused = await unitManager.PostJsonAsync($"/api/v1/people/{id}/allocations", new { kind = "CaseOfficer", officerUserId = officerId, reason = "On arrival" });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("coordinator duties are done by the case management coordinator", (await refused.JsonAsync()).GetProperty("detail").GetString());

        var admin = await app.ApiClientForRoleAsync(Roles.Administrator);
        Assert.Equal(HttpStatusCode.Forbidden, (await unitManager.PutJsonAsync($"/api/v1/sites/{prison}/coordinator-role", new { role = "UnitManager" })).StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await admin.PutJsonAsync($"/api/v1/sites/{prison}/coordinator-role", new { role = "PrisonOfficer" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.PutJsonAsync($"/api/v1/sites/{prison}/coordinator-role", new { role = "UnitManager" })).StatusCode);

        Assert.Equal(HttpStatusCode.Created, (await unitManager.PostJsonAsync($"/api/v1/people/{id}/allocations", new { kind = "CaseOfficer", officerUserId = officerId, reason = "On arrival" })).StatusCode);
        var change = await app.WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.RecordId == prison.ToString() && a.Action == "site.coordinator-duties"));
        Assert.Contains("\"from\":\"CaseManagementCoordinator\",\"to\":\"UnitManager\"", change.Details);
    }

    [Fact]
    [Trait("Req", "REC-01")]
    public async Task Delegation_LetsSomeoneElseAllocateThere_UntilItIsRevoked_AndTheRegisterKeepsIt()
    {
        var (prison, id, officerId) = await PrisonerAwaitingAsync();
        var seniorName = await app.CreateUserAsync(Roles.CaseOfficer);
        await app.PlaceAtSiteAsync(seniorName, await app.SiteAsync(SiteKind.Prison));
        var seniorId = await IdOfAsync(seniorName);
        var senior = await app.ApiClientForUserAsync(seniorName);
        Assert.Equal(HttpStatusCode.Forbidden, (await senior.GetAsync($"/api/v1/allocations/awaiting?siteId={prison}")).StatusCode);

        var superintendent = await app.ApiClientForRoleAsync(Roles.SuperintendentsDelegate);
        var recorded = await superintendent.PostJsonAsync("/api/v1/delegations", new { siteId = prison, delegateUserId = seniorId, from = Day(0), instrument = "Superintendent's instruction 2026/14" });
        Assert.Equal(HttpStatusCode.Created, recorded.StatusCode);
        var entry = await recorded.JsonAsync();
        Assert.Equal("Test SuperintendentsDelegate", entry.GetProperty("authorisedByName").GetString());
        Assert.True(entry.GetProperty("active").GetBoolean());

        var awaiting = await (await senior.GetAsync($"/api/v1/allocations/awaiting?siteId={prison}")).JsonAsync();
        Assert.Contains(awaiting.GetProperty("items").EnumerateArray(), a => a.GetProperty("personId").GetString() == id);
        Assert.Equal(HttpStatusCode.Created, (await senior.PostJsonAsync($"/api/v1/people/{id}/allocations", new { kind = "CaseOfficer", officerUserId = officerId, reason = "On arrival" })).StatusCode);

        var delegationId = entry.GetProperty("id").GetString();
        Assert.Equal(HttpStatusCode.BadRequest, (await superintendent.PostJsonAsync($"/api/v1/delegations/{delegationId}/revoke", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await superintendent.PostJsonAsync($"/api/v1/delegations/{delegationId}/revoke", new { reason = "Coordinator back from leave" })).StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await superintendent.PostJsonAsync($"/api/v1/delegations/{delegationId}/revoke", new { reason = "Again" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await senior.GetAsync($"/api/v1/allocations/awaiting?siteId={prison}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await senior.GetAsync($"/api/v1/people/{id}")).StatusCode);

        var register = await (await senior.GetAsync($"/api/v1/delegations?siteId={prison}")).JsonAsync();
        var kept = register.GetProperty("items").EnumerateArray().Single();
        Assert.Equal("Coordinator back from leave", kept.GetProperty("revocationReason").GetString());
        Assert.Empty((await (await senior.GetAsync($"/api/v1/delegations?siteId={prison}&current=true")).JsonAsync()).GetProperty("items").EnumerateArray());
        Assert.Equal(["delegation.recorded", "delegation.revoked"], await app.WithDbAsync(db => db.AuditEntries.Where(a => a.RecordId == delegationId).OrderBy(a => a.Sequence).Select(a => a.Action).ToListAsync()));
    }

    public static TheoryData<string, object, int, string> BadDelegations => new()
    {
        { "no instrument", new { siteId = "{site}", delegateUserId = "{delegate}", from = "2026-12-01" }, 400, "instrument" },
        { "no start", new { siteId = "{site}", delegateUserId = "{delegate}", instrument = "x" }, 400, "from" },
        { "unknown site", new { siteId = Guid.NewGuid(), delegateUserId = "{delegate}", from = "2026-12-01", instrument = "x" }, 400, "siteId" },
        { "unknown delegate", new { siteId = "{site}", delegateUserId = "nobody", from = "2026-12-01", instrument = "x" }, 400, "delegateUserId" },
        { "unknown duty", new { siteId = "{site}", delegateUserId = "{delegate}", duty = "Everything", from = "2026-12-01", instrument = "x" }, 400, "duty" },
        { "ends before it starts", new { siteId = "{site}", delegateUserId = "{delegate}", from = "2026-12-01", to = "2026-11-01", instrument = "x" }, 422, "to" },
        { "to themselves", new { siteId = "{site}", delegateUserId = "{self}", from = "2026-12-01", instrument = "x" }, 422, "delegateUserId" },
    };

    [Theory]
    [MemberData(nameof(BadDelegations))]
    [Trait("Req", "REC-01")]
    public async Task BadDelegation_IsRefused_AndNothingIsRecorded(string name, object body, int status, string field)
    {
        var site = await app.SiteAsync(SiteKind.Prison);
        var delegateName = await app.CreateUserAsync(Roles.CaseOfficer);
        await app.PlaceAtSiteAsync(delegateName, site);
        var managerName = await app.CreateUserAsync(Roles.Manager);
        await app.PlaceAtSiteAsync(managerName, site);
        var manager = await app.ApiClientForUserAsync(managerName);
        var json = System.Text.Json.JsonSerializer.Serialize(body, JsonOptions)
            .Replace("{site}", site.ToString()).Replace("{delegate}", await IdOfAsync(delegateName)).Replace("{self}", await IdOfAsync(managerName));
        var response = await manager.PostAsync("/api/v1/delegations", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));
        Assert.True(status == (int)response.StatusCode, $"{name}: {(int)response.StatusCode}");
        Assert.True((await response.JsonAsync()).GetProperty("errors").TryGetProperty(field, out _), name);
        Assert.False(await app.WithDbAsync(db => db.Delegations.AnyAsync(d => d.SiteId == site)));
    }

    [Fact]
    [Trait("Req", "REC-01")]
    public async Task OnlyAuthorisersRecordDelegations_AndTheRegisterPageShowsThem()
    {
        var officer = await app.ApiClientForRoleAsync(Roles.CaseOfficer);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PostJsonAsync("/api/v1/delegations", new { })).StatusCode);
        var site = await app.SiteAsync(SiteKind.Prison, "Register Prison " + Guid.NewGuid().ToString("N")[..6]);
        var delegateName = await app.CreateUserAsync(Roles.CaseOfficer);
        await app.PlaceAtSiteAsync(delegateName, site);
        var page = await app.SignedInClientAsync(Roles.AuthorisedAssistantSuperintendent);
        var missing = await page.PostFormAsync("/Staff/Delegations/Record", new() { ["Input.SiteId"] = site.ToString(), ["Input.Duty"] = "CoordinatorDuties" });
        var errors = (await missing.HtmlAsync()).QuerySelectorAll(".govuk-error-summary a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("#Input_DelegateUserId", errors);
        Assert.Contains("#From", errors);
        var today = DateTime.UtcNow.Date;
        var saved = await page.PostFormAsync("/Staff/Delegations/Record", new()
        {
            ["Input.SiteId"] = site.ToString(), ["Input.Duty"] = "CoordinatorDuties", ["Input.DelegateUserId"] = await IdOfAsync(delegateName),
            ["From.Day"] = today.Day.ToString(), ["From.Month"] = today.Month.ToString(), ["From.Year"] = today.Year.ToString(), ["Input.Instrument"] = "Acting coordinator",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var register = await page.GetHtmlAsync("/Staff/Delegations");
        var row = register.QuerySelectorAll("#delegations tbody tr").Single(r => r.TextContent.Contains("Register Prison"));
        Assert.Contains("In force", row.TextContent);
        Assert.Contains("Test AuthorisedAssistantSuperintendent", row.TextContent);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class DelegationOnSqlite(SqliteApp app) : DelegationTests(app);

[Collection(PostgresCollection.Name)]
public sealed class DelegationOnPostgres(PostgresApp app) : DelegationTests(app);
