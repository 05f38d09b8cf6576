using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Waypoint.Core.Security;
using Waypoint.Web.Tests.Infrastructure;
using static Waypoint.Web.Tests.Infrastructure.HttpExtensions;

namespace Waypoint.Web.Tests.Security;

/// <summary>
/// Every malformed request is answered 4xx with RFC 9457 problem details, and nothing changes: the person the test
/// made keeps its version and audit trail, and no new person appears under the test's unique name.
/// </summary>
public abstract class BadInputTests(AppFixture app)
{
    public sealed record Case(string Name, string Method, string Path, string? Body, int Status, string? ContentType = "application/json", string? IfMatch = null)
    {
        public override string ToString() => Name;
    }

    private const string P = "{person}";
    private const string A = "{alert}";
    private const string F = "{family}";

    public static TheoryData<Case> Cases => new()
    {
        new("malformed JSON", "POST", "/api/v1/people", "{\"familyName\": ", 400),
        new("JSON array instead of object", "POST", "/api/v1/people", "[1,2,3]", 400),
        new("empty body", "POST", "/api/v1/people", "", 400),
        new("unknown field", "POST", "/api/v1/people", $"{{\"familyName\":\"{F}\",\"givenNames\":\"A\",\"dateOfBirth\":\"1990-01-01\",\"favouriteColour\":\"blue\"}}", 400),
        new("date of birth wrong type", "POST", "/api/v1/people", $"{{\"familyName\":\"{F}\",\"givenNames\":\"A\",\"dateOfBirth\":19900101}}", 400),
        new("date of birth not a date", "POST", "/api/v1/people", $"{{\"familyName\":\"{F}\",\"givenNames\":\"A\",\"dateOfBirth\":\"31/02/1990\"}}", 400),
        new("impossible date", "POST", "/api/v1/people", $"{{\"familyName\":\"{F}\",\"givenNames\":\"A\",\"dateOfBirth\":\"1990-02-30\"}}", 400),
        new("interpreter flag as string", "POST", "/api/v1/people", $"{{\"familyName\":\"{F}\",\"givenNames\":\"A\",\"dateOfBirth\":\"1990-01-01\",\"interpreterRequired\":\"yes\"}}", 400),
        new("missing names", "POST", "/api/v1/people", "{\"dateOfBirth\":\"1990-01-01\"}", 400),
        new("missing date of birth", "POST", "/api/v1/people", $"{{\"familyName\":\"{F}\",\"givenNames\":\"A\"}}", 400),
        new("date of birth in the future", "POST", "/api/v1/people", $"{{\"familyName\":\"{F}\",\"givenNames\":\"A\",\"dateOfBirth\":\"2999-01-01\"}}", 422),
        new("date of birth 300 years ago", "POST", "/api/v1/people", $"{{\"familyName\":\"{F}\",\"givenNames\":\"A\",\"dateOfBirth\":\"1726-01-01\"}}", 422),
        new("unknown gender code", "POST", "/api/v1/people", $"{{\"familyName\":\"{F}\",\"givenNames\":\"A\",\"dateOfBirth\":\"1990-01-01\",\"gender\":\"Robot\"}}", 400),
        new("gender given as a number", "POST", "/api/v1/people", $"{{\"familyName\":\"{F}\",\"givenNames\":\"A\",\"dateOfBirth\":\"1990-01-01\",\"gender\":\"2\"}}", 400),
        new("family name too long", "POST", "/api/v1/people", $"{{\"familyName\":\"{F}{new string('x', 120)}\",\"givenNames\":\"A\",\"dateOfBirth\":\"1990-01-01\"}}", 400),
        new("control characters in a name", "POST", "/api/v1/people", $"{{\"familyName\":\"{F}\\u0007\",\"givenNames\":\"A\",\"dateOfBirth\":\"1990-01-01\"}}", 400),
        new("email without @", "POST", "/api/v1/people", $"{{\"familyName\":\"{F}\",\"givenNames\":\"A\",\"dateOfBirth\":\"1990-01-01\",\"email\":\"nobody\"}}", 400),
        new("wrong content type", "POST", "/api/v1/people", $"familyName={F}", 415, "application/x-www-form-urlencoded"),
        new("oversize body", "POST", "/api/v1/people", $"{{\"familyName\":\"{F}\",\"givenNames\":\"{new string('a', 300_000)}\",\"dateOfBirth\":\"1990-01-01\"}}", 413),
        new("update without If-Match", "PUT", $"/api/v1/people/{P}", $"{{\"familyName\":\"{F}\",\"givenNames\":\"B\",\"dateOfBirth\":\"1990-01-01\"}}", 428),
        new("update with stale If-Match", "PUT", $"/api/v1/people/{P}", $"{{\"familyName\":\"{F}\",\"givenNames\":\"B\",\"dateOfBirth\":\"1990-01-01\"}}", 412, IfMatch: "\"99\""),
        new("update with invalid body", "PUT", $"/api/v1/people/{P}", "{\"familyName\":\"\",\"givenNames\":\"B\",\"dateOfBirth\":\"1990-01-01\"}", 400, IfMatch: "\"2\""),
        new("update with unknown field", "PUT", $"/api/v1/people/{P}", "{\"offenderNumber\":\"W9999999\"}", 400, IfMatch: "\"2\""),
        new("update of an unknown person", "PUT", "/api/v1/people/00000000-0000-0000-0000-000000000001", $"{{\"familyName\":\"{F}\",\"givenNames\":\"B\",\"dateOfBirth\":\"1990-01-01\"}}", 404, IfMatch: "\"1\""),
        new("person id not a guid", "GET", "/api/v1/people/not-a-guid", null, 404),
        new("alert with unknown type", "POST", $"/api/v1/people/{P}/alerts", "{\"type\":\"Dragons\",\"details\":\"x\",\"startDate\":\"2026-01-01\"}", 400),
        new("alert without start date", "POST", $"/api/v1/people/{P}/alerts", "{\"type\":\"Violence\",\"details\":\"x\"}", 400),
        new("alert ending before it starts", "POST", $"/api/v1/people/{P}/alerts", "{\"type\":\"Violence\",\"details\":\"x\",\"startDate\":\"2026-01-10\",\"endDate\":\"2026-01-01\"}", 422),
        new("alert without details", "POST", $"/api/v1/people/{P}/alerts", "{\"type\":\"Violence\",\"startDate\":\"2026-01-01\"}", 400),
        new("ending an alert the person does not have", "POST", $"/api/v1/people/{P}/alerts/00000000-0000-0000-0000-000000000002/end", "{\"endDate\":\"2026-01-01\"}", 422),
        new("ending an alert before it started", "POST", $"/api/v1/people/{P}/alerts/{A}/end", "{\"endDate\":\"2000-01-01\"}", 422),
        new("alias without family name", "POST", $"/api/v1/people/{P}/aliases", "{\"givenNames\":\"Jo\"}", 400),
        new("identifier without value", "POST", $"/api/v1/people/{P}/identifiers", "{\"type\":\"Court file\"}", 400),
        new("responsivity factor of unknown type", "POST", $"/api/v1/people/{P}/responsivity-factors", "{\"type\":\"Telepathy\",\"details\":\"x\"}", 400),
        new("significant other without relationship", "POST", $"/api/v1/people/{P}/significant-others", "{\"name\":\"Ann\",\"kind\":\"Family\"}", 400),
        new("search with nothing to search for", "GET", "/api/v1/people", null, 400),
        new("search with a bad date of birth", "GET", "/api/v1/people?dateOfBirth=12-03-1990", null, 400),
        new("search with a forged cursor", "GET", "/api/v1/people?q=smith&cursor=%%%", null, 400),
        new("search with limit out of range", "GET", "/api/v1/people?q=smith&limit=10000", null, 400),
        new("search with non-numeric limit", "GET", "/api/v1/people?q=smith&limit=lots", null, 400),
        new("history with a forged cursor", "GET", $"/api/v1/people/{P}/history?cursor=bm90LWEtbnVtYmVy", null, 400),
        new("idempotency key too long", "POST", "/api/v1/people", $"{{\"familyName\":\"{F}\",\"givenNames\":\"A\",\"dateOfBirth\":\"1990-01-01\"}}", 400),
        new("staff directory with a forged cursor", "GET", "/api/v1/staff?cursor=bm90LWEtbnVtYmVy", null, 400),
        new("staff directory with limit out of range", "GET", "/api/v1/staff?limit=0", null, 400),
        new("delegation register with a forged cursor", "GET", "/api/v1/delegations?cursor=%%%", null, 400),
        new("delegation register with limit out of range", "GET", "/api/v1/delegations?limit=101", null, 400),
        new("delegation register with current not a boolean", "GET", "/api/v1/delegations?current=maybe", null, 400),
        new("case team member with unknown field", "POST", $"/api/v1/people/{P}/case-team", "{\"name\":\"Ann\",\"role\":\"Liaison\",\"badge\":7}", 400),
        new("case team member ending who is not on it", "POST", $"/api/v1/people/{P}/case-team/{A}/end", "{}", 422),
        new("unknown API route", "GET", "/api/v1/nothing-here", null, 404),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    [Trait("Req", "PPL-01")]
    public async Task MalformedRequest_IsRefusedWithProblemDetails_AndChangesNothing(Case c)
    {
        var api = await app.ApiClientAsync(Roles.CaseOfficer, Roles.RecordsOfficer);
        var family = UniqueName("Badinput");
        var created = await (await api.PostJsonAsync("/api/v1/people", NewPerson(family))).JsonAsync();
        var id = Guid.Parse(created.GetProperty("id").GetString()!);
        var alert = await (await api.PostJsonAsync($"/api/v1/people/{id}/alerts", new { type = "Medical", details = "Asthma", startDate = "2026-01-05" })).JsonAsync();
        var before = await app.WithDbAsync(db => db.People.Where(p => p.Id == id).Select(p => p.Version).SingleAsync());
        var auditBefore = await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.PersonId == id && a.Action != "person.viewed"));
        var markerFamily = UniqueName("Neverstored");

        var request = new HttpRequestMessage(new HttpMethod(c.Method), c.Path.Replace(P, id.ToString()).Replace(A, alert.GetProperty("id").GetString()));
        if (c.Body is not null)
        {
            request.Content = new StringContent(c.Body.Replace(F, markerFamily), Encoding.UTF8, c.ContentType!);
        }
        if (c.IfMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", c.IfMatch);
        }
        if (c.Name == "idempotency key too long")
        {
            request.Headers.Add("Idempotency-Key", new string('k', 500));
        }
        var response = await api.SendAsync(request);

        Assert.Equal(c.Status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.JsonAsync();
        Assert.Equal(c.Status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()));
        Assert.Equal(before, await app.WithDbAsync(db => db.People.Where(p => p.Id == id).Select(p => p.Version).SingleAsync()));
        Assert.Equal(auditBefore, await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.PersonId == id && a.Action != "person.viewed")));
        Assert.False(await app.WithDbAsync(db => db.People.AnyAsync(p => p.FamilyName.StartsWith(markerFamily))));
    }

    [Fact]
    [Trait("Req", "PPL-01")]
    public async Task ValidationProblem_ListsEachField()
    {
        var api = await app.ApiClientAsync(Roles.CaseOfficer);
        var response = await api.PostJsonAsync("/api/v1/people", new { gender = "Robot" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.JsonAsync()).GetProperty("errors");
        Assert.Equal("Enter a family name", errors.GetProperty("familyName")[0].GetString());
        Assert.Equal("Enter given names", errors.GetProperty("givenNames")[0].GetString());
        Assert.Equal("Enter a date of birth", errors.GetProperty("dateOfBirth")[0].GetString());
        Assert.StartsWith("Gender must be one of: NotStated, Female, Male", errors.GetProperty("gender")[0].GetString());
    }
}

[Collection(SqliteCollection.Name)]
public sealed class BadInputOnSqlite(SqliteApp app) : BadInputTests(app);

[Collection(PostgresCollection.Name)]
public sealed class BadInputOnPostgres(PostgresApp app) : BadInputTests(app);
