using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Waypoint.Core.Security;
using Waypoint.Core.Staff;
using Waypoint.Web.Tests.Infrastructure;

namespace Waypoint.Web.Tests.Contacts;

/// <summary>CON-01, CON-02, ENF-01, ENF-02, BYD-02: appointments, their outcomes, inductions and apparent non-compliance, through the API.</summary>
public abstract class ContactsTests(AppFixture app)
{
    private static string Day(int fromToday) => DateTime.UtcNow.Date.AddDays(fromToday).ToString("yyyy-MM-dd");

    /// <summary>A person supervised for ten days at a new office, with their officer's client.</summary>
    private async Task<(string Id, HttpClient Officer, string OfficerId)> SupervisedAsync()
    {
        var office = await app.SiteAsync(SiteKind.CommunityOffice);
        var team = await app.TeamAtAsync(office);
        var id = await app.PersonOnCommunityOrderAsync(office, 10, "Contacted");
        return (id, await app.ApiClientForUserAsync(team.OfficerName), team.OfficerId);
    }

    private static async Task<JsonElement> Expect(HttpStatusCode status, Task<HttpResponseMessage> call)
    {
        var response = await call;
        var body = await response.JsonAsync();
        Assert.True(response.StatusCode == status, $"{(int)response.StatusCode}: {body}");
        return body;
    }

    private async Task<JsonElement> ObligationAsync(string id, string kind) =>
        (await (await (await app.ApiClientForRoleAsync(Roles.RecordsOfficer)).GetAsync($"/api/v1/people/{id}/obligations")).JsonAsync())
            .EnumerateArray().Where(o => o.GetProperty("kind").GetString() == kind).OrderBy(o => o.GetProperty("dueOn").GetString()).Last();

    [Fact]
    [Trait("Req", "CON-02")]
    [Trait("Req", "ENF-01")]
    public async Task AFailedAttendance_RecordsAnApparentNonComplianceAwaitingVerification()
    {
        var (id, officer, _) = await SupervisedAsync();
        var booked = await Expect(HttpStatusCode.Created, officer.PostJsonAsync($"/api/v1/people/{id}/contacts", new { kind = "Office", on = Day(0), at = "9:30", minutes = 45, place = "Civic office, room 2", purpose = "Weekly supervision" }));
        Assert.Equal(("09:30", "Office appointment", true, JsonValueKind.Null), (booked.GetProperty("at").GetString(), booked.GetProperty("kindName").GetString(), booked.GetProperty("booked").GetBoolean(), booked.GetProperty("outcome").ValueKind));
        // With one supervised order, the appointment is under it.
        Assert.Equal(JsonValueKind.String, booked.GetProperty("orderId").ValueKind);
        var url = $"/api/v1/people/{id}/contacts/{booked.GetProperty("id").GetString()}";

        var failed = await Expect(HttpStatusCode.OK, officer.PostJsonAsync($"{url}/outcome", new { outcome = "FailedToAttend" }));
        Assert.Equal("Failed to attend", failed.GetProperty("contact").GetProperty("outcomeName").GetString());
        var ncId = failed.GetProperty("nonComplianceId").GetString();
        var record = await Expect(HttpStatusCode.OK, officer.GetAsync($"/api/v1/people/{id}/non-compliance/{ncId}"));
        Assert.Equal("AwaitingVerification", record.GetProperty("status").GetString());
        Assert.StartsWith("Failed to attend: office appointment on ", record.GetProperty("concerning").GetString());
        Assert.EndsWith("at 9:30am", record.GetProperty("concerning").GetString());
        Assert.Equal(booked.GetProperty("id").GetString(), record.GetProperty("contactId").GetString());
        var verify = await ObligationAsync(id, "VerifyNonCompliance");
        Assert.Equal(record.GetProperty("decideBy").GetString(), verify.GetProperty("dueOn").GetString());
        Assert.Equal("non-compliance-verification", verify.GetProperty("ruleId").GetString());
        // The obligation leads to the record to verify.
        Assert.Equal($"/People/{id}/Enforcement/{ncId}", verify.GetProperty("href").GetString());

        var twice = await Expect(HttpStatusCode.UnprocessableEntity, officer.PostJsonAsync($"{url}/outcome", new { outcome = "Attended" }));
        Assert.Equal("The outcome is already recorded: failed to attend", twice.GetProperty("detail").GetString());
        Assert.Equal(1, await app.WithDbAsync(db => db.NonCompliances.CountAsync(n => n.PersonId == Guid.Parse(id))));
    }

    [Fact]
    [Trait("Req", "CON-02")]
    public async Task AKeptContact_MeetsTheContactDue_ButAProgramSessionDoesNot()
    {
        var (id, officer, _) = await SupervisedAsync();
        var due = await ObligationAsync(id, "Contact");
        Assert.Equal(JsonValueKind.Null, due.GetProperty("metOn").ValueKind);
        await Expect(HttpStatusCode.Created, officer.PostJsonAsync($"/api/v1/people/{id}/contacts", new { kind = "Program", on = Day(-1), at = "13:00", minutes = 120, outcome = "Attended" }));
        Assert.Equal(JsonValueKind.Null, (await ObligationAsync(id, "Contact")).GetProperty("metOn").ValueKind);

        var call = await Expect(HttpStatusCode.Created, officer.PostJsonAsync($"/api/v1/people/{id}/contacts", new { kind = "Phone", on = Day(0), at = "2:15pm", minutes = 15, outcome = "Attended", notes = "Checked in about the job interview" }));
        Assert.Equal(("Attended", false), (call.GetProperty("outcome").GetString(), call.GetProperty("booked").GetBoolean()));
        var met = (await (await (await app.ApiClientForRoleAsync(Roles.RecordsOfficer)).GetAsync($"/api/v1/people/{id}/obligations")).JsonAsync())
            .EnumerateArray().Single(o => o.GetProperty("kind").GetString() == "Contact" && o.GetProperty("metOn").ValueKind != JsonValueKind.Null);
        Assert.Equal(Day(0), met.GetProperty("metOn").GetString());
        Assert.StartsWith("Phone call on ", met.GetProperty("metBy").GetString());
    }

    [Fact]
    [Trait("Req", "CON-02")]
    public async Task BadOutcomes_AreRefusedSayingWhy_AndChangeNothing()
    {
        var (id, officer, _) = await SupervisedAsync();
        var tomorrow = await Expect(HttpStatusCode.Created, officer.PostJsonAsync($"/api/v1/people/{id}/contacts", new { kind = "HomeVisit", on = Day(1), at = "11:00", minutes = 60 }));
        var url = $"/api/v1/people/{id}/contacts/{tomorrow.GetProperty("id").GetString()}";

        var unknown = await Expect(HttpStatusCode.BadRequest, officer.PostJsonAsync($"{url}/outcome", new { outcome = "Vanished" }));
        Assert.True(unknown.GetProperty("errors").TryGetProperty("outcome", out _));
        var early = await Expect(HttpStatusCode.UnprocessableEntity, officer.PostJsonAsync($"{url}/outcome", new { outcome = "FailedToAttend" }));
        Assert.StartsWith("The appointment is on ", early.GetProperty("detail").GetString());
        var noEvidence = await Expect(HttpStatusCode.UnprocessableEntity, officer.PostJsonAsync($"{url}/outcome", new { outcome = "AcceptableAbsence" }));
        Assert.True(noEvidence.GetProperty("errors").TryGetProperty("evidence", out _));
        var noDay = await Expect(HttpStatusCode.BadRequest, officer.PostJsonAsync($"{url}/outcome", new { outcome = "Rescheduled", rescheduleAt = "25:00" }));
        Assert.True(noDay.GetProperty("errors").TryGetProperty("rescheduleOn", out _) && noDay.GetProperty("errors").TryGetProperty("rescheduleAt", out _));
        var badBooking = await Expect(HttpStatusCode.BadRequest, officer.PostJsonAsync($"/api/v1/people/{id}/contacts", new { kind = "Office", on = Day(1), at = "noon", minutes = 30, orderId = Guid.NewGuid() }));
        Assert.True(badBooking.GetProperty("errors").TryGetProperty("at", out _) && badBooking.GetProperty("errors").TryGetProperty("orderId", out _));
        var past = await Expect(HttpStatusCode.UnprocessableEntity, officer.PostJsonAsync($"/api/v1/people/{id}/contacts", new { kind = "Office", on = Day(-1), at = "10:00", minutes = 30 }));
        Assert.True(past.GetProperty("errors").TryGetProperty("on", out _));
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await officer.PostJsonAsync($"{url}/outcome", new { outcome = "CancelledByService", notes = "Officer sick" }, "\"7\"")).StatusCode);
        Assert.Equal(1, await app.WithDbAsync(db => db.Contacts.CountAsync(c => c.PersonId == Guid.Parse(id))));
        Assert.Equal(JsonValueKind.Null, (await Expect(HttpStatusCode.OK, officer.GetAsync(url))).GetProperty("outcome").ValueKind);

        var moved = await Expect(HttpStatusCode.OK, officer.PostJsonAsync($"{url}/outcome", new { outcome = "Rescheduled", rescheduleOn = Day(3), rescheduleAt = "14:00", notes = "Asked to move: job interview" }));
        Assert.Equal(("Rescheduled", Day(3), "14:00"), (moved.GetProperty("contact").GetProperty("outcome").GetString(), moved.GetProperty("rescheduledTo").GetProperty("on").GetString(), moved.GetProperty("rescheduledTo").GetProperty("at").GetString()));
    }

    [Fact]
    [Trait("Req", "CON-02")]
    public async Task TheDiary_ShowsTheOfficersOwnAppointmentsInTimeOrder()
    {
        var (id, officer, _) = await SupervisedAsync();
        await Expect(HttpStatusCode.Created, officer.PostJsonAsync($"/api/v1/people/{id}/contacts", new { kind = "Office", on = Day(2), at = "15:00", minutes = 30 }));
        await Expect(HttpStatusCode.Created, officer.PostJsonAsync($"/api/v1/people/{id}/contacts", new { kind = "Video", on = Day(2), at = "09:00", minutes = 30 }));
        await Expect(HttpStatusCode.Created, officer.PostJsonAsync($"/api/v1/people/{id}/contacts", new { kind = "Office", on = Day(9), at = "09:00", minutes = 30 }));
        var week = (await Expect(HttpStatusCode.OK, officer.GetAsync($"/api/v1/diary?from={Day(0)}&to={Day(6)}"))).EnumerateArray().ToList();
        Assert.Equal(["Video", "Office"], week.Select(e => e.GetProperty("kind").GetString()));
        Assert.All(week, e => Assert.Equal(id, e.GetProperty("personId").GetString()));
        Assert.Empty((await Expect(HttpStatusCode.OK, (await app.ApiClientAsync(Roles.CaseOfficer)).GetAsync($"/api/v1/diary?from={Day(0)}&to={Day(6)}"))).EnumerateArray());
        Assert.Equal(HttpStatusCode.BadRequest, (await officer.GetAsync($"/api/v1/diary?from={Day(0)}&to={Day(40)}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ApiClientForRoleAsync(Roles.RecordsOfficer)).GetAsync("/api/v1/diary")).StatusCode);
    }

    [Fact]
    [Trait("Req", "CON-02")]
    public async Task ATeamLeader_BooksIntoTheDiaryOfAnOfficerInTheirTeam_AndIntoNobodyElses()
    {
        var office = await app.SiteAsync(SiteKind.CommunityOffice);
        var team = await app.TeamAtAsync(office);
        var id = await app.PersonOnCommunityOrderAsync(office, 10, "Covered");
        var leader = await app.ApiClientForUserAsync(team.LeaderName);
        var officer = await app.ApiClientForUserAsync(team.OfficerName);
        (await leader.PostJsonAsync($"/api/v1/people/{id}/allocations", new { kind = "ResponsibleOfficer", officerUserId = team.OfficerId, reason = "New order" })).EnsureSuccessStatusCode();

        // The page offers the leader's own diary and their officers'; the person's officer is chosen.
        var form = await (await app.SignInAsync(team.LeaderName)).GetHtmlAsync($"/People/{id}/Contacts/New");
        Assert.Equal(team.OfficerId, form.QuerySelector("#Input_OfficerUserId option[selected]")!.GetAttribute("value"));
        Assert.Null((await (await app.SignInAsync(team.OfficerName)).GetHtmlAsync($"/People/{id}/Contacts/New")).QuerySelector("#Input_OfficerUserId"));

        var booked = await Expect(HttpStatusCode.Created, leader.PostJsonAsync($"/api/v1/people/{id}/contacts", new { kind = "HomeVisit", on = Day(1), at = "11:00", minutes = 60, officerUserId = team.OfficerId }));
        var diary = await Expect(HttpStatusCode.OK, officer.GetAsync($"/api/v1/diary?from={Day(0)}&to={Day(6)}"));
        Assert.Equal([booked.GetProperty("id").GetString()], diary.EnumerateArray().Select(e => e.GetProperty("contactId").GetString()));
        Assert.Empty((await Expect(HttpStatusCode.OK, leader.GetAsync($"/api/v1/diary?from={Day(0)}&to={Day(6)}"))).EnumerateArray());

        // Not into the diary of an officer in another team; an officer books only into their own.
        var elsewhere = await app.TeamAtAsync(await app.SiteAsync(SiteKind.CommunityOffice));
        var refused = await Expect(HttpStatusCode.UnprocessableEntity, leader.PostJsonAsync($"/api/v1/people/{id}/contacts", new { kind = "Office", on = Day(1), at = "09:00", minutes = 30, officerUserId = elsewhere.OfficerId }));
        Assert.True(refused.GetProperty("errors").TryGetProperty("officerUserId", out _));
        await Expect(HttpStatusCode.UnprocessableEntity, officer.PostJsonAsync($"/api/v1/people/{id}/contacts", new { kind = "Office", on = Day(1), at = "09:00", minutes = 30, officerUserId = team.LeaderId }));
        Assert.Equal(1, await app.WithDbAsync(db => db.Contacts.CountAsync(c => c.PersonId == Guid.Parse(id))));
    }

    [Fact]
    [Trait("Req", "CON-01")]
    public async Task TheInduction_IsCompleteWhenEveryTopicIsExplainedAndUnderstood_AndMeetsItsObligation()
    {
        var (id, officer, _) = await SupervisedAsync();
        var due = await ObligationAsync(id, "Induction");
        Assert.Equal(("induction", JsonValueKind.Null), (due.GetProperty("ruleId").GetString(), due.GetProperty("metOn").ValueKind));
        var card = (await (await app.PageClientForRoleAsync(Roles.RecordsOfficer)).GetHtmlAsync($"/People/{id}/Obligations"))
            .QuerySelector($"#obligation-{due.GetProperty("key").GetString()!.Replace(':', '-')}")!;
        Assert.Equal($"/People/{id}/Induction", card.QuerySelectorAll("a").Single(a => a.TextContent.StartsWith("Go to the induction")).GetAttribute("href"));
        var bad = await Expect(HttpStatusCode.BadRequest, officer.PostJsonAsync($"/api/v1/people/{id}/inductions", new { explained = new[] { "Everything" } }));
        Assert.True(bad.GetProperty("errors").TryGetProperty("explained", out _) && bad.GetProperty("errors").TryGetProperty("understandingConfirmed", out _));
        var notUnderstood = await Expect(HttpStatusCode.UnprocessableEntity, officer.PostJsonAsync($"/api/v1/people/{id}/inductions", new { explained = new[] { "SupervisionArrangements" }, understandingConfirmed = false }));
        Assert.True(notUnderstood.GetProperty("errors").TryGetProperty("notUnderstoodBecause", out _));

        await Expect(HttpStatusCode.Created, officer.PostJsonAsync($"/api/v1/people/{id}/inductions", new
        {
            heldOn = Day(-8), explained = new[] { "SupervisionArrangements", "RoleAndBoundaries", "StatutoryRequirements", "ConsequencesOfNonCompliance" },
            understandingConfirmed = false, notUnderstoodBecause = "Upset after court; to go through it again", involvedInPlanning = "Her mother",
        }));
        var part = await Expect(HttpStatusCode.OK, officer.GetAsync($"/api/v1/people/{id}/inductions"));
        Assert.Equal(["ServicesAvailable", "ConfidentialityAndDisclosure", "WhyInformationIsGathered"], part.GetProperty("notYetExplained").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(JsonValueKind.Null, part.GetProperty("completedOn").ValueKind);

        await Expect(HttpStatusCode.Created, officer.PostJsonAsync($"/api/v1/people/{id}/inductions", new
        {
            heldOn = Day(-6), explained = new[] { "ServicesAvailable", "ConfidentialityAndDisclosure", "WhyInformationIsGathered" }, understandingConfirmed = true, interpreter = "Vietnamese, on site",
        }));
        Assert.Equal(Day(-6), (await Expect(HttpStatusCode.OK, officer.GetAsync($"/api/v1/people/{id}/inductions"))).GetProperty("completedOn").GetString());
        Assert.Equal(Day(-6), (await ObligationAsync(id, "Induction")).GetProperty("metOn").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ApiClientForRoleAsync(Roles.RecordsOfficer)).PostJsonAsync($"/api/v1/people/{id}/inductions", new { explained = new[] { "ServicesAvailable" }, understandingConfirmed = true })).StatusCode);
    }

    [Fact]
    [Trait("Req", "ENF-02")]
    [Trait("Req", "BYD-02")]
    public async Task AProvidersReport_IsVerified_WaitingForEvidenceToThePacksDeadline()
    {
        var (id, officer, _) = await SupervisedAsync();
        var anonymous = await Expect(HttpStatusCode.UnprocessableEntity, officer.PostJsonAsync($"/api/v1/people/{id}/non-compliance", new { source = "Provider", concerning = "Missed the group" }));
        Assert.True(anonymous.GetProperty("errors").TryGetProperty("reportedBy", out _));
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ApiClientForRoleAsync(Roles.RecordsOfficer)).PostJsonAsync($"/api/v1/people/{id}/non-compliance", new { source = "Officer", concerning = "x" })).StatusCode);
        var record = await Expect(HttpStatusCode.Created, officer.PostJsonAsync($"/api/v1/people/{id}/non-compliance", new
        {
            source = "Provider", reportedBy = "Jo Park, Directions ACT", occurredOn = Day(-1), concerning = "Did not attend the Monday AOD group (program condition)",
        }));
        var url = $"/api/v1/people/{id}/non-compliance/{record.GetProperty("id").GetString()}";

        var waiting = await Expect(HttpStatusCode.OK, officer.PostJsonAsync($"{url}/evidence-request", new { evidence = "Medical certificate", personAccount = "Was at the emergency department" }));
        Assert.Equal("AwaitingEvidence", waiting.GetProperty("status").GetString());
        var deadline = await ObligationAsync(id, "VerifyNonCompliance");
        Assert.Equal(("absence-evidence", waiting.GetProperty("decideBy").GetString()), (deadline.GetProperty("ruleId").GetString(), deadline.GetProperty("dueOn").GetString()));

        var noAgreement = await Expect(HttpStatusCode.UnprocessableEntity, officer.PostJsonAsync($"{url}/decision", new { checkedWith = "Provider; the person", reason = "No certificate came", acceptable = false, addressedOtherwise = true }));
        Assert.True(noAgreement.GetProperty("errors").TryGetProperty("agreed", out _));
        var decided = await Expect(HttpStatusCode.OK, officer.PostJsonAsync($"{url}/decision", new
        {
            checkedWith = "Jo Park (provider); the person, in the office", reason = "No certificate came; says the group clashes with shifts", acceptable = false, addressedOtherwise = true,
            agreed = "Moves to the Thursday evening group from next week",
        }));
        Assert.Equal(("NotAcceptable", true, JsonValueKind.Null), (decided.GetProperty("status").GetString(), decided.GetProperty("addressedOtherwise").GetBoolean(), decided.GetProperty("decideBy").ValueKind));
        Assert.Equal(Day(0), (await ObligationAsync(id, "VerifyNonCompliance")).GetProperty("metOn").GetString());
        var actions = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.PersonId == Guid.Parse(id) && a.Action.StartsWith("non-compliance.")).OrderBy(a => a.Sequence).Select(a => a.Action).ToListAsync());
        Assert.Equal(["non-compliance.recorded", "non-compliance.evidence-requested", "non-compliance.decided"], actions);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await officer.PostJsonAsync($"{url}/decision", new { checkedWith = "x", reason = "y", acceptable = true })).StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ContactsOnSqlite(SqliteApp app) : ContactsTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ContactsOnPostgres(PostgresApp app) : ContactsTests(app);
