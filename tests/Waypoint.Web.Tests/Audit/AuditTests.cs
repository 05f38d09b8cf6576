using System.Net;
using Microsoft.EntityFrameworkCore;
using Waypoint.Core.Security;
using Waypoint.Web.Tests.Infrastructure;
using static Waypoint.Web.Tests.Infrastructure.HttpExtensions;

namespace Waypoint.Web.Tests.Audit;

public abstract class AuditTests(AppFixture app)
{
    protected abstract AppFixture NewIsolatedApp();

    private async Task<(string Id, string OffenderNumber)> CreatePersonAsync(HttpClient api, string family)
    {
        var body = await (await api.PostJsonAsync("/api/v1/people", NewPerson(family))).JsonAsync();
        return (body.GetProperty("id").GetString()!, body.GetProperty("offenderNumber").GetString()!);
    }

    [Fact]
    [Trait("Req", "REC-03")]
    public async Task RecordsOfficer_SearchesByPersonUserActionAndDate()
    {
        var officer = await app.ApiClientAsync(Roles.CaseOfficer);
        var me = await (await officer.GetAsync("/api/v1/me")).JsonAsync();
        var (id, number) = await CreatePersonAsync(officer, UniqueName("Audited"));
        await officer.GetAsync($"/api/v1/people/{id}");
        var records = await app.ApiClientAsync(Roles.RecordsOfficer);
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd");

        var byPerson = await (await records.GetAsync($"/api/v1/audit?person={number}")).JsonAsync();
        Assert.Equal(["person.viewed", "person.created"], byPerson.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("action").GetString()));

        var byUserAndAction = await (await records.GetAsync($"/api/v1/audit?user={me.GetProperty("userName").GetString()}&action=person.viewed&from={today}&to={today}")).JsonAsync();
        var only = Assert.Single(byUserAndAction.GetProperty("items").EnumerateArray());
        Assert.Equal(id, only.GetProperty("personId").GetString());

        var yesterday = DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd");
        var none = await (await records.GetAsync($"/api/v1/audit?person={number}&to={yesterday}")).JsonAsync();
        Assert.Empty(none.GetProperty("items").EnumerateArray());
    }

    [Fact]
    [Trait("Req", "REC-03")]
    public async Task AuditPage_ExportsTheFilteredEntriesAsCsv()
    {
        var officer = await app.ApiClientAsync(Roles.CaseOfficer);
        var (_, number) = await CreatePersonAsync(officer, UniqueName("Exported"));
        var page = await app.SignedInClientAsync(Roles.RecordsOfficer);
        var html = await page.GetHtmlAsync($"/Audit?Filter.Person={number}");
        Assert.Contains("person.created", html.QuerySelector(".govuk-table__body")!.TextContent);
        var csv = await page.GetAsync($"/Audit?handler=Export&Filter.Person={number}");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var lines = (await csv.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Sequence,OccurredAt,UserName,Action", lines[0]);
        Assert.Contains(lines, l => l.Contains("person.created") && l.Contains(number));
    }

    [Fact]
    [Trait("Req", "REC-01")]
    public async Task Auditor_EveryPageViewIsLogged()
    {
        var auditorName = await app.CreateUserAsync(Roles.Auditor);
        var auditor = app.CreateClient(new() { AllowAutoRedirect = false });
        await auditor.PostFormAsync("/Account/SignIn", new() { ["UserName"] = auditorName, ["Password"] = AppFixture.Password });
        Assert.Equal(HttpStatusCode.OK, (await auditor.GetAsync("/People?q=anything")).StatusCode);
        var logged = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.UserName == auditorName && a.Action == "auditor.viewed").Select(a => a.RecordId).ToListAsync());
        Assert.Contains("/People", logged);
    }

    [Fact]
    [Trait("Req", "REC-03")]
    public async Task AlteredRow_FailsVerificationAtThatEntry()
    {
        await using var isolated = NewIsolatedApp();
        await isolated.InitializeAsync();
        var api = await isolated.ApiClientAsync(Roles.CaseOfficer);
        for (var i = 0; i < 3; i++)
        {
            await CreatePersonAsync(api, UniqueName("Chain"));
        }
        var admin = await isolated.ApiClientAsync(Roles.Administrator);
        var intact = await (await admin.GetAsync("/api/v1/audit/verification")).JsonAsync();
        Assert.True(intact.GetProperty("intact").GetBoolean());
        Assert.Equal(3, intact.GetProperty("entriesVerified").GetInt64());

        await isolated.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("UPDATE \"AuditEntries\" SET \"UserName\" = 'someone else' WHERE \"Sequence\" = 2"));
        var altered = await (await admin.GetAsync("/api/v1/audit/verification")).JsonAsync();
        Assert.False(altered.GetProperty("intact").GetBoolean());
        Assert.Equal(2, altered.GetProperty("firstBrokenSequence").GetInt64());
        Assert.Equal("entry 2 was altered after it was written", altered.GetProperty("message").GetString());

        await isolated.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("DELETE FROM \"AuditEntries\" WHERE \"Sequence\" IN (1, 2)"));
        var missing = await (await admin.GetAsync("/api/v1/audit/verification")).JsonAsync();
        Assert.Equal(1, missing.GetProperty("firstBrokenSequence").GetInt64());
        Assert.Contains("missing", missing.GetProperty("message").GetString());
    }

    [Fact]
    [Trait("Req", "REC-03")]
    public async Task ConcurrentWriters_KeepOneUnbrokenChain()
    {
        await using var isolated = NewIsolatedApp();
        await isolated.InitializeAsync();
        var api = await isolated.ApiClientAsync(Roles.CaseOfficer);
        await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => CreatePersonAsync(api, UniqueName("Parallel"))));
        var admin = await isolated.ApiClientAsync(Roles.Administrator);
        var result = await (await admin.GetAsync("/api/v1/audit/verification")).JsonAsync();
        Assert.True(result.GetProperty("intact").GetBoolean(), result.GetProperty("message").GetString());
        Assert.Equal(12, result.GetProperty("entriesVerified").GetInt64());
    }
}

[Collection(SqliteCollection.Name)]
public sealed class AuditOnSqlite(SqliteApp app) : AuditTests(app)
{
    protected override AppFixture NewIsolatedApp() => new SqliteApp();
}

[Collection(PostgresCollection.Name)]
public sealed class AuditOnPostgres(PostgresApp app) : AuditTests(app)
{
    protected override AppFixture NewIsolatedApp() => new PostgresApp();
}
