using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Waypoint.Core.Security;
using Waypoint.Core.Staff;
using Waypoint.Web.Tests.Infrastructure;
using static Waypoint.Web.Tests.Infrastructure.HttpExtensions;

namespace Waypoint.Web.Tests.CaseNotes;

/// <summary>CON-05: case notes by any staff member, never edited or deleted, corrected by addenda; REC-02 for confidential ones.</summary>
public abstract class CaseNotesTests(AppFixture app)
{
    private static string Day(int daysAgo) => DateTime.UtcNow.Date.AddDays(-daysAgo).ToString("yyyy-MM-dd");

    private async Task<(string PersonId, Guid Prison)> PrisonerAsync()
    {
        var prison = await app.SiteAsync(SiteKind.Prison);
        var records = await app.ApiClientForRoleAsync(Roles.RecordsOfficer);
        var id = (await (await records.PostJsonAsync("/api/v1/people", NewPerson(UniqueName("Noted")))).JsonAsync()).GetProperty("id").GetString()!;
        await records.PostJsonAsync($"/api/v1/people/{id}/placements", new { siteId = prison, from = Day(20), permanent = true });
        return (id, prison);
    }

    private static async Task<List<JsonElement>> NotesAsync(HttpClient client, string personId, string query = "") =>
        (await (await client.GetAsync($"/api/v1/people/{personId}/notes{query}")).JsonAsync()).GetProperty("items").EnumerateArray().ToList();

    [Fact]
    [Trait("Req", "CON-05")]
    public async Task Note_IsNeverChanged_OnlyAddedTo_AndTheTimelineShowsItWithItsAddenda()
    {
        var (id, prison) = await PrisonerAsync();
        var officer = await app.ApiClientAtSiteAsync(prison, Roles.CaseOfficer);
        var written = await officer.PostJsonAsync($"/api/v1/people/{id}/notes", new { category = "Contact", occurredOn = Day(2), text = "Seen in the unit. Said he has work in the kitchen from Monday." });
        Assert.Equal(HttpStatusCode.Created, written.StatusCode);
        var note = await written.JsonAsync();
        var noteId = note.GetProperty("id").GetString();
        Assert.Equal(("Contact", "Standard", Day(2), "Test CaseOfficer"), (note.GetProperty("categoryName").GetString(), note.GetProperty("sensitivity").GetString(), note.GetProperty("occurredOn").GetString(), note.GetProperty("authorName").GetString()));

        // No edit, no delete: the API has no such methods, and the note is as written.
        foreach (var method in new[] { HttpMethod.Put, HttpMethod.Patch, HttpMethod.Delete })
        {
            var attempt = await officer.SendAsync(new HttpRequestMessage(method, $"/api/v1/people/{id}/notes/{noteId}") { Content = System.Net.Http.Json.JsonContent.Create(new { text = "Changed" }) });
            Assert.Equal(HttpStatusCode.MethodNotAllowed, attempt.StatusCode);
        }

        var leader = await app.ApiClientAtSiteAsync(prison, Roles.TeamLeader);
        var corrected = await leader.PostJsonAsync($"/api/v1/people/{id}/notes/{noteId}/addenda", new { text = "Correction: the kitchen work starts on Tuesday." });
        Assert.Equal(HttpStatusCode.Created, corrected.StatusCode);

        var read = await (await officer.GetAsync($"/api/v1/people/{id}/notes/{noteId}")).JsonAsync();
        Assert.Equal("Seen in the unit. Said he has work in the kitchen from Monday.", read.GetProperty("text").GetString());
        var addendum = Assert.Single(read.GetProperty("addenda").EnumerateArray());
        Assert.Equal(("Correction: the kitchen work starts on Tuesday.", "Test TeamLeader"), (addendum.GetProperty("text").GetString(), addendum.GetProperty("authorName").GetString()));

        var audit = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.PersonId == Guid.Parse(id) && a.RecordType == "CaseNote").OrderBy(a => a.Sequence).ToListAsync());
        Assert.Equal(["case-note.written", "case-note.addendum"], audit.Select(a => a.Action));
        Assert.All(audit, a => Assert.DoesNotContain("kitchen", a.Details ?? ""));
    }

    [Fact]
    [Trait("Req", "CON-05")]
    public async Task Timeline_IsNewestFirst_FiltersByCategory_AndPages()
    {
        var (id, prison) = await PrisonerAsync();
        var officer = await app.ApiClientAtSiteAsync(prison, Roles.CaseOfficer);
        await officer.PostJsonAsync($"/api/v1/people/{id}/notes", new { category = "Participation", occurredOn = Day(10), text = "Started the literacy course." });
        await officer.PostJsonAsync($"/api/v1/people/{id}/notes", new { category = "PositiveBehaviour", occurredOn = Day(1), text = "Helped a new arrival settle." });
        await officer.PostJsonAsync($"/api/v1/people/{id}/notes", new { category = "Participation", occurredOn = Day(5), text = "Missed one session, reason given." });

        Assert.Equal(["Helped a new arrival settle.", "Missed one session, reason given.", "Started the literacy course."],
            (await NotesAsync(officer, id)).Select(n => n.GetProperty("text").GetString()));
        Assert.Equal([Day(5), Day(10)], (await NotesAsync(officer, id, "?category=Participation")).Select(n => n.GetProperty("occurredOn").GetString()));

        var first = await (await officer.GetAsync($"/api/v1/people/{id}/notes?limit=2")).JsonAsync();
        var next = first.GetProperty("nextCursor").GetString()!;
        var second = await (await officer.GetAsync($"/api/v1/people/{id}/notes?limit=2&cursor={Uri.EscapeDataString(next)}")).JsonAsync();
        Assert.Equal("Started the literacy course.", Assert.Single(second.GetProperty("items").EnumerateArray()).GetProperty("text").GetString());
    }

    [Fact]
    [Trait("Req", "REC-02")]
    [Trait("Req", "CON-05")]
    public async Task ConfidentialNote_IsReadOnlyByItsAuthorAndThoseWhoGuardRecords_AndToOthersIsNotThere()
    {
        var (id, prison) = await PrisonerAsync();
        var authorName = await app.CreateUserAsync(Roles.CaseOfficer);
        await app.PlaceAtSiteAsync(authorName, prison);
        var author = await app.ApiClientForUserAsync(authorName);
        var written = await (await author.PostJsonAsync($"/api/v1/people/{id}/notes", new { category = "Risk", sensitivity = "Confidential", text = "Information from police about an associate." })).JsonAsync();
        var noteId = written.GetProperty("id").GetString();

        var colleague = await app.ApiClientAtSiteAsync(prison, Roles.CaseOfficer);
        Assert.Empty(await NotesAsync(colleague, id));
        var hidden = await colleague.GetAsync($"/api/v1/people/{id}/notes/{noteId}");
        var missing = await colleague.GetAsync($"/api/v1/people/{id}/notes/{Guid.NewGuid()}");
        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (hidden.StatusCode, missing.StatusCode));
        Assert.Equal((await missing.JsonAsync()).GetProperty("title").GetString(), (await hidden.JsonAsync()).GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await colleague.PostJsonAsync($"/api/v1/people/{id}/notes/{noteId}/addenda", new { text = "Seen" })).StatusCode);

        Assert.Single(await NotesAsync(author, id));
        foreach (var role in new[] { Roles.TeamLeader, Roles.RecordsOfficer })
        {
            var reader = role == Roles.RecordsOfficer ? await app.ApiClientForRoleAsync(role) : await app.ApiClientAtSiteAsync(prison, role);
            Assert.Equal("Confidential", Assert.Single(await NotesAsync(reader, id)).GetProperty("sensitivity").GetString());
        }
        var page = await app.SignedInClientAtSiteAsync(prison, Roles.CaseOfficer);
        Assert.DoesNotContain("associate", (await page.GetHtmlAsync($"/People/{id}/Notes")).QuerySelector("main")!.TextContent);
    }

    public static TheoryData<string, object, string> BadNotes => new()
    {
        { "no text", new { category = "General" }, "text" },
        { "blank text", new { category = "General", text = "   " }, "text" },
        { "no category", new { text = "Seen" }, "category" },
        { "unknown category", new { category = "Gossip", text = "Seen" }, "category" },
        { "category as a number", new { category = "3", text = "Seen" }, "category" },
        { "unknown sensitivity", new { category = "General", sensitivity = "Secret", text = "Seen" }, "sensitivity" },
        { "about the future", new { category = "General", text = "Seen", occurredOn = "2099-01-01" }, "occurredOn" },
        { "too long", new { category = "General", text = new string('x', 10_001) }, "text" },
    };

    [Theory]
    [MemberData(nameof(BadNotes))]
    [Trait("Req", "CON-05")]
    public async Task BadNote_IsRefused_AndNothingIsSaved(string name, object body, string field)
    {
        var (id, prison) = await PrisonerAsync();
        var officer = await app.ApiClientAtSiteAsync(prison, Roles.CaseOfficer);
        var response = await officer.PostJsonAsync($"/api/v1/people/{id}/notes", body);
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{name}: {(int)response.StatusCode}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True((await response.JsonAsync()).GetProperty("errors").TryGetProperty(field, out _), name);
        Assert.False(await app.WithDbAsync(db => db.CaseNotes.AnyAsync(n => n.PersonId == Guid.Parse(id))));
    }

    [Fact]
    [Trait("Req", "CON-05")]
    [Trait("Req", "REC-01")]
    public async Task AnAuditorReadsButCannotWrite_AndAnAdministratorSeesNoNotes()
    {
        var (id, prison) = await PrisonerAsync();
        var officer = await app.ApiClientAtSiteAsync(prison, Roles.PrisonOfficer);
        Assert.Equal(HttpStatusCode.Created, (await officer.PostJsonAsync($"/api/v1/people/{id}/notes", new { category = "Welfare", text = "Asked about a visit from his daughter." })).StatusCode);
        var auditor = await app.ApiClientForRoleAsync(Roles.Auditor);
        Assert.Single(await NotesAsync(auditor, id));
        Assert.Equal(HttpStatusCode.Forbidden, (await auditor.PostJsonAsync($"/api/v1/people/{id}/notes", new { category = "General", text = "x" })).StatusCode);
        var admin = await app.ApiClientForRoleAsync(Roles.Administrator);
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.GetAsync($"/api/v1/people/{id}/notes")).StatusCode);
    }

    [Fact]
    [Trait("Req", "CON-05")]
    public async Task NotesPages_WriteWithAnErrorSummary_ThenAddAnAddendum_AndFilterTheTimeline()
    {
        var (id, prison) = await PrisonerAsync();
        var page = await app.SignedInClientAtSiteAsync(prison, Roles.CaseOfficer);
        var form = await page.GetHtmlAsync($"/People/{id}/Notes/Write");
        Assert.Equal(DateTime.UtcNow.Day.ToString(System.Globalization.CultureInfo.InvariantCulture), form.QuerySelector("#OccurredOn_Day, input[name='OccurredOn.Day']")!.GetAttribute("value"));

        var missing = await page.PostFormAsync($"/People/{id}/Notes/Write", new() { ["OccurredOn.Day"] = "1", ["OccurredOn.Month"] = "1", ["OccurredOn.Year"] = "2026" });
        var errors = (await missing.HtmlAsync()).QuerySelectorAll(".govuk-error-summary a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("#Input_Category", errors);
        Assert.Contains("#Input_Text", errors);
        Assert.False(await app.WithDbAsync(db => db.CaseNotes.AnyAsync(n => n.PersonId == Guid.Parse(id))));

        var saved = await page.PostFormAsync($"/People/{id}/Notes/Write", new()
        {
            ["Input.Category"] = "NonCompliance", ["Input.Text"] = "Refused to attend the program session.", ["Input.Sensitivity"] = "Standard",
            ["OccurredOn.Day"] = "1", ["OccurredOn.Month"] = "1", ["OccurredOn.Year"] = "2026",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var noteId = await app.WithDbAsync(db => db.CaseNotes.Where(n => n.PersonId == Guid.Parse(id)).Select(n => n.Id).SingleAsync());
        var blank = await page.PostFormAsync($"/People/{id}/Notes/{noteId}/Addendum", new() { ["Input.Text"] = "" });
        Assert.Contains("#Input_Text", (await blank.HtmlAsync()).QuerySelectorAll(".govuk-error-summary a").Select(a => a.GetAttribute("href")));
        Assert.Equal(HttpStatusCode.Redirect, (await page.PostFormAsync($"/People/{id}/Notes/{noteId}/Addendum", new() { ["Input.Text"] = "He later said he had been unwell." })).StatusCode);

        var timeline = await page.GetHtmlAsync($"/People/{id}/Notes");
        var item = timeline.QuerySelector($"#note-{noteId}")!;
        Assert.Contains("Non-compliance", item.TextContent);
        Assert.Contains("1 January 2026", item.TextContent);
        Assert.Contains("Refused to attend the program session.", item.QuerySelector(".note-text")!.TextContent);
        Assert.Contains("He later said he had been unwell.", item.QuerySelector(".note-addendum")!.TextContent);
        Assert.Contains("0 entries", (await page.GetHtmlAsync($"/People/{id}/Notes?Category=Risk")).QuerySelector("#note-count")!.TextContent);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class CaseNotesOnSqlite(SqliteApp app) : CaseNotesTests(app);

[Collection(PostgresCollection.Name)]
public sealed class CaseNotesOnPostgres(PostgresApp app) : CaseNotesTests(app);
