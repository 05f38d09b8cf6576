using System.Net;
using Microsoft.EntityFrameworkCore;
using Waypoint.Core.Security;
using Waypoint.Core.Staff;
using Waypoint.Web.Tests.Infrastructure;

namespace Waypoint.Web.Tests.Staff;

public abstract class SitesTests(AppFixture app)
{
    private async Task<(Site Site, Team Team)> CreateSiteAsync()
    {
        var site = Site.Create($"T-{Guid.NewGuid():N}"[..12], "Test Regional Prison " + Guid.NewGuid().ToString("N")[..4], SiteKind.Prison, "WA", "Australia/Perth");
        var team = Team.Create("Case Management Unit", site.Id, null);
        await app.WithDbAsync(db =>
        {
            db.Sites.Add(site);
            db.Teams.Add(team);
            return db.SaveChangesAsync();
        });
        return (site, team);
    }

    [Fact]
    [Trait("Req", "STF-01")]
    public async Task SitesAndTeams_ShowTheirLeaderAndStaff_OnThePageAndInTheApi()
    {
        var (site, team) = await CreateSiteAsync();
        var leader = await app.CreateUserAsync(Roles.TeamLeader);
        var officer = await app.CreateUserAsync(Roles.CaseOfficer);
        await app.WithDbAsync(async db =>
        {
            var leaderId = await db.Users.Where(u => u.UserName == leader).Select(u => u.Id).SingleAsync();
            await AppFixture.AppointTeamLeaderAsync(db, db.Teams.Where(t => t.Id == team.Id), leaderId);
            foreach (var user in await db.Users.Where(u => u.UserName == leader || u.UserName == officer).ToListAsync())
            {
                user.TeamId = team.Id;
            }
            return await db.SaveChangesAsync();
        });

        var api = await app.ApiClientForRoleAsync(Roles.PrisonOfficer);
        var sites = await (await api.GetAsync("/api/v1/sites")).JsonAsync();
        var listed = sites.EnumerateArray().Single(s => s.GetProperty("id").GetString() == site.Id.ToString());
        Assert.Equal("Prison", listed.GetProperty("kind").GetString());
        Assert.Equal("Australia/Perth", listed.GetProperty("timeZone").GetString());
        Assert.Matches(@"^prisons \d{4}\.\d+$", listed.GetProperty("policyPack").GetString());
        var listedTeam = listed.GetProperty("teams")[0];
        Assert.Equal("Test " + Roles.TeamLeader, listedTeam.GetProperty("teamLeader").GetString());
        Assert.Equal(2, listedTeam.GetProperty("members").GetInt32());

        var page = await (await app.PageClientForRoleAsync(Roles.CaseOfficer)).GetHtmlAsync("/Staff/Sites");
        Assert.Contains(site.Name, page.QuerySelector("main")!.TextContent);
    }

    [Fact]
    [Trait("Req", "STF-01")]
    public async Task Administrator_PutsAnAccountInATeam_AndATamperedTeamIsRefused()
    {
        var (_, team) = await CreateSiteAsync();
        var name = await app.CreateUserAsync(Roles.CaseOfficer);
        var id = await app.WithDbAsync(db => db.Users.Where(u => u.UserName == name).Select(u => u.Id).SingleAsync());
        var admin = await app.SignedInClientAsync(Roles.Administrator);

        var tampered = await admin.PostFormAsync($"/Admin/Users/{id}", new() { ["Input.DisplayName"] = "Moved Officer", ["Input.Roles"] = Roles.CaseOfficer, ["Input.Team"] = Guid.NewGuid().ToString() });
        Assert.Equal(HttpStatusCode.OK, tampered.StatusCode);
        Assert.Contains("Select a team from the list", (await tampered.HtmlAsync()).QuerySelector(".govuk-error-summary")!.TextContent);

        var moved = await admin.PostFormAsync($"/Admin/Users/{id}", new() { ["Input.DisplayName"] = "Moved Officer", ["Input.Roles"] = Roles.CaseOfficer, ["Input.Team"] = team.Id.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        Assert.Equal(team.Id, await app.WithDbAsync(db => db.Users.Where(u => u.Id == id).Select(u => u.TeamId).SingleAsync()));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SitesOnSqlite(SqliteApp app) : SitesTests(app);

[Collection(PostgresCollection.Name)]
public sealed class SitesOnPostgres(PostgresApp app) : SitesTests(app);
