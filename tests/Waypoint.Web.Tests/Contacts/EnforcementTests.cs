using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Waypoint.Core.Security;
using Waypoint.Core.Staff;
using Waypoint.Web.Tests.Infrastructure;

namespace Waypoint.Web.Tests.Contacts;

/// <summary>ENF-03, ENF-04, BYD-01, BYD-02: formal warnings, the threshold that puts breach action, and the referral from draft to decision.</summary>
public abstract class EnforcementTests(AppFixture app)
{
    private static string Day(int fromToday) => DateTime.UtcNow.Date.AddDays(fromToday).ToString("yyyy-MM-dd");

    private async Task<(string Id, string OrderId, HttpClient Officer, HttpClient Leader, string OfficerName)> SupervisedAsync()
    {
        var office = await app.SiteAsync(SiteKind.CommunityOffice);
        var team = await app.TeamAtAsync(office);
        var id = await app.PersonOnCommunityOrderAsync(office, 30, "Warned");
        var officer = await app.ApiClientForUserAsync(team.OfficerName);
        var leader = await app.ApiClientForUserAsync(team.LeaderName);
        (await leader.PostJsonAsync($"/api/v1/people/{id}/allocations", new { kind = "ResponsibleOfficer", officerUserId = team.OfficerId, reason = "New order" })).EnsureSuccessStatusCode();
        var orderId = (await (await officer.GetAsync($"/api/v1/people/{id}/orders")).JsonAsync()).GetProperty("orders")[0].GetProperty("id").GetString()!;
        return (id, orderId, officer, leader, team.OfficerName);
    }

    private static async Task<JsonElement> Expect(HttpStatusCode status, Task<HttpResponseMessage> call)
    {
        var response = await call;
        var body = await response.JsonAsync();
        Assert.True(response.StatusCode == status, $"{(int)response.StatusCode}: {body}");
        return body;
    }

    private Task<JsonElement?> BreachActionAsync(string id) => ObligationAsync(id, "BreachAction");

    private async Task<JsonElement?> ObligationAsync(string id, string kind) =>
        (await (await (await app.ApiClientForRoleAsync(Roles.RecordsOfficer)).GetAsync($"/api/v1/people/{id}/obligations")).JsonAsync())
            .EnumerateArray().Where(o => o.GetProperty("kind").GetString() == kind).Select(o => (JsonElement?)o).LastOrDefault();

    /// <summary>A non-compliance verified as not acceptable, with nothing agreed instead.</summary>
    private static async Task<string> NotAcceptableAsync(HttpClient officer, string id, string what)
    {
        var record = await Expect(HttpStatusCode.Created, officer.PostJsonAsync($"/api/v1/people/{id}/non-compliance", new { source = "Officer", occurredOn = Day(-2), concerning = what }));
        var url = $"/api/v1/people/{id}/non-compliance/{record.GetProperty("id").GetString()}";
        await Expect(HttpStatusCode.OK, officer.PostJsonAsync($"{url}/decision", new { checkedWith = "The person, by phone", reason = "Forgot", acceptable = false, addressedOtherwise = false }));
        return record.GetProperty("id").GetString()!;
    }

    [Fact]
    [Trait("Req", "ENF-03")]
    [Trait("Req", "ENF-04")]
    [Trait("Req", "BYD-01")]
    [Trait("Req", "BYD-02")]
    [Trait("Req", "ENF-06")]
    public async Task TwoWarnings_PutBreachAction_TheTeamLeaderApprovesTheReferral_AndARevocationEndsTheOrder()
    {
        var (id, orderId, officer, leader, _) = await SupervisedAsync();
        var missed = await NotAcceptableAsync(officer, id, "Failed to attend the office appointment");

        // The warning starts from what is recorded; the letter is written and filed with it.
        var first = await Expect(HttpStatusCode.Created, officer.PostJsonAsync($"/api/v1/people/{id}/warnings", new
        {
            orderId, nonComplianceId = missed, method = "Letter", reason = "Failed to attend the office appointment", consequences = "Referral to the sentencing court",
        }));
        var letter = await app.WithDbAsync(db => db.Documents.SingleAsync(d => d.RecordId == first.GetProperty("id").GetString()));
        Assert.Equal((Core.Documents.DocumentKind.Letter, "application/pdf"), (letter.Kind, letter.ContentType));
        var windows = (await Expect(HttpStatusCode.OK, officer.GetAsync($"/api/v1/people/{id}/warnings"))).GetProperty("windows")[0];
        Assert.Equal((1, 2, DateOnly.Parse(Day(0)).AddMonths(12).ToString("yyyy-MM-dd")), (windows.GetProperty("count").GetInt32(), windows.GetProperty("threshold").GetInt32(), windows.GetProperty("oldestLeavesOn").GetString()));
        Assert.Null(await BreachActionAsync(id));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await officer.PostJsonAsync($"/api/v1/people/{id}/warnings", new { orderId, nonComplianceId = missed, method = "InPerson", reason = "Again", consequences = "x" })).StatusCode);

        await Expect(HttpStatusCode.Created, officer.PostJsonAsync($"/api/v1/people/{id}/warnings", new { orderId, method = "InPerson", reason = "Missed two drug tests", consequences = "Referral to the sentencing court" }));
        var breach = await BreachActionAsync(id);
        Assert.Equal(("warning-threshold", JsonValueKind.Null), (breach!.Value.GetProperty("ruleId").GetString(), breach.Value.GetProperty("metOn").ValueKind));
        Assert.Contains((await Expect(HttpStatusCode.OK, officer.GetAsync("/api/v1/work?kind=BreachAction"))).GetProperty("items").EnumerateArray(), w => w.GetProperty("personId").GetString() == id);
        var team = await Expect(HttpStatusCode.OK, leader.GetAsync("/api/v1/work/team?kind=BreachAction"));
        Assert.Contains(team.GetProperty("items").EnumerateArray(), w => w.GetProperty("personId").GetString() == id);

        // The referral goes to the authority the pack names for a CCO, with grounds drafted from the record.
        var started = await Expect(HttpStatusCode.Created, officer.PostJsonAsync($"/api/v1/people/{id}/breach-referrals", new { orderId }));
        Assert.Equal(("SentencingCourt", "Draft"), (started.GetProperty("authority").GetString(), started.GetProperty("status").GetString()));
        var grounds = started.GetProperty("grounds").GetString()!;
        Assert.Contains("Failed to attend the office appointment", grounds);
        Assert.Contains("Formal warning", grounds);
        Assert.Equal(Day(0), (await BreachActionAsync(id))!.Value.GetProperty("metOn").GetString());
        var url = $"/api/v1/people/{id}/breach-referrals/{started.GetProperty("id").GetString()}";
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await officer.PostJsonAsync($"/api/v1/people/{id}/breach-referrals", new { orderId })).StatusCode);

        // Only a team leader approves; moves the path does not allow are refused.
        await Expect(HttpStatusCode.OK, officer.PostJsonAsync($"{url}/submit", new { }));
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PostJsonAsync($"{url}/approve", new { })).StatusCode);
        Assert.Contains((await Expect(HttpStatusCode.OK, leader.GetAsync("/api/v1/breach-referrals/awaiting-approval"))).EnumerateArray(), r => r.GetProperty("personId").GetString() == id);
        await Expect(HttpStatusCode.OK, leader.PostJsonAsync($"{url}/return", new { comments = "Add the dates of the drug tests" }));
        await Expect(HttpStatusCode.OK, officer.PutJsonAsync(url, new { grounds = grounds + "\nDrug tests missed on 3 and 10 of the month." }, "\"3\""));
        await Expect(HttpStatusCode.OK, officer.PostJsonAsync($"{url}/submit", new { }));
        var early = await Expect(HttpStatusCode.UnprocessableEntity, officer.PostJsonAsync($"{url}/hearing", new { hearingOn = Day(14) }));
        Assert.Equal("The referral is awaiting team leader approval: it cannot be listed for a hearing now", early.GetProperty("detail").GetString());
        await Expect(HttpStatusCode.OK, leader.PostJsonAsync($"{url}/approve", new { }));
        await Expect(HttpStatusCode.OK, officer.PostJsonAsync($"{url}/sent", new { }));
        await Expect(HttpStatusCode.OK, officer.PostJsonAsync($"{url}/hearing", new { hearingOn = Day(14), place = "ACT Magistrates Court, court 3" }));
        var decided = await Expect(HttpStatusCode.OK, officer.PostJsonAsync($"{url}/outcome", new { outcome = "OrderRevoked", notes = "Resentenced to 3 months" }));
        Assert.Equal(["Draft", "Submitted", "Returned", "Submitted", "Approved", "Sent", "HearingListed", "Decided"], decided.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("status").GetString()));

        var order = await Expect(HttpStatusCode.OK, officer.GetAsync($"/api/v1/orders/{orderId}"));
        Assert.Equal(("Revoked", Day(0)), (order.GetProperty("status").GetString(), order.GetProperty("endedOn").GetString()));
        var actions = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.PersonId == Guid.Parse(id) && (a.Action.StartsWith("breach.") || a.Action.StartsWith("order."))).OrderBy(a => a.Sequence).Select(a => a.Action).ToListAsync());
        Assert.Equal(["breach.decided", "order.revoked"], actions.TakeLast(2));

        // ENF-06: the revocation brings the summary due within 10 working days of today; it is in the officer's queue.
        var due = await ObligationAsync(id, "EffectivenessSummary");
        Assert.Equal(("effectiveness-summary", Day(0), JsonValueKind.Null), (due!.Value.GetProperty("ruleId").GetString(), due.Value.GetProperty("triggeredOn").GetString(), due.Value.GetProperty("metOn").ValueKind));
        Assert.Contains((await Expect(HttpStatusCode.OK, officer.GetAsync("/api/v1/work?kind=EffectivenessSummary"))).GetProperty("items").EnumerateArray(), w => w.GetProperty("personId").GetString() == id);

        // The summary is counted from the records and completed by the officer; completing it meets the obligation.
        var summary = await Expect(HttpStatusCode.Created, officer.PostJsonAsync($"/api/v1/people/{id}/effectiveness-summaries", new { orderId }));
        var facts = summary.GetProperty("facts");
        Assert.Equal((2, 1, "Revoked"), (facts.GetProperty("warnings").GetInt32(), facts.GetProperty("nonComplianceNotAcceptable").GetInt32(), facts.GetProperty("orderOutcome").GetString()));
        Assert.StartsWith("Referral of ", facts.GetProperty("breachOutcomes")[0].GetString());
        Assert.EndsWith("Order revoked", facts.GetProperty("breachOutcomes")[0].GetString());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await officer.PostJsonAsync($"/api/v1/people/{id}/effectiveness-summaries", new { orderId })).StatusCode);
        var summaryUrl = $"/api/v1/people/{id}/effectiveness-summaries/{summary.GetProperty("id").GetString()}";
        var incomplete = await Expect(HttpStatusCode.UnprocessableEntity, officer.PostJsonAsync($"{summaryUrl}/complete", new { }));
        Assert.True(incomplete.GetProperty("errors").TryGetProperty("progressAgainstPlan", out _));
        await Expect(HttpStatusCode.OK, officer.PutJsonAsync(summaryUrl, new { progressAgainstPlan = "No plan objectives met", outcomes = "Resentenced; housing kept" }, "\"1\""));
        Assert.Equal("Completed", (await Expect(HttpStatusCode.OK, officer.PostJsonAsync($"{summaryUrl}/complete", new { }))).GetProperty("status").GetString());
        Assert.Equal(Day(0), (await ObligationAsync(id, "EffectivenessSummary"))!.Value.GetProperty("metOn").GetString());
    }

    [Fact]
    [Trait("Req", "CON-05")]
    [Trait("Req", "CON-02")]
    [Trait("Req", "ENF-04")]
    public async Task TheTimeline_ShowsContactsWarningsAndBreachSteps_AmongTheNotes_NewestFirst()
    {
        var (id, orderId, officer, _, officerName) = await SupervisedAsync();
        await Expect(HttpStatusCode.Created, officer.PostJsonAsync($"/api/v1/people/{id}/notes", new { category = "Welfare", occurredOn = Day(-3), text = "Moved in with his sister" }));
        await Expect(HttpStatusCode.Created, officer.PostJsonAsync($"/api/v1/people/{id}/contacts", new { kind = "Phone", on = Day(-2), at = "10:00", minutes = 10, outcome = "Attended", notes = "Confirmed the new address" }));
        // Booked but not yet held: not on the timeline until its outcome is recorded.
        await Expect(HttpStatusCode.Created, officer.PostJsonAsync($"/api/v1/people/{id}/contacts", new { kind = "Office", on = Day(7), at = "09:00", minutes = 30 }));
        var missed = await NotAcceptableAsync(officer, id, "Failed to attend the office appointment");
        await Expect(HttpStatusCode.Created, officer.PostJsonAsync($"/api/v1/people/{id}/warnings", new { orderId, nonComplianceId = missed, method = "InPerson", reason = "Failed to attend the office appointment", consequences = "Referral to the sentencing court" }));
        var referral = await Expect(HttpStatusCode.Created, officer.PostJsonAsync($"/api/v1/people/{id}/breach-referrals", new { orderId }));
        await Expect(HttpStatusCode.OK, officer.PostJsonAsync($"/api/v1/people/{id}/breach-referrals/{referral.GetProperty("id").GetString()}/submit", new { }));

        var timeline = await Expect(HttpStatusCode.OK, officer.GetAsync($"/api/v1/people/{id}/timeline"));
        Assert.Equal(
            ["Breach referral submitted for approval", "Breach referral drafted", "Formal warning (in person)", "Phone call: attended", "Welfare and wellbeing"],
            timeline.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("title").GetString()));
        var contact = timeline.GetProperty("items")[3];
        Assert.Equal(("Contact", Day(-2), "Confirmed the new address"), (contact.GetProperty("kind").GetString(), contact.GetProperty("on").GetString(), contact.GetProperty("text").GetString()));
        Assert.Equal("Moved in with his sister", timeline.GetProperty("items")[4].GetProperty("note").GetProperty("text").GetString());

        // Paged by the database across the kinds, and filtered by kind or by a note category.
        var first = await Expect(HttpStatusCode.OK, officer.GetAsync($"/api/v1/people/{id}/timeline?limit=2"));
        var second = await Expect(HttpStatusCode.OK, officer.GetAsync($"/api/v1/people/{id}/timeline?limit=2&cursor={Uri.EscapeDataString(first.GetProperty("nextCursor").GetString()!)}"));
        Assert.Equal(["Formal warning (in person)", "Phone call: attended"], second.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("title").GetString()));
        Assert.Equal(["Phone call: attended"], (await Expect(HttpStatusCode.OK, officer.GetAsync($"/api/v1/people/{id}/timeline?show=Contacts"))).GetProperty("items").EnumerateArray().Select(e => e.GetProperty("title").GetString()));
        Assert.Equal(["Note"], (await Expect(HttpStatusCode.OK, officer.GetAsync($"/api/v1/people/{id}/timeline?category=Welfare"))).GetProperty("items").EnumerateArray().Select(e => e.GetProperty("kind").GetString()));
        var bad = await Expect(HttpStatusCode.BadRequest, officer.GetAsync($"/api/v1/people/{id}/timeline?show=Gossip"));
        Assert.True(bad.GetProperty("errors").TryGetProperty("show", out _));

        // The page shows the same entries, each linked to where it is kept.
        var pageClient = await app.SignInAsync(officerName);
        var page = await pageClient.GetHtmlAsync($"/People/{id}/Notes");
        var entries = page.QuerySelectorAll("#notes > li").ToList();
        Assert.Equal(5, entries.Count);
        Assert.Contains("5 entries", page.QuerySelector("#note-count")!.TextContent);
        Assert.Equal($"/People/{id}/Enforcement/Breach/{referral.GetProperty("id").GetString()}", entries[0].QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("Phone call: attended", entries[3].TextContent);
        Assert.Contains("Moved in with his sister", entries[4].TextContent);
        var breachOnly = await pageClient.GetHtmlAsync($"/People/{id}/Notes?Show=BreachAction");
        Assert.Equal(2, breachOnly.QuerySelectorAll("#notes > li").Length);
    }

    [Fact]
    [Trait("Req", "ENF-04")]
    public async Task ATeamLeaderNeverApprovesTheirOwnReferral_AndBadInputChangesNothing()
    {
        var (id, orderId, officer, leader, _) = await SupervisedAsync();
        var noReason = await Expect(HttpStatusCode.BadRequest, officer.PostJsonAsync($"/api/v1/people/{id}/warnings", new { orderId, method = "Shouted" }));
        Assert.True(noReason.GetProperty("errors").TryGetProperty("reason", out _) && noReason.GetProperty("errors").TryGetProperty("method", out _));
        var elsewhere = await Expect(HttpStatusCode.UnprocessableEntity, officer.PostJsonAsync($"/api/v1/people/{id}/warnings", new { orderId = Guid.NewGuid(), method = "InPerson", reason = "x", consequences = "y" }));
        Assert.True(elsewhere.GetProperty("errors").TryGetProperty("orderId", out _));
        Assert.Equal(0, await app.WithDbAsync(db => db.FormalWarnings.CountAsync(w => w.PersonId == Guid.Parse(id))));

        var started = await Expect(HttpStatusCode.Created, leader.PostJsonAsync($"/api/v1/people/{id}/breach-referrals", new { orderId }));
        var url = $"/api/v1/people/{id}/breach-referrals/{started.GetProperty("id").GetString()}";
        await Expect(HttpStatusCode.OK, leader.PostJsonAsync($"{url}/submit", new { }));
        var own = await Expect(HttpStatusCode.UnprocessableEntity, leader.PostJsonAsync($"{url}/approve", new { }));
        Assert.Equal("You drafted this referral: another team leader must approve it", own.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, (await leader.PostJsonAsync($"{url}/withdraw", new { })).StatusCode);
        var withdrawn = await Expect(HttpStatusCode.OK, leader.PostJsonAsync($"{url}/withdraw", new { reason = "Complied since; warning instead" }));
        Assert.Equal("Withdrawn", withdrawn.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await officer.PostJsonAsync($"{url}/outcome", new { outcome = "OrderContinued" })).StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class EnforcementOnSqlite(SqliteApp app) : EnforcementTests(app);

[Collection(PostgresCollection.Name)]
public sealed class EnforcementOnPostgres(PostgresApp app) : EnforcementTests(app);
