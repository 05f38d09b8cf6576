using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Waypoint.Core.Security;
using Waypoint.Core.Staff;
using Waypoint.Web.Tests.Infrastructure;
using static Waypoint.Web.Tests.Infrastructure.HttpExtensions;

namespace Waypoint.Web.Tests.Assessments;

/// <summary>ASM-01..04, ASM-07: assessments drafted, completed and scored with the pack, superseded, and overridden with approval.</summary>
public abstract class AssessmentsTests(AppFixture app)
{
    private static string Day(int daysAgo) => DateTime.UtcNow.Date.AddDays(-daysAgo).ToString("yyyy-MM-dd");

    private static readonly (string Code, int Items)[] Subscales =
    [
        ("CriminalHistory", 10), ("EducationEmployment", 10), ("Financial", 2), ("FamilyMarital", 4), ("Accommodation", 3),
        ("LeisureRecreation", 2), ("Companions", 5), ("AlcoholDrug", 9), ("EmotionalPersonal", 5), ("AttitudesOrientation", 4),
    ];

    /// <summary>Item scores with the first n items of each named subscale scored 1.</summary>
    private static Dictionary<string, int[]> LsiR(params (string Code, int Yes)[] scored) =>
        Subscales.ToDictionary(s => s.Code, s => Enumerable.Range(0, s.Items).Select(i => i < scored.FirstOrDefault(x => x.Code == s.Code).Yes ? 1 : 0).ToArray());

    private async Task<(string PersonId, Guid Office)> CommunityPersonAsync()
    {
        var office = await app.SiteAsync(SiteKind.CommunityOffice);
        return (await app.PersonOnCommunityOrderAsync(office, 100, "Assessed"), office);
    }

    [Fact]
    [Trait("Req", "ASM-01")]
    [Trait("Req", "ASM-04")]
    public async Task LsiR_DraftedCompletedAndScored_ThenSupersededByTheNext_AndReassessmentFallsDue()
    {
        var (id, office) = await CommunityPersonAsync();
        var officer = await app.ApiClientAtSiteAsync(office, Roles.CaseOfficer);
        var started = await officer.PostJsonAsync($"/api/v1/people/{id}/assessments", new { tool = "LsiR", assessedOn = Day(1), answers = new { CriminalHistory = new[] { 1, 1 } } });
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        var draft = await started.JsonAsync();
        var url = $"/api/v1/people/{id}/assessments/{draft.GetProperty("id").GetString()}";
        Assert.Equal("Draft", draft.GetProperty("status").GetString());

        // BYD-04: the draft is saved as it grows, and a stale save is refused, not written over.
        Assert.Equal(HttpStatusCode.PreconditionRequired, (await officer.PutJsonAsync(url, new { answers = LsiR() })).StatusCode);
        var saved = await officer.PutJsonAsync(url, new { answers = LsiR(("CriminalHistory", 6), ("Financial", 1)) }, "\"1\"");
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await officer.PutJsonAsync(url, new { answers = LsiR() }, "\"1\"")).StatusCode);

        var partial = LsiR(("CriminalHistory", 6));
        partial.Remove("Companions");
        await officer.PutJsonAsync(url, new { answers = partial }, "\"2\"");
        var incomplete = await officer.PostJsonAsync($"{url}/complete", new { });
        Assert.Equal(HttpStatusCode.BadRequest, incomplete.StatusCode);
        Assert.True((await incomplete.JsonAsync()).GetProperty("errors").TryGetProperty("answers.Companions", out _));

        await officer.PutJsonAsync(url, new { answers = LsiR(("CriminalHistory", 6), ("EducationEmployment", 4), ("Financial", 1), ("FamilyMarital", 2), ("LeisureRecreation", 2), ("Companions", 2), ("AlcoholDrug", 5), ("EmotionalPersonal", 1), ("AttitudesOrientation", 2)) }, "\"3\"");
        var completed = await (await officer.PostJsonAsync($"{url}/complete", new { })).JsonAsync();
        Assert.Equal(("Completed", 25, "Moderate", "Medium"), (completed.GetProperty("status").GetString(), completed.GetProperty("score").GetInt32(), completed.GetProperty("band").GetString(), completed.GetProperty("level").GetString()));
        Assert.Equal(["CriminalHistory", "Financial", "FamilyMarital", "LeisureRecreation", "AlcoholDrug", "AttitudesOrientation"], completed.GetProperty("needs").EnumerateArray().Select(n => n.GetString()));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await officer.PutJsonAsync(url, new { answers = LsiR() }, "\"5\"")).StatusCode);

        // The engine reads it: reassessment at the pack's period for a medium risk (6 months, a default).
        var obligations = (await (await officer.GetAsync($"/api/v1/people/{id}/obligations")).JsonAsync()).EnumerateArray().ToList();
        var reassess = Assert.Single(obligations, o => o.GetProperty("kind").GetString() == "Reassessment");
        Assert.Equal(DateTime.UtcNow.Date.AddDays(-1).AddMonths(6).ToString("yyyy-MM-dd"), reassess.GetProperty("dueOn").GetString());

        var next = await (await officer.PostJsonAsync($"/api/v1/people/{id}/assessments", new { tool = "LsiR", answers = LsiR(("CriminalHistory", 2)) })).JsonAsync();
        await officer.PostJsonAsync($"/api/v1/people/{id}/assessments/{next.GetProperty("id").GetString()}/complete", new { });
        var all = (await (await officer.GetAsync($"/api/v1/people/{id}/assessments")).JsonAsync()).EnumerateArray().ToList();
        Assert.Equal(["Completed", "Superseded"], all.Select(a => a.GetProperty("status").GetString()));
        var met = (await (await officer.GetAsync($"/api/v1/people/{id}/obligations")).JsonAsync()).EnumerateArray()
            .Single(o => o.GetProperty("key").GetString() == reassess.GetProperty("key").GetString());
        Assert.Equal("MetOnTime", met.GetProperty("status").GetString());
        var actions = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.PersonId == Guid.Parse(id) && a.RecordType == "Assessment").OrderBy(a => a.Sequence).Select(a => a.Action).ToListAsync());
        Assert.Equal(["assessment.started", "assessment.draft-saved", "assessment.draft-saved", "assessment.draft-saved", "assessment.completed", "assessment.started", "assessment.completed"], actions);
    }

    [Fact]
    [Trait("Req", "ASM-04")]
    public async Task Override_NeedsAReasonAndAnotherSupervisorsApproval_AndShowsWhoApproved()
    {
        var (id, office) = await CommunityPersonAsync();
        var assessorName = await app.CreateUserAsync(Roles.TeamLeader);
        await app.PlaceAtSiteAsync(assessorName, office);
        var assessor = await app.ApiClientForUserAsync(assessorName);
        var done = await (await assessor.PostJsonAsync($"/api/v1/people/{id}/assessments", new { tool = "LsiRSv", answers = new { items = new[] { 1, 1, 0, 0, 0, 0, 0, 0 } } })).JsonAsync();
        var url = $"/api/v1/people/{id}/assessments/{done.GetProperty("id").GetString()}";
        var completed = await (await assessor.PostJsonAsync($"{url}/complete", new { })).JsonAsync();
        Assert.Equal(("Low", false), (completed.GetProperty("level").GetString(), completed.GetProperty("fullAssessmentRequired").GetBoolean()));

        var noReason = await assessor.PostJsonAsync($"{url}/override", new { level = "High" });
        Assert.True((await noReason.JsonAsync()).GetProperty("errors").TryGetProperty("reason", out _));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await assessor.PostJsonAsync($"{url}/override", new { level = "Low", reason = "Same" })).StatusCode);
        var pending = await (await assessor.PostJsonAsync($"{url}/override", new { level = "High", reason = "Recent threats to a former partner, not captured by the screen" })).JsonAsync();
        Assert.Equal(("Pending", "Low"), (pending.GetProperty("override").GetProperty("status").GetString(), pending.GetProperty("level").GetString()));

        // Not by the assessor, not by an officer: another supervisor decides.
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await assessor.PostJsonAsync($"{url}/override/decision", new { approve = true })).StatusCode);
        var officer = await app.ApiClientAtSiteAsync(office, Roles.CaseOfficer);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PostJsonAsync($"{url}/override/decision", new { approve = true })).StatusCode);
        var supervisor = await app.ApiClientAtSiteAsync(office, Roles.TeamLeader);
        Assert.True((await (await supervisor.PostJsonAsync($"{url}/override/decision", new { approve = false })).JsonAsync()).GetProperty("errors").TryGetProperty("note", out _));
        var approved = await (await supervisor.PostJsonAsync($"{url}/override/decision", new { approve = true, note = "Agreed" })).JsonAsync();
        Assert.Equal(("High", "Approved", "Test TeamLeader", "Low"),
            (approved.GetProperty("level").GetString(), approved.GetProperty("override").GetProperty("status").GetString(), approved.GetProperty("override").GetProperty("decidedBy").GetString(), approved.GetProperty("computedLevel").GetString()));

        // Shown where officers look first: the person's overview, with the override and who approved it.
        var overview = await (await app.SignInAsync(assessorName)).GetHtmlAsync($"/People/{id}");
        var risk = overview.QuerySelector("#risk-of-reoffending")!.TextContent;
        Assert.Contains("High", risk);
        Assert.Contains("Overridden from Low", risk);
        Assert.Contains("Approved by Test TeamLeader", risk);
        Assert.Contains("Not assessed", overview.QuerySelector("#risk-of-harm")!.TextContent);
    }

    [Fact]
    [Trait("Req", "ASM-03")]
    [Trait("Req", "ASM-07")]
    public async Task Static99R_AndRiskOfHarm_AreScoredAndJudged_Apart()
    {
        var (id, office) = await CommunityPersonAsync();
        var officer = await app.ApiClientAtSiteAsync(office, Roles.AssessmentOfficer);
        // NewPerson is born 12 April 1990: 36 at a release on 1 June 2026 (0); no partner (1); prior violence (1);
        // three prior charges (2); five sentencing dates (1); a male victim (1): total 6, level IVb.
        var s99r = await officer.PostJsonAsync($"/api/v1/people/{id}/assessments", new
        {
            tool = "Static99R",
            answers = new
            {
                releasedOn = "2026-06-01", livedWithIntimatePartnerForTwoYears = false, indexNonSexualViolence = false, priorNonSexualViolence = true,
                priorSexOffenceCharges = 3, priorSexOffenceConvictions = 1, priorSentencingDates = 5, nonContactSexOffenceConvictions = false,
                unrelatedVictims = false, strangerVictims = false, maleVictims = true,
            },
        });
        var s99 = await s99r.JsonAsync();
        Assert.True(s99r.StatusCode == HttpStatusCode.Created, s99.ToString());
        var scored = await (await officer.PostJsonAsync($"/api/v1/people/{id}/assessments/{s99.GetProperty("id").GetString()}/complete", new { })).JsonAsync();
        Assert.Equal((6, "IVb"), (scored.GetProperty("score").GetInt32(), scored.GetProperty("band").GetString()));

        var harm = await (await officer.PostJsonAsync($"/api/v1/people/{id}/assessments", new { tool = "RiskOfHarm", answers = new { level = "High" } })).JsonAsync();
        var harmUrl = $"/api/v1/people/{id}/assessments/{harm.GetProperty("id").GetString()}";
        var noRationale = await officer.PostJsonAsync($"{harmUrl}/complete", new { });
        Assert.True((await noRationale.JsonAsync()).GetProperty("errors").TryGetProperty("rationale", out _));
        await officer.PutJsonAsync(harmUrl, new { answers = new { level = "High" }, rationale = "Known violence to a former partner; she lives nearby" }, "\"1\"");
        var judged = await (await officer.PostJsonAsync($"{harmUrl}/complete", new { })).JsonAsync();
        Assert.Equal(("High", "High"), (judged.GetProperty("level").GetString(), judged.GetProperty("bandName").GetString()));

        // Neither is a risk-of-reoffending assessment: no reassessment falls due from them.
        var obligations = (await (await officer.GetAsync($"/api/v1/people/{id}/obligations")).JsonAsync()).EnumerateArray();
        Assert.DoesNotContain(obligations, o => o.GetProperty("kind").GetString() == "Reassessment");
    }

    [Fact]
    [Trait("Req", "BYD-04")]
    [Trait("Req", "ASM-03")]
    public async Task DraftPage_KeepsWhatWasEntered_RefusesAStaleTab_AndNamesWhatIsMissing()
    {
        var (id, office) = await CommunityPersonAsync();
        var page = await app.SignedInClientAtSiteAsync(office, Roles.AssessmentOfficer);
        var started = await page.PostFormAsync($"/People/{id}/Assessments", new() { ["tool"] = "Static99R" }, handler: "Start");
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        var url = started.Headers.Location!.ToString();
        var today = DateTime.UtcNow;
        var form = new Dictionary<string, string>
        {
            ["Version"] = "1", ["AssessedOn.Day"] = today.Day.ToString(), ["AssessedOn.Month"] = today.Month.ToString(), ["AssessedOn.Year"] = today.Year.ToString(),
            ["Form.YesNo.maleVictims"] = "true", ["Form.Counts[priorSentencingDates]"] = "five",
        };
        var bad = await (await page.PostFormAsync(url, form, handler: "SaveDraft")).HtmlAsync();
        Assert.Contains("#Form_Counts_priorSentencingDates", bad.QuerySelectorAll(".govuk-error-summary a").Select(a => a.GetAttribute("href")));

        form["Form.Counts[priorSentencingDates]"] = "5";
        Assert.Equal(HttpStatusCode.Redirect, (await page.PostFormAsync(url, form, handler: "SaveDraft")).StatusCode);
        var reopened = await page.GetHtmlAsync(url);
        Assert.Equal("5", reopened.QuerySelector("#Form_Counts_priorSentencingDates")!.GetAttribute("value"));
        Assert.NotNull(reopened.QuerySelector("input[name='Form.YesNo.maleVictims'][value=true][checked], input[name='Form.YesNo.maleVictims'][checked]"));

        // The same form sent again from a tab opened before that save: refused, and the saved answers stand.
        form["Form.Counts[priorSentencingDates]"] = "1";
        var stale = await page.PostFormAsync(url, form, handler: "SaveDraft");
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("saved from another page", (await stale.HtmlAsync()).QuerySelector(".govuk-error-summary")!.TextContent);
        Assert.Contains("\"priorSentencingDates\":5", await app.WithDbAsync(db => db.Assessments.Where(a => a.PersonId == Guid.Parse(id)).Select(a => a.Answers).SingleAsync()));

        form["Version"] = "2";
        var incomplete = await (await page.PostFormAsync(url, form, handler: "Complete")).HtmlAsync();
        var links = incomplete.QuerySelectorAll(".govuk-error-summary a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("#Form_ReleasedOn", links);
        Assert.Contains("#Form_YesNo_strangerVictims", links);
        Assert.Contains("The draft is saved", incomplete.QuerySelector(".govuk-error-summary")!.TextContent);
    }

    [Fact]
    [Trait("Req", "PPL-08")]
    [Trait("Req", "STF-04")]
    [Trait("Req", "ASM-04")]
    public async Task TheAssessedRisk_DrivesTheProposedSupervisionLevel_AndTheOfficersWorkload()
    {
        var (id, office) = await CommunityPersonAsync();
        var (leaderName, _, officerName, officerId) = await app.TeamAtAsync(office);
        var leader = await app.ApiClientForUserAsync(leaderName);
        await leader.PostJsonAsync($"/api/v1/people/{id}/allocations", new { kind = "ResponsibleOfficer", officerUserId = officerId, reason = "New order" });
        var officer = await app.ApiClientForUserAsync(officerName);
        var orderId = (await (await officer.GetAsync($"/api/v1/people/{id}/orders")).JsonAsync()).GetProperty("orders")[0].GetProperty("id").GetString();
        async Task<int> PointsAsync() => (await (await officer.GetAsync($"/api/v1/staff/{officerId}")).JsonAsync()).GetProperty("staff").GetProperty("points").GetInt32();

        // Not assessed: the pack proposes High and weighs the case 3 (defaults); a lower level needs a reason.
        Assert.Equal(3, await PointsAsync());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await officer.PostJsonAsync($"/api/v1/orders/{orderId}/supervision-level", new { level = "Low" })).StatusCode);

        var lsir = await (await officer.PostJsonAsync($"/api/v1/people/{id}/assessments", new { tool = "LsiR", answers = LsiR(("CriminalHistory", 3)) })).JsonAsync();
        await officer.PostJsonAsync($"/api/v1/people/{id}/assessments/{lsir.GetProperty("id").GetString()}/complete", new { });
        Assert.Equal(2, await PointsAsync());
        Assert.Equal(HttpStatusCode.Created, (await officer.PostJsonAsync($"/api/v1/orders/{orderId}/supervision-level", new { level = "Low" })).StatusCode);
        var page = await app.SignInAsync(officerName);
        Assert.Contains("for a low risk of reoffending", (await page.GetHtmlAsync($"/Orders/{orderId}/SupervisionLevel")).QuerySelector("#proposed")!.TextContent);
    }

    private static async Task<Dictionary<string, bool>> RequirementsAsync(HttpClient client, string id) =>
        (await (await client.GetAsync($"/api/v1/people/{id}/requirements")).JsonAsync()).EnumerateArray()
            .ToDictionary(r => r.GetProperty("code").GetString()!, r => r.GetProperty("met").GetBoolean());

    [Fact]
    [Trait("Req", "ASM-06")]
    [Trait("Req", "ASM-02")]
    public async Task EachCase_HasThePacksRequiredAssessmentsAndChecks_MetAsTheyAreCompleted()
    {
        var (id, office) = await CommunityPersonAsync();
        var officer = await app.ApiClientAtSiteAsync(office, Roles.CaseOfficer);
        Assert.Equal(new Dictionary<string, bool> { ["RiskOfReoffending"] = false, ["RiskOfHarm"] = false, ["PoliceRecord"] = false }, await RequirementsAsync(officer, id));

        // A sexual offending alert adds the Static-99R; a screen that calls for a full LSI-R adds that until one follows.
        Assert.Equal(HttpStatusCode.Created, (await officer.PostJsonAsync($"/api/v1/people/{id}/alerts", new { type = "SexualOffending", details = "Index offence: indecent assault", startDate = Day(0) })).StatusCode);
        var screen = await (await officer.PostJsonAsync($"/api/v1/people/{id}/assessments", new { tool = "LsiRSv", answers = new { items = new[] { 1, 1, 1, 0, 0, 0, 0, 0 } } })).JsonAsync();
        var screened = await (await officer.PostJsonAsync($"/api/v1/people/{id}/assessments/{screen.GetProperty("id").GetString()}/complete", new { })).JsonAsync();
        Assert.True(screened.GetProperty("fullAssessmentRequired").GetBoolean());
        var now = await RequirementsAsync(officer, id);
        Assert.Equal((true, false, false), (now["RiskOfReoffending"], now["FullLsiR"], now["Static99R"]));

        var check = await officer.PostJsonAsync($"/api/v1/people/{id}/collateral-checks", new { type = "PoliceRecord", source = "ACT Policing records", consentReliedOn = "Signed consent at induction", requestedOn = Day(3) });
        Assert.Equal(HttpStatusCode.Created, check.StatusCode);
        var checkUrl = $"/api/v1/people/{id}/collateral-checks/{(await check.JsonAsync()).GetProperty("id").GetString()}/result";
        Assert.False((await RequirementsAsync(officer, id))["PoliceRecord"]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await officer.PostJsonAsync(checkUrl, new { completedOn = Day(5), result = "Nothing further" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await officer.PostJsonAsync(checkUrl, new { completedOn = Day(1), result = "Two prior convictions for assault, 2019 and 2021" })).StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await officer.PostJsonAsync(checkUrl, new { result = "Changed my mind" })).StatusCode);
        Assert.True((await RequirementsAsync(officer, id))["PoliceRecord"]);
        var listed = Assert.Single((await (await officer.GetAsync($"/api/v1/people/{id}/collateral-checks")).JsonAsync()).EnumerateArray());
        Assert.Equal(("Police criminal history", "Two prior convictions for assault, 2019 and 2021"), (listed.GetProperty("typeName").GetString(), listed.GetProperty("result").GetString()));

        var bad = await officer.PostJsonAsync($"/api/v1/people/{id}/collateral-checks", new { type = "Horoscope", source = "x" });
        var errors = (await bad.JsonAsync()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("type", out _) && errors.TryGetProperty("consentReliedOn", out _));
    }

    [Fact]
    [Trait("Req", "ASM-06")]
    public async Task ChecksPages_RecordACheckAndItsResult_WithErrorsSummarised()
    {
        var (id, office) = await CommunityPersonAsync();
        var page = await app.SignedInClientAtSiteAsync(office, Roles.CaseOfficer);
        var missing = await (await page.PostFormAsync($"/People/{id}/Checks/Request", new() { ["Input.Source"] = "Previous employer" })).HtmlAsync();
        var links = missing.QuerySelectorAll(".govuk-error-summary a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("#Input_Type", links);
        Assert.Contains("#Input_ConsentReliedOn", links);
        var saved = await page.PostFormAsync($"/People/{id}/Checks/Request", new() { ["Input.Type"] = "Employer", ["Input.Source"] = "Previous employer", ["Input.ConsentReliedOn"] = "Verbal consent, 20 November" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var checkId = await app.WithDbAsync(db => db.CollateralChecks.Where(c => c.PersonId == Guid.Parse(id)).Select(c => c.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await page.PostFormAsync($"/People/{id}/Checks/{checkId}/Result", new() { ["Input.Result"] = "Confirms steady work until March" })).StatusCode);
        var assessments = await page.GetHtmlAsync($"/People/{id}/Assessments");
        Assert.Contains("Confirms steady work until March", assessments.QuerySelector("#checks")!.TextContent);
        Assert.Contains("Outstanding", assessments.QuerySelector("#requirements")!.TextContent);
    }

    public static TheoryData<string, object, string> BadStarts => new()
    {
        { "no tool", new { answers = new { } }, "tool" },
        { "unknown tool", new { tool = "Lsi" }, "tool" },
        { "tool as a number", new { tool = "1" }, "tool" },
        { "in the future", new { tool = "LsiR", assessedOn = "2099-01-01" }, "assessedOn" },
        { "answers not an object", new { tool = "LsiR", answers = new[] { 1, 0 } }, "answers" },
    };

    [Theory]
    [MemberData(nameof(BadStarts))]
    [Trait("Req", "ASM-04")]
    public async Task BadStart_IsRefused_AndNothingIsSaved(string name, object body, string field)
    {
        var (id, office) = await CommunityPersonAsync();
        var officer = await app.ApiClientAtSiteAsync(office, Roles.CaseOfficer);
        var response = await officer.PostJsonAsync($"/api/v1/people/{id}/assessments", body);
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{name}: {(int)response.StatusCode}");
        Assert.True((await response.JsonAsync()).GetProperty("errors").TryGetProperty(field, out _), name);
        Assert.False(await app.WithDbAsync(db => db.Assessments.AnyAsync(a => a.PersonId == Guid.Parse(id))));
    }

    [Fact]
    [Trait("Req", "ASM-04")]
    public async Task ARecordsOfficerReadsAssessments_ButCannotAssess()
    {
        var (id, _) = await CommunityPersonAsync();
        var records = await app.ApiClientForRoleAsync(Roles.RecordsOfficer);
        Assert.Equal(HttpStatusCode.OK, (await records.GetAsync($"/api/v1/people/{id}/assessments")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await records.PostJsonAsync($"/api/v1/people/{id}/assessments", new { tool = "LsiR" })).StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class AssessmentsOnSqlite(SqliteApp app) : AssessmentsTests(app);

[Collection(PostgresCollection.Name)]
public sealed class AssessmentsOnPostgres(PostgresApp app) : AssessmentsTests(app);
