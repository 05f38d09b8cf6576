using System.Net;
using Microsoft.EntityFrameworkCore;
using Waypoint.Core.Security;
using Waypoint.Core.Staff;
using Waypoint.Web.Tests.Infrastructure;

namespace Waypoint.Web.Tests.Contacts;

/// <summary>CON-02: an officer's appointments as an iCalendar feed at a secret, revocable address, naming people by initials and offender number only.</summary>
public abstract class DiaryFeedTests(AppFixture app)
{
    [Fact]
    [Trait("Req", "CON-02")]
    public async Task TheFeed_ShowsAppointmentsWithoutNames_AndStopsWhenRevokedOrReplaced()
    {
        var office = await app.SiteAsync(SiteKind.CommunityOffice);
        var team = await app.TeamAtAsync(office);
        var id = await app.PersonOnCommunityOrderAsync(office, 10, "Calendared");
        var officer = await app.ApiClientForUserAsync(team.OfficerName);
        var tomorrow = DateTime.UtcNow.Date.AddDays(1);
        (await officer.PostJsonAsync($"/api/v1/people/{id}/contacts", new { kind = "HomeVisit", on = tomorrow.ToString("yyyy-MM-dd"), at = "14:30", minutes = 60, place = "Home", purpose = "Check the new address after the alert" })).EnsureSuccessStatusCode();
        var person = await app.WithDbAsync(db => db.People.SingleAsync(p => p.Id == Guid.Parse(id)));

        Assert.False((await (await officer.GetAsync("/api/v1/diary/feed")).JsonAsync()).GetProperty("on").GetBoolean());
        var created = await officer.PostJsonAsync("/api/v1/diary/feed", new { });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var url = new Uri((await created.JsonAsync()).GetProperty("url").GetString()!);
        Assert.EndsWith(".ics", url.AbsolutePath);

        var anonymous = app.CreateClient();
        var response = await anonymous.GetAsync(url.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        var ics = await response.Content.ReadAsStringAsync();
        Assert.Contains("BEGIN:VCALENDAR", ics);
        Assert.Contains($"SUMMARY:Home visit: {person.GivenNames[0]}.{person.FamilyName[0]}. {person.OffenderNumber}", ics);
        Assert.Contains($"DTSTART:{tomorrow:yyyyMMdd}T143000", ics);
        Assert.DoesNotContain(person.FamilyName, ics);
        Assert.DoesNotContain("alert", ics);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "diary-feed.read" && a.UserId == team.OfficerId)));

        // A new address replaces the old; turning it off stops it.
        var second = new Uri((await (await officer.PostJsonAsync("/api/v1/diary/feed", new { })).JsonAsync()).GetProperty("url").GetString()!);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(url.PathAndQuery)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(second.PathAndQuery)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await officer.DeleteAsync("/api/v1/diary/feed")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(second.PathAndQuery)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/diary/feed/guessed.ics")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ApiClientForRoleAsync(Roles.RecordsOfficer)).PostJsonAsync("/api/v1/diary/feed", new { })).StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class DiaryFeedOnSqlite(SqliteApp app) : DiaryFeedTests(app);

[Collection(PostgresCollection.Name)]
public sealed class DiaryFeedOnPostgres(PostgresApp app) : DiaryFeedTests(app);
