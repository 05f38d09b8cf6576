using System.Net;
using Microsoft.EntityFrameworkCore;
using Waypoint.Core.Security;
using Waypoint.Core.Staff;
using Waypoint.Web.Tests.Infrastructure;
using static Waypoint.Web.Tests.Infrastructure.HttpExtensions;

namespace Waypoint.Web.Tests.Staff;

/// <summary>STF-06: the people involved in a case, with role and dates; a colleague on it sees the person (REC-05).</summary>
public abstract class CaseTeamTests(AppFixture app)
{
    private async Task<(HttpClient Officer, string PersonId, Guid Prison)> PrisonerAsync()
    {
        var prison = await app.SiteAsync(SiteKind.Prison);
        var records = await app.ApiClientForRoleAsync(Roles.RecordsOfficer);
        var id = (await (await records.PostJsonAsync("/api/v1/people", NewPerson(UniqueName("Caseteam")))).JsonAsync()).GetProperty("id").GetString()!;
        await records.PostJsonAsync($"/api/v1/people/{id}/placements", new { siteId = prison, from = DateTime.UtcNow.Date.AddDays(-20).ToString("yyyy-MM-dd"), permanent = true });
        return (await app.ApiClientAtSiteAsync(prison, Roles.CaseOfficer), id, prison);
    }

    [Fact]
    [Trait("Req", "STF-06")]
    public async Task Colleagues_AndOutsiders_JoinAndLeave_WithDates_AndAColleagueGainsAccess()
    {
        var (officer, id, _) = await PrisonerAsync();
        var psychologistName = await app.CreateUserAsync(Roles.AssessmentOfficer);
        await app.PlaceAtSiteAsync(psychologistName, await app.SiteAsync(SiteKind.Prison));
        var psychologistId = await app.WithDbAsync(db => db.Users.Where(u => u.UserName == psychologistName).Select(u => u.Id).SingleAsync());
        var psychologist = await app.ApiClientForUserAsync(psychologistName);
        Assert.Equal(HttpStatusCode.NotFound, (await psychologist.GetAsync($"/api/v1/people/{id}")).StatusCode);

        var joined = await officer.PostJsonAsync($"/api/v1/people/{id}/case-team", new { userId = psychologistId, role = "Psychologist" });
        Assert.Equal(HttpStatusCode.Created, joined.StatusCode);
        var memberId = (await joined.JsonAsync()).GetProperty("id").GetString();
        Assert.Equal(HttpStatusCode.Created, (await officer.PostJsonAsync($"/api/v1/people/{id}/case-team", new { name = "Sgt Dana Wills", organisation = "WA Police", role = "Police liaison", responsibilities = "Tells the case officer of any new charges", contact = "08 9222 1111" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await psychologist.GetAsync($"/api/v1/people/{id}")).StatusCode);

        var again = await officer.PostJsonAsync($"/api/v1/people/{id}/case-team", new { userId = psychologistId, role = "psychologist" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await officer.PostJsonAsync($"/api/v1/people/{id}/case-team/{memberId}/end", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await officer.PostJsonAsync($"/api/v1/people/{id}/case-team/{memberId}/end", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await psychologist.GetAsync($"/api/v1/people/{id}")).StatusCode);

        var team = (await (await officer.GetAsync($"/api/v1/people/{id}/case-team")).JsonAsync()).EnumerateArray().ToList();
        Assert.Equal(["Police liaison", "Psychologist"], team.Select(m => m.GetProperty("role").GetString()));
        Assert.Equal(System.Text.Json.JsonValueKind.String, team[1].GetProperty("to").ValueKind);
        Assert.Equal("Tells the case officer of any new charges", team[0].GetProperty("responsibilities").GetString());
        var actions = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.PersonId == Guid.Parse(id) && a.RecordType == "CaseTeam").OrderBy(a => a.Sequence).Select(a => a.Action).ToListAsync());
        Assert.Equal(["case-team.joined", "case-team.joined", "case-team.left"], actions);
    }

    public static TheoryData<string, object, string> BadMembers => new()
    {
        { "nobody named", new { role = "Psychologist" }, "name" },
        { "no role", new { name = "Dana Wills" }, "role" },
        { "unknown colleague", new { userId = "nobody", role = "Psychologist" }, "userId" },
        { "colleague and outsider at once", new { userId = "{colleague}", name = "Dana Wills", role = "Psychologist" }, "name" },
        { "role too long", new { name = "Dana Wills", role = new string('r', 101) }, "role" },
        { "joined in the future", new { name = "Dana Wills", role = "Psychologist", from = "2099-01-01" }, "from" },
    };

    [Theory]
    [MemberData(nameof(BadMembers))]
    [Trait("Req", "STF-06")]
    public async Task BadMember_IsRefused_AndNothingIsStored(string name, object body, string field)
    {
        var (officer, id, prison) = await PrisonerAsync();
        var colleague = await app.CreateUserAsync(Roles.CaseOfficer);
        await app.PlaceAtSiteAsync(colleague, prison);
        var colleagueId = await app.WithDbAsync(db => db.Users.Where(u => u.UserName == colleague).Select(u => u.Id).SingleAsync());
        var json = System.Text.Json.JsonSerializer.Serialize(body, JsonOptions).Replace("{colleague}", colleagueId);
        var response = await officer.PostAsync($"/api/v1/people/{id}/case-team", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));
        Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.UnprocessableEntity, $"{name}: {(int)response.StatusCode}");
        Assert.True((await response.JsonAsync()).GetProperty("errors").TryGetProperty(field, out _), name);
        Assert.False(await app.WithDbAsync(db => db.CaseTeams.AnyAsync(c => c.PersonId == Guid.Parse(id) && c.Members.Any())));
    }

    [Fact]
    [Trait("Req", "STF-06")]
    public async Task CaseTeamPage_AddsSomeoneOutsideTheService_AndShowsTheAllocatedOfficers()
    {
        var (_, id, prison) = await PrisonerAsync();
        var page = await app.SignedInClientAtSiteAsync(prison, Roles.CaseOfficer);
        var missing = await page.PostFormAsync($"/People/{id}/CaseTeam/Add", new() { ["Input.Name"] = "Dana Wills" });
        Assert.Contains("#Input_Role", (await missing.HtmlAsync()).QuerySelectorAll(".govuk-error-summary a").Select(a => a.GetAttribute("href")));
        var saved = await page.PostFormAsync($"/People/{id}/CaseTeam/Add", new() { ["Input.Name"] = "Dana Wills", ["Input.Organisation"] = "Cyrenian House", ["Input.Role"] = "AOD counsellor" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var team = await page.GetHtmlAsync($"/People/{id}/CaseTeam");
        Assert.Contains("AOD counsellor", team.QuerySelector("#case-team")!.TextContent);
        Assert.Contains("No officer is allocated", team.QuerySelector("main")!.TextContent);
        var reader = await app.SignedInClientAtSiteAsync(prison, Roles.PrisonOfficer);
        Assert.Null((await reader.GetHtmlAsync($"/People/{id}/CaseTeam")).QuerySelector("#case-team form"));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class CaseTeamOnSqlite(SqliteApp app) : CaseTeamTests(app);

[Collection(PostgresCollection.Name)]
public sealed class CaseTeamOnPostgres(PostgresApp app) : CaseTeamTests(app);
