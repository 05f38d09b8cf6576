using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Waypoint.Core.Security;
using Waypoint.Core.Staff;
using Waypoint.Web.Tests.Infrastructure;
using static Waypoint.Web.Tests.Infrastructure.HttpExtensions;

namespace Waypoint.Web.Tests.Plans;

/// <summary>PLN-01..08, PLN-10, PLN-11: the Case Management Plan from draft to signatures, through the API (C23.2 2-5).</summary>
public abstract class PlansTests(AppFixture app)
{
    private static string Day(int fromToday) => DateTime.UtcNow.Date.AddDays(fromToday).ToString("yyyy-MM-dd");

    private static readonly (string Code, int Items)[] Subscales =
    [
        ("CriminalHistory", 10), ("EducationEmployment", 10), ("Financial", 2), ("FamilyMarital", 4), ("Accommodation", 3),
        ("LeisureRecreation", 2), ("Companions", 5), ("AlcoholDrug", 9), ("EmotionalPersonal", 5), ("AttitudesOrientation", 4),
    ];

    /// <summary>
    /// A person supervised at a new team's office whose LSI-R found needs in Criminal History (not a plan domain),
    /// Education/Employment, Companions and Alcohol/Drug; with the officer's and the team leader's API clients.
    /// </summary>
    private async Task<(string Id, HttpClient Officer, HttpClient Leader, string OfficerId, string LeaderId)> AssessedPersonAsync(bool requirementsMet = true)
    {
        var office = await app.SiteAsync(SiteKind.CommunityOffice);
        var team = await app.TeamAtAsync(office);
        var id = await app.PersonOnCommunityOrderAsync(office, 10, "Planned");
        var officer = await app.ApiClientForUserAsync(team.OfficerName);
        var leader = await app.ApiClientForUserAsync(team.LeaderName);
        var scored = new Dictionary<string, int> { ["CriminalHistory"] = 6, ["EducationEmployment"] = 6, ["Companions"] = 3, ["AlcoholDrug"] = 6 };
        var items = Subscales.ToDictionary(s => s.Code, s => Enumerable.Range(0, s.Items).Select(i => i < scored.GetValueOrDefault(s.Code) ? 1 : 0).ToArray());
        await CompleteAsync(officer, id, new { tool = "LsiR", answers = items });
        if (requirementsMet)
        {
            await CompleteAsync(officer, id, new { tool = "RiskOfHarm", answers = new { level = "Medium" }, rationale = "Threats when drinking" });
            await PoliceCheckAsync(officer, id);
        }
        return (id, officer, leader, team.OfficerId, team.LeaderId);
    }

    private static async Task CompleteAsync(HttpClient client, string id, object assessment)
    {
        var started = await (await client.PostJsonAsync($"/api/v1/people/{id}/assessments", assessment)).JsonAsync();
        (await client.PostJsonAsync($"/api/v1/people/{id}/assessments/{started.GetProperty("id").GetString()}/complete", new { })).EnsureSuccessStatusCode();
    }

    private static async Task PoliceCheckAsync(HttpClient client, string id)
    {
        var check = await (await client.PostJsonAsync($"/api/v1/people/{id}/collateral-checks", new { type = "PoliceRecord", source = "ACT Policing", consentReliedOn = "Signed at induction", requestedOn = Day(-2) })).JsonAsync();
        (await client.PostJsonAsync($"/api/v1/people/{id}/collateral-checks/{check.GetProperty("id").GetString()}/result", new { completedOn = Day(-1), result = "No new matters" })).EnsureSuccessStatusCode();
    }

    private static object Intervention(Guid id, string what, params string[] domains) => new
    {
        id, what, howMeasured = "Attendance confirmed by the provider each month", responsible = "Officer and provider", targetDate = Day(90), domains,
        priority = "High", horizon = "ShortTerm", responsivity = "Needs a morning slot (medication)", buildsOn = "Supportive sister",
    };

    private static object Content(params object[] interventions) => new
    {
        interventions,
        domainPriorities = new { EducationEmployment = "Medium", Companions = "Low", AlcoholDrug = "High" },
        engagement = new { personsViews = "Wants work as a chef", agreementDiscussion = "Agreed counselling before the job course", consequencesExplained = true },
        responsivity = "Reads little English; uses an interpreter",
        risksAndStrategies = "Risk to a former partner when drinking: no contact, police told of any breach",
        alertsAndConditions = "Curfew 9pm-6am; 100 hours community service",
    };

    private static async Task<JsonElement> StartAsync(HttpClient officer, string id)
    {
        var started = await officer.PostJsonAsync($"/api/v1/people/{id}/plans", new { });
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        return await started.JsonAsync();
    }

    private static async Task<JsonElement> Ok(Task<HttpResponseMessage> call)
    {
        var response = await call;
        var body = await response.JsonAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {body}");
        return body;
    }

    [Fact]
    [Trait("Req", "PLN-02")]
    [Trait("Req", "PLN-06")]
    [Trait("Req", "PLN-07")]
    [Trait("Req", "PLN-01")]
    public async Task ThePlan_FromDraftToSignatures_AddressesEveryRiskDomain_IsApprovedByTheTeamLeader_AndCompletesTheObligation()
    {
        var (id, officer, leader, officerId, leaderId) = await AssessedPersonAsync();
        var plan = await StartAsync(officer, id);
        var url = $"/api/v1/people/{id}/plans/{plan.GetProperty("id").GetString()}";
        var read = await Ok(officer.GetAsync(url));
        Assert.Equal(["EducationEmployment", "Companions", "AlcoholDrug"], read.GetProperty("riskDomains").EnumerateArray().Select(d => d.GetProperty("code").GetString()));

        // PLN-02: one intervention may address two domains; the one left unaddressed is named when submitting.
        var counselling = Guid.NewGuid();
        var saved = await Ok(officer.PutJsonAsync(url, Content(Intervention(counselling, "Alcohol counselling weekly", "AlcoholDrug", "Companions")), "\"1\""));
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await officer.PutJsonAsync(url, Content(), "\"1\"")).StatusCode);
        Assert.Contains(saved.GetProperty("problemsSubmitting").EnumerateArray(), p => p.GetProperty("field").GetString() == "domains");
        var refused = await officer.PostJsonAsync($"{url}/submit", new { });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var domains = (await refused.JsonAsync()).GetProperty("errors").GetProperty("domains")[0].GetString();
        Assert.Contains("Education/Employment", domains);
        Assert.DoesNotContain("Companions", domains);

        // PLN-11: the job course starts after counselling completes.
        var course = new
        {
            id = Guid.NewGuid(), what = "Hospitality course at CIT", howMeasured = "Enrolment, then the certificate", responsible = "Person, with the officer's referral",
            targetDate = Day(200), domains = new[] { "EducationEmployment" }, priority = "Medium", horizon = "LongTerm", startsAfter = counselling,
        };
        await Ok(officer.PutJsonAsync(url, Content(Intervention(counselling, "Alcohol counselling weekly", "AlcoholDrug", "Companions"), course), "\"2\""));
        var submitted = await Ok(officer.PostJsonAsync($"{url}/submit", new { }));
        Assert.Equal("Submitted", submitted.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await officer.PutJsonAsync(url, Content(), "\"4\"")).StatusCode);

        // An officer cannot approve or return; the team leader is told and returns it with comments.
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PostJsonAsync($"{url}/approve", new { })).StatusCode);
        Assert.True(await app.WithDbAsync(db => db.Notifications.AnyAsync(n => n.RecipientUserId == leaderId && n.Kind == Core.Notifications.NotificationKind.PlanSubmitted && n.PersonId == Guid.Parse(id))));
        var awaiting = (await Ok(leader.GetAsync("/api/v1/plans/awaiting-approval"))).GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(plan.GetProperty("id").GetString(), Assert.Single(awaiting).GetProperty("planId").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync("/api/v1/plans/awaiting-approval")).StatusCode);
        Assert.True((await (await leader.PostJsonAsync($"{url}/return", new { comments = " " })).JsonAsync()).GetProperty("errors").TryGetProperty("comments", out _));
        var returned = await Ok(leader.PostJsonAsync($"{url}/return", new { comments = "Add the curfew strategy for weekends" }));
        Assert.Equal(("Returned", "Add the curfew strategy for weekends"), (returned.GetProperty("status").GetString(), returned.GetProperty("returnComments").GetString()));
        Assert.True(await app.WithDbAsync(db => db.Notifications.AnyAsync(n => n.RecipientUserId == officerId && n.Kind == Core.Notifications.NotificationKind.PlanReturned)));
        var mine = Assert.Single((await Ok(officer.GetAsync("/api/v1/plans/mine"))).GetProperty("items").EnumerateArray());
        Assert.Equal(("Returned", "Returned: make the changes and resubmit"), (mine.GetProperty("status").GetString(), mine.GetProperty("next").GetString()));
        Assert.Empty((await Ok(leader.GetAsync("/api/v1/plans/awaiting-approval"))).GetProperty("items").EnumerateArray());

        await Ok(officer.PostJsonAsync($"{url}/submit", new { }));
        var approved = await Ok(leader.PostJsonAsync($"{url}/approve", new { }));
        Assert.Equal(("Approved", "Test TeamLeader", Day(0)), (approved.GetProperty("status").GetString(), approved.GetProperty("approvedBy").GetString(), approved.GetProperty("approvedOn").GetString()));

        // PLN-06: the team leader cannot sign as the officer; the officer signs, then the person.
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await leader.PostJsonAsync($"{url}/officer-signature", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await officer.PostJsonAsync($"{url}/person-signature", new { })).StatusCode);
        await Ok(officer.PostJsonAsync($"{url}/officer-signature", new { }));
        Assert.True((await (await officer.PostJsonAsync($"{url}/person-signature", new { signedOn = Day(1) })).JsonAsync()).GetProperty("errors").TryGetProperty("signedOn", out _));
        var signed = await Ok(officer.PostJsonAsync($"{url}/person-signature", new { signedOn = Day(0) }));
        Assert.Equal(("Signed", Day(0)), (signed.GetProperty("status").GetString(), signed.GetProperty("agreedOn").GetString()));

        // PLN-07: the "Case Plan Review" note in the team leader's name; PLN-01: the CMP met, and the first review due.
        var note = Assert.Single(await app.WithDbAsync(db => db.CaseNotes.Where(n => n.PersonId == Guid.Parse(id) && n.Category == Core.CaseNotes.CaseNoteCategory.CasePlanReview).ToListAsync()));
        Assert.Equal((leaderId, "Test TeamLeader"), (note.AuthorUserId, note.AuthorName));
        Assert.Contains("and by the person on", note.Text);
        var obligations = (await (await officer.GetAsync($"/api/v1/people/{id}/obligations")).JsonAsync()).EnumerateArray().ToList();
        Assert.Equal("MetOnTime", obligations.Single(o => o.GetProperty("kind").GetString() == "CaseManagementPlan").GetProperty("status").GetString());
        Assert.Equal(DateTime.UtcNow.Date.AddMonths(6).ToString("yyyy-MM-dd"),
            obligations.Single(o => o.GetProperty("kind").GetString() == "CaseManagementPlanReview").GetProperty("dueOn").GetString());

        // PLN-07 (C23.2 4.2): the plan as agreed is attached to the version as a PDF, with its hash.
        var attached = Assert.Single((await (await officer.GetAsync($"/api/v1/people/{id}/documents")).JsonAsync()).EnumerateArray());
        Assert.Equal(("SignedPlan", plan.GetProperty("id").GetString(), "application/pdf"),
            (attached.GetProperty("kind").GetString(), attached.GetProperty("recordId").GetString(), attached.GetProperty("contentType").GetString()));

        var actions = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.PersonId == Guid.Parse(id) && a.RecordType == "CaseManagementPlan").OrderBy(a => a.Sequence).Select(a => a.Action).ToListAsync());
        Assert.Equal(["plan.started", "plan.draft-saved", "plan.draft-saved", "plan.submitted", "plan.returned", "plan.submitted", "plan.approved", "plan.officer-signed", "plan.person-signed"], actions);
    }

    [Fact]
    [Trait("Req", "PLN-06")]
    [Trait("Req", "ASM-06")]
    public async Task ThePlan_IsNotApprovedWhileAssessmentsOrChecksAreOutstanding_NorByWhoeverWroteIt()
    {
        var (id, officer, leader, _, _) = await AssessedPersonAsync(requirementsMet: false);
        var url = $"/api/v1/people/{id}/plans/{(await StartAsync(officer, id)).GetProperty("id").GetString()}";
        await Ok(officer.PutJsonAsync(url, Content(Intervention(Guid.NewGuid(), "Counselling and a job course", "AlcoholDrug", "Companions", "EducationEmployment")), "\"1\""));
        var submitted = await Ok(officer.PostJsonAsync($"{url}/submit", new { }));
        Assert.Equal(["An assessment of risk of harm to others", "A police criminal history check"], submitted.GetProperty("outstanding").EnumerateArray().Select(o => o.GetString()));
        var outstanding = await leader.PostJsonAsync($"{url}/approve", new { });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, outstanding.StatusCode);
        Assert.Contains("A police criminal history check", (await outstanding.JsonAsync()).GetProperty("detail").GetString());

        await CompleteAsync(officer, id, new { tool = "RiskOfHarm", answers = new { level = "Low" }, rationale = "No violence known" });
        await PoliceCheckAsync(officer, id);
        Assert.Equal("Approved", (await Ok(leader.PostJsonAsync($"{url}/approve", new { }))).GetProperty("status").GetString());

        // A team leader who writes a plan cannot approve it.
        var (other, _, author, _, _) = await AssessedPersonAsync();
        var own = $"/api/v1/people/{other}/plans/{(await StartAsync(author, other)).GetProperty("id").GetString()}";
        await Ok(author.PutJsonAsync(own, Content(Intervention(Guid.NewGuid(), "Counselling and a job course", "AlcoholDrug", "Companions", "EducationEmployment")), "\"1\""));
        await Ok(author.PostJsonAsync($"{own}/submit", new { }));
        var mine = await author.PostJsonAsync($"{own}/approve", new { });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, mine.StatusCode);
        Assert.Contains("another team leader", (await mine.JsonAsync()).GetProperty("detail").GetString());
    }

    [Fact]
    [Trait("Req", "PLN-06")]
    [Trait("Req", "ENF-05")]
    public async Task ARefusal_IsRecordedWithWhatThePersonDisagreesWith_CaseNoted_AndCompletesTheStep()
    {
        var (id, officer, leader, _, _) = await AssessedPersonAsync();
        var url = $"/api/v1/people/{id}/plans/{(await StartAsync(officer, id)).GetProperty("id").GetString()}";
        await Ok(officer.PutJsonAsync(url, Content(Intervention(Guid.NewGuid(), "Counselling and a job course", "AlcoholDrug", "Companions", "EducationEmployment")), "\"1\""));
        await Ok(officer.PostJsonAsync($"{url}/submit", new { }));
        await Ok(leader.PostJsonAsync($"{url}/approve", new { }));
        await Ok(officer.PostJsonAsync($"{url}/officer-signature", new { }));
        Assert.True((await (await officer.PostJsonAsync($"{url}/refusal", new { })).JsonAsync()).GetProperty("errors").TryGetProperty("disagreesWith", out _));
        var refused = await Ok(officer.PostJsonAsync($"{url}/refusal", new { disagreesWith = "Will not attend counselling on weekdays" }));
        Assert.Equal(("Refused", "Will not attend counselling on weekdays"), (refused.GetProperty("status").GetString(), refused.GetProperty("refusalReason").GetString()));
        var note = Assert.Single(await app.WithDbAsync(db => db.CaseNotes.Where(n => n.PersonId == Guid.Parse(id)).ToListAsync()));
        Assert.Contains("Will not attend counselling on weekdays", note.Text);
        var obligations = (await (await officer.GetAsync($"/api/v1/people/{id}/obligations")).JsonAsync()).EnumerateArray();
        Assert.Equal("MetOnTime", obligations.Single(o => o.GetProperty("kind").GetString() == "CaseManagementPlan").GetProperty("status").GetString());
    }

    [Fact]
    [Trait("Req", "ENF-05")]
    public async Task AfterARefusal_EachAttemptIsCaseNoted_AndBreachFollowsOnlyOnceConditionsWereExplained()
    {
        var (id, officer, leader, _, _) = await AssessedPersonAsync();
        var planId = (await StartAsync(officer, id)).GetProperty("id").GetString();
        var url = $"/api/v1/people/{id}/plans/{planId}";
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await officer.PostJsonAsync($"{url}/refusal-steps", new { kind = "Negotiation", what = "Too early" })).StatusCode);
        await Ok(officer.PutJsonAsync(url, Content(Intervention(Guid.NewGuid(), "Counselling and a job course", "AlcoholDrug", "Companions", "EducationEmployment")), "\"1\""));
        await Ok(officer.PostJsonAsync($"{url}/submit", new { }));
        await Ok(leader.PostJsonAsync($"{url}/approve", new { }));
        await Ok(officer.PostJsonAsync($"{url}/officer-signature", new { }));
        await Ok(officer.PostJsonAsync($"{url}/refusal", new { disagreesWith = "Will not attend counselling on weekdays" }));
        var orderId = (await (await officer.GetAsync($"/api/v1/people/{id}/orders")).JsonAsync()).GetProperty("orders")[0].GetProperty("id").GetString();

        var bad = await officer.PostJsonAsync($"{url}/refusal-steps", new { kind = "Shouting" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.True((await bad.JsonAsync()).GetProperty("errors").TryGetProperty("what", out _));
        Assert.Equal(HttpStatusCode.Created, (await officer.PostJsonAsync($"{url}/refusal-steps", new { kind = "Negotiation", what = "Offered Saturday counselling; still refuses" })).StatusCode);
        var tooSoon = await officer.PostJsonAsync($"/api/v1/people/{id}/breach-referrals", new { orderId, planId });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooSoon.StatusCode);
        Assert.StartsWith("First record that the person was told", (await tooSoon.JsonAsync()).GetProperty("detail").GetString());

        Assert.Equal(HttpStatusCode.Created, (await officer.PostJsonAsync($"{url}/refusal-steps", new { kind = "ConditionsExplained", what = "Told the counselling is a court-ordered condition" })).StatusCode);
        var steps = (await (await officer.GetAsync($"{url}/refusal-steps")).JsonAsync()).EnumerateArray().ToList();
        Assert.Equal(["Negotiation", "ConditionsExplained"], steps.Select(s => s.GetProperty("kind").GetString()));
        var notes = await app.WithDbAsync(db => db.CaseNotes.Where(n => n.PersonId == Guid.Parse(id) && n.Category == Core.CaseNotes.CaseNoteCategory.NonCompliance).Select(n => n.Text).ToListAsync());
        Assert.Equal(2, notes.Count);
        Assert.Contains(notes, n => n.Contains("Offered Saturday counselling"));

        var referral = await officer.PostJsonAsync($"/api/v1/people/{id}/breach-referrals", new { orderId, planId });
        Assert.Equal(HttpStatusCode.Created, referral.StatusCode);
        Assert.Contains("Refused to sign the Case Management Plan", (await referral.JsonAsync()).GetProperty("grounds").GetString());
    }

    [Fact]
    [Trait("Req", "PLN-08")]
    public async Task AReview_IsANewVersion_AndThePersonSignsAgainOnlyWhenInterventionsChange()
    {
        var (id, officer, leader, _, _) = await AssessedPersonAsync();
        var first = await StartAsync(officer, id);
        var url = $"/api/v1/people/{id}/plans/{first.GetProperty("id").GetString()}";
        var intervention = Guid.NewGuid();
        await Ok(officer.PutJsonAsync(url, Content(Intervention(intervention, "Counselling and a job course", "AlcoholDrug", "Companions", "EducationEmployment")), "\"1\""));
        await Ok(officer.PostJsonAsync($"{url}/submit", new { }));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await officer.PostJsonAsync($"/api/v1/people/{id}/plans", new { })).StatusCode);
        await Ok(leader.PostJsonAsync($"{url}/approve", new { }));
        await Ok(officer.PostJsonAsync($"{url}/officer-signature", new { }));
        await Ok(officer.PostJsonAsync($"{url}/person-signature", new { }));

        var review = await StartAsync(officer, id);
        Assert.Equal((2, first.GetProperty("id").GetString()), (review.GetProperty("number").GetInt32(), review.GetProperty("reviewOf").GetString()));
        var reviewUrl = $"/api/v1/people/{id}/plans/{review.GetProperty("id").GetString()}";
        var draft = await Ok(officer.GetAsync(reviewUrl));
        Assert.Contains(draft.GetProperty("problemsSubmitting").EnumerateArray(), p => p.GetProperty("field").GetString() == "review.overallCompliance");
        var updated = Content(new
        {
            id = intervention, what = "Counselling and a job course", howMeasured = "Attendance confirmed by the provider each month", responsible = "Officer and provider",
            targetDate = Day(90), domains = new[] { "AlcoholDrug", "Companions", "EducationEmployment" }, priority = "High", horizon = "ShortTerm",
            responsivity = "Needs a morning slot (medication)", buildsOn = "Supportive sister", status = "InProgress",
        });
        var withFindings = JsonSerializer.SerializeToNode(updated)!.AsObject();
        withFindings["review"] = JsonSerializer.SerializeToNode(new { stillRelevant = true, beingMet = true, overallCompliance = "Attends every week" });
        await Ok(officer.PutJsonAsync(reviewUrl, withFindings, "\"1\""));
        await Ok(officer.PostJsonAsync($"{reviewUrl}/submit", new { }));
        var agreed = await Ok(leader.PostJsonAsync($"{reviewUrl}/approve", new { }));
        Assert.Equal((false, "Agreed (no new signatures needed)", Day(0)), (agreed.GetProperty("personSigns").GetBoolean(), agreed.GetProperty("statusName").GetString(), agreed.GetProperty("agreedOn").GetString()));
        Assert.Equal(2, await app.WithDbAsync(db => db.CaseNotes.CountAsync(n => n.PersonId == Guid.Parse(id) && n.Category == Core.CaseNotes.CaseNoteCategory.CasePlanReview)));

        var versions = (await (await officer.GetAsync($"/api/v1/people/{id}/plans")).JsonAsync()).EnumerateArray().ToList();
        Assert.Equal([2, 1], versions.Select(v => v.GetProperty("number").GetInt32()));
        Assert.Equal("Planned", versions[1].GetProperty("interventions")[0].GetProperty("status").GetString());
    }

    [Fact]
    [Trait("Req", "PLN-02")]
    [Trait("Req", "PLN-06")]
    [Trait("Req", "BYD-04")]
    public async Task ThroughThePages_TheOfficerWritesAndSubmits_AndTheTeamLeaderApproves()
    {
        var (id, _, _, _, _) = await AssessedPersonAsync();
        var names = await TeamOfAsync(id);
        var officer = await app.SignInAsync(names.Officer);
        var started = await officer.PostFormAsync($"/People/{id}/Plans", new(), handler: "Start");
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        var edit = started.Headers.Location!.ToString();
        var planUrl = edit[..edit.LastIndexOf("/Edit", StringComparison.Ordinal)];
        var form = await officer.GetHtmlAsync(edit);
        Assert.Equal(3, form.QuerySelectorAll("select[name^='Form.DomainPriorities']").Length);

        var target = DateTime.UtcNow.Date.AddDays(60);
        var fields = new Dictionary<string, string>
        {
            ["Version"] = "1", ["Command"] = "save",
            ["Form.Interventions[0].Id"] = Guid.NewGuid().ToString(), ["Form.Interventions[0].What"] = "Alcohol counselling weekly",
            ["Form.Interventions[0].HowMeasured"] = "Provider's attendance report", ["Form.Interventions[0].Responsible"] = "Officer",
            ["Form.Interventions[0].TargetDate.Day"] = target.Day.ToString(), ["Form.Interventions[0].TargetDate.Month"] = target.Month.ToString(), ["Form.Interventions[0].TargetDate.Year"] = "20x",
            ["Form.Interventions[0].Domains"] = "AlcoholDrug", ["Form.Interventions[0].Priority"] = "High", ["Form.Interventions[0].Horizon"] = "Immediate",
            ["Form.DomainPriorities[AlcoholDrug]"] = "High", ["Form.DomainPriorities[Companions]"] = "Low", ["Form.DomainPriorities[EducationEmployment]"] = "Medium",
            ["Form.ConsequencesExplained"] = "true",
        };
        var bad = await (await officer.PostFormAsync(edit, fields)).HtmlAsync();
        Assert.Contains("#Form_Interventions[0]_TargetDate", bad.QuerySelectorAll(".govuk-error-summary a").Select(a => a.GetAttribute("href")));
        fields["Form.Interventions[0].TargetDate.Year"] = target.Year.ToString();
        Assert.Equal(HttpStatusCode.Redirect, (await officer.PostFormAsync(edit, fields)).StatusCode);

        // BYD-04: the page's background save answers 204 with the new version, and 409 from a stale tab.
        var background = new Dictionary<string, string>(fields) { ["Version"] = "2", ["Command"] = "autosave" };
        var autosaved = await officer.PostFormAsync(edit, background);
        Assert.Equal((HttpStatusCode.NoContent, "3"), (autosaved.StatusCode, autosaved.Headers.GetValues("X-Version").Single()));
        Assert.Equal(HttpStatusCode.Conflict, (await officer.PostFormAsync(edit, background)).StatusCode);

        // Submitting names the domains no intervention addresses.
        var refused = await (await officer.PostFormAsync(planUrl, new() { ["Version"] = "3" }, handler: "Submit")).HtmlAsync();
        var summary = refused.QuerySelector(".govuk-error-summary")!.TextContent;
        Assert.Contains("Education/Employment, Companions", summary);

        // The same form from a tab opened before that save is refused (BYD-04), then the fix is saved.
        Assert.Equal(HttpStatusCode.Conflict, (await officer.PostFormAsync(edit, fields)).StatusCode);
        fields["Version"] = "3";
        fields["Form.Interventions[0].Domains"] = "AlcoholDrug";
        var withAll = fields.ToList();
        withAll.Add(new("Form.Interventions[0].Domains", "Companions"));
        withAll.Add(new("Form.Interventions[0].Domains", "EducationEmployment"));
        var saved = await officer.PostAsync(edit, new FormUrlEncodedContent(withAll.Append(new("__RequestVerificationToken", await TokenAsync(officer, edit)))));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await officer.PostFormAsync(planUrl, new() { ["Version"] = "4" }, handler: "Submit")).StatusCode);
        Assert.Equal("Awaiting approval", (await officer.GetHtmlAsync(planUrl)).QuerySelector("#plan-status")!.TextContent);
        Assert.Null((await officer.GetHtmlAsync(planUrl)).QuerySelector("#decide-step"));

        var leader = await app.SignInAsync(names.Leader);
        var page = await leader.GetHtmlAsync(planUrl);
        Assert.NotNull(page.QuerySelector("#decide-step"));
        Assert.Equal(HttpStatusCode.Redirect, (await leader.PostFormAsync(planUrl, new() { ["Version"] = "5" }, handler: "Approve")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await officer.PostFormAsync(planUrl, new() { ["Version"] = "6" }, handler: "Sign")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await officer.PostFormAsync(planUrl, new() { ["Version"] = "7" }, handler: "PersonSigned")).StatusCode);
        var signed = await officer.GetHtmlAsync(planUrl);
        Assert.Equal("Signed", signed.QuerySelector("#plan-status")!.TextContent);
        Assert.Contains("Test TeamLeader", signed.QuerySelector("#signatures")!.TextContent);
        Assert.Equal("Plan: Signed", (await officer.GetHtmlAsync($"/People/{id}")).QuerySelector("#plan-state")!.TextContent.Trim());

        // PLN-07 (C23.2 4.2): the scan of the signed paper copy is attached beside the plan as agreed.
        var token = (await officer.GetHtmlAsync(planUrl)).QuerySelector("#attach-step input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var scan = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        scan.Add(new ByteArrayContent([0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 0xFF, 0xD9]), "SignedCopy", "signed-plan.jpg");
        Assert.Equal(HttpStatusCode.Redirect, (await officer.PostAsync($"{planUrl}?handler=Attach", scan)).StatusCode);
        Assert.Equal(2, (await officer.GetHtmlAsync(planUrl)).QuerySelectorAll("#documents tbody tr").Length);

        var pdf = await officer.GetAsync($"{planUrl}/Pdf");
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString((await pdf.Content.ReadAsByteArrayAsync())[..4]));
    }

    private async Task<(string Officer, string Leader)> TeamOfAsync(string personId) => await app.WithDbAsync(async db =>
    {
        var officerId = await db.Assessments.Where(a => a.PersonId == Guid.Parse(personId)).Select(a => a.AssessorUserId).FirstAsync();
        var officer = await db.Users.SingleAsync(u => u.Id == officerId);
        var leaderId = await db.Teams.Where(t => t.Id == officer.TeamId).Select(t => t.TeamLeaderUserId).SingleAsync();
        return (officer.UserName!, await db.Users.Where(u => u.Id == leaderId).Select(u => u.UserName!).SingleAsync());
    });

    private static async Task<string> TokenAsync(HttpClient client, string url) =>
        (await client.GetHtmlAsync(url)).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

    public static TheoryData<string, object, string> BadContent => new()
    {
        { "unknown domain", new { interventions = new[] { new { domains = new[] { "Accommodation" } } } }, "interventions[0].domains" },
        { "unknown priority", new { domainPriorities = new { AlcoholDrug = "Urgent" } }, "domainPriorities.AlcoholDrug" },
        { "unknown horizon", new { interventions = new[] { new { horizon = "Someday" } } }, "interventions[0].horizon" },
        { "too long", new { responsivity = new string('x', 4001) }, "responsivity" },
        { "unknown status", new { interventions = new[] { new { status = "Abandoned" } } }, "interventions[0].status" },
    };

    [Theory]
    [MemberData(nameof(BadContent))]
    [Trait("Req", "PLN-02")]
    public async Task BadContent_IsRefused_AndNothingChanges(string name, object body, string field)
    {
        var (id, officer, _, _, _) = await AssessedPersonAsync(requirementsMet: false);
        var url = $"/api/v1/people/{id}/plans/{(await StartAsync(officer, id)).GetProperty("id").GetString()}";
        var response = await officer.PutJsonAsync(url, body, "\"1\"");
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{name}: {(int)response.StatusCode}");
        Assert.True((await response.JsonAsync()).GetProperty("errors").TryGetProperty(field, out _), name);
        Assert.Equal(1, (await Ok(officer.GetAsync(url))).GetProperty("number").GetInt32());
        Assert.Equal("\"1\"", (await officer.GetAsync(url)).Headers.ETag!.Tag);
    }

    [Fact]
    [Trait("Req", "PLN-01")]
    public async Task NoPlan_ForSomeoneWithoutACommunityOrder_AndRecordsOfficersCannotWriteOne()
    {
        var records = await app.ApiClientForRoleAsync(Roles.RecordsOfficer);
        var nobody = (await (await records.PostJsonAsync("/api/v1/people", NewPerson(UniqueName("Unsentenced")))).JsonAsync()).GetProperty("id").GetString();
        var officer = await app.ApiClientAsync(Roles.CaseOfficer);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await officer.PostJsonAsync($"/api/v1/people/{nobody}/plans", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await records.PostJsonAsync($"/api/v1/people/{nobody}/plans", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"/api/v1/people/{nobody}/plans/{Guid.NewGuid()}")).StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class PlansOnSqlite(SqliteApp app) : PlansTests(app);

[Collection(PostgresCollection.Name)]
public sealed class PlansOnPostgres(PostgresApp app) : PlansTests(app);
