using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Waypoint.Core.Security;
using Waypoint.Core.Staff;
using Waypoint.Web.Tests.Infrastructure;
using static Waypoint.Web.Tests.Infrastructure.HttpExtensions;

namespace Waypoint.Web.Tests.Imps;

/// <summary>PLN-09 (COPP 10.3): the IMP developed by an Assessment Officer, approved by the coordinator, and reviewed.</summary>
public abstract class ImpsTests(AppFixture app)
{
    private static string Day(int fromToday) => DateTime.UtcNow.Date.AddDays(fromToday).ToString("yyyy-MM-dd");

    /// <summary>A prisoner received ten days ago at a new prison, eligible for release after the given number of months.</summary>
    private async Task<(string Id, Guid Prison)> PrisonerAsync(int months)
    {
        var prison = await app.SiteAsync(SiteKind.Prison);
        var records = await app.ApiClientForRoleAsync(Roles.RecordsOfficer);
        var id = (await (await records.PostJsonAsync("/api/v1/people", NewPerson(UniqueName("Imprisoned")))).JsonAsync()).GetProperty("id").GetString()!;
        var start = DateTime.UtcNow.Date.AddDays(-10);
        (await records.PostJsonAsync($"/api/v1/people/{id}/orders", new
        {
            policyPack = "prisons", orderType = "Imprisonment", issuingAuthority = "WA District Court",
            dates = new { sentenceDate = start.ToString("yyyy-MM-dd"), start = start.ToString("yyyy-MM-dd"), expiry = start.AddMonths(months * 2).ToString("yyyy-MM-dd"), earliestEligibilityDate = start.AddMonths(months).ToString("yyyy-MM-dd") },
        })).EnsureSuccessStatusCode();
        (await records.PostJsonAsync($"/api/v1/people/{id}/placements", new { siteId = prison, from = Day(-10), permanent = true })).EnsureSuccessStatusCode();
        return (id, prison);
    }

    private static object Complete(string? exception = null) => new
    {
        needs = "Alcohol misuse; no trade; low literacy",
        placementRecommendation = "Minimum-security prison farm after six months",
        securityClassification = "Minimum",
        interventions = new[] { new { what = "Pathways AOD program", kind = "Program" }, new { what = "Certificate II in Horticulture", kind = "Vocational" } },
        consulted = new { treatmentAssessor = true, educationAssessor = true, prisoner = true },
        exceptionReason = exception,
    };

    private static async Task<JsonElement> Ok(Task<HttpResponseMessage> call)
    {
        var response = await call;
        var body = await response.JsonAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {body}");
        return body;
    }

    [Fact]
    [Trait("Req", "PLN-09")]
    public async Task TheAssessmentOfficerDevelopsTheImp_TheCoordinatorApprovesIt_AndTheReportingCycleStarts()
    {
        var (id, prison) = await PrisonerAsync(24);
        var assessorName = await app.CreateUserAsync(Roles.AssessmentOfficer);
        await app.PlaceAtSiteAsync(assessorName, prison);
        var assessor = await app.ApiClientForUserAsync(assessorName);
        var coordinatorName = await app.CreateUserAsync(Roles.CaseManagementCoordinator);
        await app.PlaceAtSiteAsync(coordinatorName, prison);
        var coordinator = await app.ApiClientForUserAsync(coordinatorName);

        var created = await assessor.PostJsonAsync($"/api/v1/people/{id}/imps", new { });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var url = $"/api/v1/people/{id}/imps/{(await created.JsonAsync()).GetProperty("id").GetString()}";
        var incomplete = await assessor.PostJsonAsync($"{url}/submit", new { });
        Assert.Equal(HttpStatusCode.BadRequest, incomplete.StatusCode);
        var errors = (await incomplete.JsonAsync()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("securityClassification", out _) && errors.TryGetProperty("needs", out _));

        Assert.Equal(HttpStatusCode.BadRequest, (await assessor.PutJsonAsync(url, new { securityClassification = "Open" }, "\"1\"")).StatusCode);
        var saved = await Ok(assessor.PutJsonAsync(url, Complete(), "\"1\""));
        Assert.True(saved.GetProperty("required").GetBoolean());
        await Ok(assessor.PostJsonAsync($"{url}/submit", new { }));
        var coordinatorId = await app.WithDbAsync(db => db.Users.Where(u => u.UserName == coordinatorName).Select(u => u.Id).SingleAsync());
        Assert.True(await app.WithDbAsync(db => db.Notifications.AnyAsync(n => n.RecipientUserId == coordinatorId && n.Kind == Core.Notifications.NotificationKind.ImpSubmitted)));

        Assert.Equal(HttpStatusCode.Forbidden, (await assessor.PostJsonAsync($"{url}/approve", new { })).StatusCode);
        var approved = await Ok(coordinator.PostJsonAsync($"{url}/approve", new { }));
        Assert.Equal(("Approved", Day(0)), (approved.GetProperty("status").GetString(), approved.GetProperty("approvedOn").GetString()));

        // COPP 10.3: the IMP obligation is met, and the approval anchors the alternating reporting cycle.
        var obligations = (await (await coordinator.GetAsync($"/api/v1/people/{id}/obligations")).JsonAsync()).EnumerateArray().ToList();
        Assert.Equal("MetOnTime", obligations.Single(o => o.GetProperty("kind").GetString() == "ImpDue").GetProperty("status").GetString());
        Assert.Contains(obligations, o => o.GetProperty("kind").GetString() == "RegularContactReport");

        // A review starts from the approved IMP and must say who it was done with and what progress was found.
        var review = await (await assessor.PostJsonAsync($"/api/v1/people/{id}/imps", new { })).JsonAsync();
        Assert.Equal(2, review.GetProperty("number").GetInt32());
        var reviewErrors = (await (await assessor.PostJsonAsync($"/api/v1/people/{id}/imps/{review.GetProperty("id").GetString()}/submit", new { })).JsonAsync()).GetProperty("errors");
        Assert.True(reviewErrors.TryGetProperty("reviewedWith", out _) && reviewErrors.TryGetProperty("progress", out _));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await assessor.PostJsonAsync($"/api/v1/people/{id}/imps", new { })).StatusCode);
    }

    [Fact]
    [Trait("Req", "PLN-09")]
    public async Task AnImpForASentenceNotOverTheThreshold_NeedsTheReasonRecorded()
    {
        var (id, prison) = await PrisonerAsync(4);
        var assessor = await app.ApiClientAtSiteAsync(prison, Roles.AssessmentOfficer);
        var url = $"/api/v1/people/{id}/imps/{(await (await assessor.PostJsonAsync($"/api/v1/people/{id}/imps", new { })).JsonAsync()).GetProperty("id").GetString()}";
        var saved = await Ok(assessor.PutJsonAsync(url, Complete(), "\"1\""));
        Assert.False(saved.GetProperty("required").GetBoolean());
        Assert.Equal("exceptionReason", Assert.Single(saved.GetProperty("problemsSubmitting").EnumerateArray()).GetProperty("field").GetString());
        await Ok(assessor.PutJsonAsync(url, Complete("Serious violence: programs needed before release"), "\"2\""));
        Assert.Equal("Submitted", (await Ok(assessor.PostJsonAsync($"{url}/submit", new { }))).GetProperty("status").GetString());
    }

    [Fact]
    [Trait("Req", "PLN-09")]
    public async Task ThroughThePages_TheImpIsWrittenSubmittedAndApproved()
    {
        var (id, prison) = await PrisonerAsync(24);
        var assessor = await app.SignedInClientAtSiteAsync(prison, Roles.AssessmentOfficer);
        var started = await assessor.PostFormAsync($"/People/{id}/Imps", new(), handler: "Start");
        var edit = started.Headers.Location!.ToString();
        var impUrl = edit[..edit.LastIndexOf("/Edit", StringComparison.Ordinal)];
        var fields = new Dictionary<string, string>
        {
            ["Version"] = "1", ["Command"] = "save", ["Form.Needs"] = "Alcohol misuse", ["Form.PlacementRecommendation"] = "Prison farm",
            ["Form.SecurityClassification"] = "Minimum", ["Interventions[0].What"] = "Pathways AOD program", ["Interventions[0].Kind"] = "Program",
            ["Interventions[0].Status"] = "Planned", ["Form.Consulted.TreatmentAssessor"] = "true", ["Form.Consulted.EducationAssessor"] = "true",
        };
        Assert.Equal(HttpStatusCode.Redirect, (await assessor.PostFormAsync(edit, fields)).StatusCode);
        var refused = await (await assessor.PostFormAsync(impUrl, new() { ["Version"] = "2" }, handler: "Submit")).HtmlAsync();
        Assert.Contains("prisoner was not consulted", refused.QuerySelector(".govuk-error-summary")!.TextContent);
        fields["Version"] = "2";
        fields["Form.Consulted.Prisoner"] = "true";
        Assert.Equal(HttpStatusCode.Redirect, (await assessor.PostFormAsync(edit, fields)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await assessor.PostFormAsync(impUrl, new() { ["Version"] = "3" }, handler: "Submit")).StatusCode);

        var coordinator = await app.SignedInClientAtSiteAsync(prison, Roles.CaseManagementCoordinator);
        Assert.NotNull((await coordinator.GetHtmlAsync(impUrl)).QuerySelector("#decide-step"));
        Assert.Equal(HttpStatusCode.Redirect, (await coordinator.PostFormAsync(impUrl, new() { ["Version"] = "4" }, handler: "Approve")).StatusCode);
        Assert.Equal("Approved", (await coordinator.GetHtmlAsync(impUrl)).QuerySelector("#imp-status")!.TextContent);
        Assert.NotNull((await coordinator.GetHtmlAsync($"/People/{id}/Plans")).QuerySelector("#imp-link"));
    }

    [Fact]
    [Trait("Req", "PLN-09")]
    public async Task NoImp_ForSomeoneNotInPrison_AndOnlyAssessmentOfficersWriteOne()
    {
        var records = await app.ApiClientForRoleAsync(Roles.RecordsOfficer);
        var free = (await (await records.PostJsonAsync("/api/v1/people", NewPerson(UniqueName("Free")))).JsonAsync()).GetProperty("id").GetString();
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await (await app.ApiClientAsync(Roles.AssessmentOfficer)).PostJsonAsync($"/api/v1/people/{free}/imps", new { })).StatusCode);
        var (id, prison) = await PrisonerAsync(24);
        var officer = await app.ApiClientAtSiteAsync(prison, Roles.CaseOfficer);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PostJsonAsync($"/api/v1/people/{id}/imps", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync($"/api/v1/people/{id}/imps")).StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ImpsOnSqlite(SqliteApp app) : ImpsTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ImpsOnPostgres(PostgresApp app) : ImpsTests(app);
