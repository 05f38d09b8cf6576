using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Waypoint.Core.Security;
using Waypoint.Core.Staff;
using Waypoint.Web.Tests.Infrastructure;
using static Waypoint.Web.Tests.Infrastructure.HttpExtensions;

namespace Waypoint.Web.Tests.Contacts;

/// <summary>CON-03, CON-04 (COPP 10.3): the case officer's Primary and Regular Contact Reports, through the API.</summary>
public abstract class ContactReportsTests(AppFixture app)
{
    private static string Day(int fromToday) => DateTime.UtcNow.Date.AddDays(fromToday).ToString("yyyy-MM-dd");

    private static readonly string[] Items = ["CareAndWellbeing", "KnowsRoutine", "FamilyContact", "WorkOrEducation", "OffendingBehaviour"];

    /// <summary>A prisoner received 20 days ago, IMP approved 18 days ago, allocated to a case officer 15 days ago; with the officer's client.</summary>
    private async Task<(string Id, HttpClient Officer)> AllocatedPrisonerAsync()
    {
        var prison = await app.SiteAsync(SiteKind.Prison);
        var records = await app.ApiClientForRoleAsync(Roles.RecordsOfficer);
        var id = (await (await records.PostJsonAsync("/api/v1/people", NewPerson(UniqueName("Reported")))).JsonAsync()).GetProperty("id").GetString()!;
        var start = DateTime.UtcNow.Date.AddDays(-20);
        (await records.PostJsonAsync($"/api/v1/people/{id}/orders", new
        {
            policyPack = "prisons", orderType = "Imprisonment", issuingAuthority = "WA District Court",
            dates = new { sentenceDate = start.ToString("yyyy-MM-dd"), start = start.ToString("yyyy-MM-dd"), expiry = start.AddMonths(48).ToString("yyyy-MM-dd"), earliestEligibilityDate = start.AddMonths(24).ToString("yyyy-MM-dd") },
        })).EnsureSuccessStatusCode();
        (await records.PostJsonAsync($"/api/v1/people/{id}/placements", new { siteId = prison, from = Day(-20), permanent = true })).EnsureSuccessStatusCode();
        await app.ApprovedImpAsync(id, Day(-18));
        var officerName = await app.CreateUserAsync(Roles.CaseOfficer);
        await app.PlaceAtSiteAsync(officerName, prison);
        var officerId = await app.WithDbAsync(db => db.Users.Where(u => u.UserName == officerName).Select(u => u.Id).SingleAsync());
        var coordinator = await app.ApiClientAtSiteAsync(prison, Roles.CaseManagementCoordinator);
        (await coordinator.PostJsonAsync($"/api/v1/people/{id}/allocations", new { kind = "CaseOfficer", officerUserId = officerId, from = Day(-15), reason = "On arrival" })).EnsureSuccessStatusCode();
        return (id, await app.ApiClientForUserAsync(officerName));
    }

    private static async Task<JsonElement> Expect(HttpStatusCode status, Task<HttpResponseMessage> call)
    {
        var response = await call;
        var body = await response.JsonAsync();
        Assert.True(response.StatusCode == status, $"{(int)response.StatusCode}: {body}");
        return body;
    }

    private async Task<List<JsonElement>> ObligationsAsync(string id, string kind) =>
        [.. (await (await (await app.ApiClientForRoleAsync(Roles.RecordsOfficer)).GetAsync($"/api/v1/people/{id}/obligations")).JsonAsync())
            .EnumerateArray().Where(o => o.GetProperty("kind").GetString() == kind).OrderBy(o => o.GetProperty("dueOn").GetString())];

    [Fact]
    [Trait("Req", "CON-03")]
    public async Task ThePrimaryContactReport_AnswersTheFiveItems_AndMeetsItsObligation()
    {
        var (id, officer) = await AllocatedPrisonerAsync();
        var due = Assert.Single(await ObligationsAsync(id, "PrimaryContactReport"));
        Assert.Equal(Day(-1), due.GetProperty("dueOn").GetString());
        Assert.Equal("Overdue", due.GetProperty("status").GetString());

        var started = await Expect(HttpStatusCode.Created, officer.PostJsonAsync($"/api/v1/people/{id}/contact-reports", new { kind = "Primary" }));
        Assert.Equal(5, started.GetProperty("content").GetProperty("items").GetArrayLength());
        var url = $"/api/v1/people/{id}/contact-reports/{started.GetProperty("id").GetString()}";
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await officer.PostJsonAsync($"/api/v1/people/{id}/contact-reports", new { kind = "Primary" })).StatusCode);
        var incomplete = await Expect(HttpStatusCode.BadRequest, officer.PostJsonAsync($"{url}/complete", new { }));
        Assert.True(incomplete.GetProperty("errors").TryGetProperty("items.FamilyContact.answer", out _));

        Assert.Equal(HttpStatusCode.PreconditionRequired, (await officer.PutJsonAsync(url, new { items = Array.Empty<object>() })).StatusCode);
        var badAnswer = await Expect(HttpStatusCode.BadRequest, officer.PutJsonAsync(url, new { items = new[] { new { item = "KnowsRoutine", answer = "Maybe" } } }, "\"1\""));
        Assert.True(badAnswer.GetProperty("errors").TryGetProperty("items[0].answer", out _));
        var content = new { items = Items.Select(i => new { item = i, answer = i == "WorkOrEducation" ? "No" : "Yes", comments = $"Discussed {i} at the first interview" }) };
        await Expect(HttpStatusCode.OK, officer.PutJsonAsync(url, content, "\"1\""));
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await officer.PutJsonAsync(url, content, "\"1\"")).StatusCode);
        var completed = await Expect(HttpStatusCode.OK, officer.PostJsonAsync($"{url}/complete", new { }));
        Assert.Equal(("Completed", Day(0)), (completed.GetProperty("status").GetString(), completed.GetProperty("completedOn").GetString()));
        Assert.Equal(Day(0), Assert.Single(await ObligationsAsync(id, "PrimaryContactReport")).GetProperty("metOn").GetString());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await officer.PutJsonAsync(url, content, "\"3\"")).StatusCode);
    }

    [Fact]
    [Trait("Req", "CON-04")]
    public async Task AnExtraRegularReport_DoesNotCountAsTheScheduledOne_ButAScheduledOneDoes()
    {
        var (id, officer) = await AllocatedPrisonerAsync();
        var regular = new
        {
            impProgress = "Attending the AOD program; on the education waitlist", standards = "No incidents; works in the kitchen",
            reintegration = "Told about home leave eligibility and what the application needs",
            applications = new[] { new { activity = "HomeLeave", stage = "Informed", notes = "Eligible next year" } }, briefedOnRelease = true,
        };
        async Task CompleteAsync(bool extra)
        {
            var started = await Expect(HttpStatusCode.Created, officer.PostJsonAsync($"/api/v1/people/{id}/contact-reports", new { kind = "Regular", extra }));
            var url = $"/api/v1/people/{id}/contact-reports/{started.GetProperty("id").GetString()}";
            await Expect(HttpStatusCode.OK, officer.PutJsonAsync(url, regular, "\"1\""));
            await Expect(HttpStatusCode.OK, officer.PostJsonAsync($"{url}/complete", new { }));
        }

        await CompleteAsync(extra: true);
        var step = (await ObligationsAsync(id, "RegularContactReport"))[0];
        Assert.Equal(JsonValueKind.Null, step.GetProperty("metOn").ValueKind);
        Assert.Contains("does not replace a scheduled one", step.GetProperty("ruleSource").GetString());
        // CON-07: the briefing recorded in the report meets the release briefing.
        Assert.Equal(Day(0), Assert.Single(await ObligationsAsync(id, "ReleaseBriefing")).GetProperty("metOn").GetString());

        await CompleteAsync(extra: false);
        Assert.Equal(Day(0), (await ObligationsAsync(id, "RegularContactReport"))[0].GetProperty("metOn").GetString());
        var list = await Expect(HttpStatusCode.OK, officer.GetAsync($"/api/v1/people/{id}/contact-reports"));
        Assert.Equal(["Regular Contact Report", "Regular Contact Report (extra)"], list.EnumerateArray().Select(r => r.GetProperty("kindName").GetString()));
    }

    [Fact]
    [Trait("Req", "CON-03")]
    public async Task OnlyForSomeoneInPrison_AndOnlyByTheCaseOfficersRoles()
    {
        var records = await app.ApiClientForRoleAsync(Roles.RecordsOfficer);
        var free = (await (await records.PostJsonAsync("/api/v1/people", NewPerson(UniqueName("Free")))).JsonAsync()).GetProperty("id").GetString();
        var officer = await app.ApiClientAsync(Roles.CaseOfficer);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await officer.PostJsonAsync($"/api/v1/people/{free}/contact-reports", new { kind = "Primary" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await officer.PostJsonAsync($"/api/v1/people/{free}/contact-reports", new { kind = "Weekly" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await records.PostJsonAsync($"/api/v1/people/{free}/contact-reports", new { kind = "Primary" })).StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.ContactReports.CountAsync(r => r.PersonId == Guid.Parse(free!))));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ContactReportsOnSqlite(SqliteApp app) : ContactReportsTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ContactReportsOnPostgres(PostgresApp app) : ContactReportsTests(app);
