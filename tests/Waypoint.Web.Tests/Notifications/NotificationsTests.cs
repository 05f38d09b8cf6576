using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Waypoint.Core.Security;
using Waypoint.Core.Staff;
using Waypoint.Web.Tests.Infrastructure;
using static Waypoint.Web.Tests.Infrastructure.HttpExtensions;

namespace Waypoint.Web.Tests.Notifications;

/// <summary>NTF-01, ASM-05: staff are told of allocations, risk changes and notes others add to their cases; never of their own actions.</summary>
public abstract class NotificationsTests(AppFixture app)
{
    private static async Task<List<JsonElement>> UnreadAsync(HttpClient client) =>
        (await (await client.GetAsync("/api/v1/notifications?unread=true&limit=100")).JsonAsync()).GetProperty("items").EnumerateArray().ToList();

    [Fact]
    [Trait("Req", "NTF-01")]
    [Trait("Req", "ASM-05")]
    public async Task Officer_IsToldOfAllocationAndNotes_TeamLeader_OfARiskChange_NobodyOfTheirOwnAction()
    {
        var office = await app.SiteAsync(SiteKind.CommunityOffice);
        var (leaderName, _, officerName, officerId) = await app.TeamAtAsync(office);
        var id = await app.PersonOnCommunityOrderAsync(office, 10, "Notified");
        var number = await app.WithDbAsync(db => db.People.Where(p => p.Id == Guid.Parse(id)).Select(p => p.OffenderNumber).SingleAsync());
        var leader = await app.ApiClientForUserAsync(leaderName);
        var officer = await app.ApiClientForUserAsync(officerName);

        await leader.PostJsonAsync($"/api/v1/people/{id}/allocations", new { kind = "ResponsibleOfficer", officerUserId = officerId, reason = "New order" });
        var allocated = Assert.Single(await UnreadAsync(officer));
        Assert.Equal(("Allocation", $"/People/{id}"), (allocated.GetProperty("kind").GetString(), allocated.GetProperty("link").GetString()));
        Assert.StartsWith($"{number} was allocated to you as responsible officer", allocated.GetProperty("text").GetString());
        Assert.DoesNotContain("Notified", allocated.GetProperty("text").GetString());
        Assert.Empty(await UnreadAsync(leader));

        // Notes: the officer hears of the leader's standard note, not of their own, nor of a note they may not read.
        await officer.PostJsonAsync($"/api/v1/people/{id}/notes", new { category = "Contact", text = "Reported on time." });
        await leader.PostJsonAsync($"/api/v1/people/{id}/notes", new { category = "Risk", sensitivity = "Confidential", text = "Police intelligence." });
        await leader.PostJsonAsync($"/api/v1/people/{id}/notes", new { category = "General", text = "Spoke to the person's employer." });
        var notes = (await UnreadAsync(officer)).Where(n => n.GetProperty("kind").GetString() == "NoteAdded").ToList();
        Assert.Equal($"Test TeamLeader added a general note to {number}", Assert.Single(notes).GetProperty("text").GetString());

        // ASM-05: the officer's assessment changes the risk; their team leader is told, they are not.
        var lsir = await (await officer.PostJsonAsync($"/api/v1/people/{id}/assessments", new { tool = "LsiRSv", answers = new { items = new[] { 1, 1, 1, 1, 0, 0, 0, 0 } } })).JsonAsync();
        await officer.PostJsonAsync($"/api/v1/people/{id}/assessments/{lsir.GetProperty("id").GetString()}/complete", new { });
        var risk = Assert.Single(await UnreadAsync(leader));
        Assert.Equal($"Risk of reoffending for {number} is now medium (was not assessed)", risk.GetProperty("text").GetString());
        Assert.DoesNotContain(await UnreadAsync(officer), n => n.GetProperty("kind").GetString() == "RiskChanged");

        // Reading: one, then all; someone else's notification is not found.
        var read = await (await leader.PostJsonAsync($"/api/v1/notifications/{risk.GetProperty("id").GetString()}/read", new { })).JsonAsync();
        Assert.Equal(JsonValueKind.String, read.GetProperty("readAt").ValueKind);
        Assert.Empty(await UnreadAsync(leader));
        Assert.Equal(HttpStatusCode.NotFound, (await leader.PostJsonAsync($"/api/v1/notifications/{allocated.GetProperty("id").GetString()}/read", new { })).StatusCode);
        Assert.Equal(2, (await (await officer.PostJsonAsync("/api/v1/notifications/read-all", new { })).JsonAsync()).GetProperty("marked").GetInt32());
        Assert.Empty(await UnreadAsync(officer));
    }

    [Fact]
    [Trait("Req", "NTF-01")]
    public async Task NotificationsPage_ShowsTheUnreadCount_AndOpeningOneMarksItReadAndGoesToItsRecord()
    {
        var office = await app.SiteAsync(SiteKind.CommunityOffice);
        var (_, _, officerName, officerId) = await app.TeamAtAsync(office);
        var id = await app.PersonOnCommunityOrderAsync(office, 10, "Badge");
        var leader = await app.ApiClientAtSiteAsync(office, Roles.TeamLeader);
        await leader.PostJsonAsync($"/api/v1/people/{id}/allocations", new { kind = "ResponsibleOfficer", officerUserId = officerId, reason = "New order" });

        var page = await app.SignInAsync(officerName);
        var home = await page.GetHtmlAsync("/");
        Assert.Equal("1 unread", home.QuerySelector("#notifications-link .moj-notification-badge")!.TextContent);
        var list = await page.GetHtmlAsync("/Notifications");
        Assert.Contains("1 unread notification", list.QuerySelector("#notification-count")!.TextContent);
        var notificationId = await app.WithDbAsync(db => db.Notifications.Where(n => n.RecipientUserId == officerId).Select(n => n.Id).SingleAsync());
        var opened = await page.PostFormAsync("/Notifications", new(), handler: $"Open&notificationId={notificationId}");
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        Assert.Equal($"/People/{id}", opened.Headers.Location!.ToString());
        var badge = (await page.GetHtmlAsync("/")).QuerySelector("#notifications-link .moj-notification-badge");
        Assert.True(badge is null, badge?.OuterHtml);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class NotificationsOnSqlite(SqliteApp app) : NotificationsTests(app);

[Collection(PostgresCollection.Name)]
public sealed class NotificationsOnPostgres(PostgresApp app) : NotificationsTests(app);
