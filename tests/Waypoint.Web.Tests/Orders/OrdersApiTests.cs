using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Waypoint.Core.Security;
using Waypoint.Web.Tests.Infrastructure;
using static Waypoint.Web.Tests.Infrastructure.HttpExtensions;

namespace Waypoint.Web.Tests.Orders;

public abstract class OrdersApiTests(AppFixture app)
{
    private async Task<(HttpClient Api, string PersonId)> PersonAsync()
    {
        var api = await app.ApiClientForRoleAsync(Roles.RecordsOfficer);
        var person = await (await api.PostJsonAsync("/api/v1/people", NewPerson(UniqueName("Sentenced")))).JsonAsync();
        return (api, person.GetProperty("id").GetString()!);
    }

    /// <summary>Stands for the fixture's community office, or its prison, in the static order bodies below.</summary>
    private const string Office = "{office}";
    private const string Prison = "{prison}";

    private async Task<HttpResponseMessage> PostOrderAsync(HttpClient api, string personId, object body)
    {
        var json = System.Text.Json.JsonSerializer.Serialize(body, JsonOptions)
            .Replace(Office, (await app.CommunityOfficeAsync()).ToString())
            .Replace(Prison, (await app.SharedSiteAsync(Core.Staff.SiteKind.Prison)).ToString());
        return await api.PostAsync($"/api/v1/people/{personId}/orders", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));
    }

    private static object Ico(string start = "2026-02-01", string? supervision = "2026-02-03", string? expiry = "2027-02-01", string office = Office) => new
    {
        policyPack = "community", orderType = "ICO", issuingAuthority = "ACT Supreme Court", supervisingSiteId = office,
        dates = new { sentenceDate = start, start, supervisionStart = supervision, expiry },
    };

    private static object Imprisonment(string start, string? eed = null, string? edr = null, string? expiry = null) => new
    {
        policyPack = "prisons", orderType = "Imprisonment", issuingAuthority = "District Court of WA",
        dates = new { sentenceDate = start, start, expiry, earliestEligibilityDate = eed, earliestDateOfRelease = edr },
    };

    [Fact]
    [Trait("Req", "PPL-04")]
    public async Task ConcurrentOrders_WithConditions_AreListed()
    {
        var (api, id) = await PersonAsync();
        var ico = await (await PostOrderAsync(api, id, Ico())).JsonAsync();
        var orderId = ico.GetProperty("id").GetString();
        Assert.Equal(HttpStatusCode.Created, (await api.PostJsonAsync($"/api/v1/orders/{orderId}/conditions", new { conditionType = "CommunityService", details = "120 hours of community service work", hours = 120 })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await api.PostJsonAsync($"/api/v1/orders/{orderId}/conditions", new { conditionType = "Curfew", details = "At home 7pm to 7am" })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await PostOrderAsync(api, id, Ico("2026-05-01", "2026-05-01", "2026-11-01") )).StatusCode);

        var sentence = await (await api.GetAsync($"/api/v1/people/{id}/orders")).JsonAsync();
        var orders = sentence.GetProperty("orders").EnumerateArray().ToList();
        Assert.Equal(2, orders.Count);
        var first = orders.Single(o => o.GetProperty("id").GetString() == orderId);
        Assert.Equal(["CommunityService", "Curfew"], first.GetProperty("conditions").EnumerateArray().Select(c => c.GetProperty("conditionType").GetString()));
        Assert.Equal(JsonValueKindNull, sentence.GetProperty("effectiveSentence").ValueKind);
    }

    private const System.Text.Json.JsonValueKind JsonValueKindNull = System.Text.Json.JsonValueKind.Null;

    [Fact]
    [Trait("Req", "PPL-06")]
    public async Task EffectiveSentence_IsDerivedFromTheCustodialOrders()
    {
        var (api, id) = await PersonAsync();
        await PostOrderAsync(api, id, Imprisonment("2026-01-01", edr: "2026-09-30", expiry: "2027-01-01"));
        await PostOrderAsync(api, id, Imprisonment("2026-10-01", eed: "2027-09-30", expiry: "2028-10-01"));
        var effective = (await (await api.GetAsync($"/api/v1/people/{id}/orders")).JsonAsync()).GetProperty("effectiveSentence");
        Assert.Equal("2026-01-01", effective.GetProperty("start").GetString());
        Assert.Equal("2027-09-30", effective.GetProperty("end").GetString());
        Assert.Equal(637, effective.GetProperty("days").GetInt32());
    }

    [Fact]
    [Trait("Req", "PPL-04")]
    public async Task Variation_NeedsTheETag_AndKeepsWhatChangedAndWhy()
    {
        var (api, id) = await PersonAsync();
        var order = await (await PostOrderAsync(api, id, Ico())).JsonAsync();
        var orderId = order.GetProperty("id").GetString();
        var change = new { sentenceDate = "2026-02-01", start = "2026-02-01", supervisionStart = "2026-02-03", expiry = "2027-08-01", reason = "Varied by the court on appeal" };

        Assert.Equal((HttpStatusCode)428, (await api.PutAsJsonAsync($"/api/v1/orders/{orderId}/dates", change, JsonOptions)).StatusCode);
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/orders/{orderId}/dates") { Content = JsonContent.Create(change, options: JsonOptions) };
        request.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
        var varied = await api.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, varied.StatusCode);
        Assert.Equal("2027-08-01", (await varied.JsonAsync()).GetProperty("dates").GetProperty("expiry").GetString());

        var entry = await app.WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.RecordId == orderId && a.Action == "order.varied"));
        Assert.Equal("Varied by the court on appeal", entry.Reason);
        Assert.Contains("\"field\":\"Expiry\",\"from\":\"2027-02-01\",\"to\":\"2027-08-01\"", entry.Details);
    }

    [Fact]
    [Trait("Req", "PPL-04")]
    public async Task RevokedOrder_CannotBeVariedOrGivenConditions()
    {
        var (api, id) = await PersonAsync();
        var orderId = (await (await PostOrderAsync(api, id, Ico())).JsonAsync()).GetProperty("id").GetString();
        var ended = await api.PostJsonAsync($"/api/v1/orders/{orderId}/end", new { outcome = "Revoked", endedOn = "2026-06-01", reason = "Revoked by the Sentence Administration Board" });
        Assert.Equal(HttpStatusCode.OK, ended.StatusCode);
        Assert.Equal("Revoked", (await ended.JsonAsync()).GetProperty("status").GetString());

        var condition = await api.PostJsonAsync($"/api/v1/orders/{orderId}/conditions", new { conditionType = "Curfew", details = "x" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, condition.StatusCode);
        Assert.Equal("This order has already ended (revoked) and cannot be given a condition", (await condition.JsonAsync()).GetProperty("detail").GetString());
    }

    public static TheoryData<string, object, int, string> BadOrders => new()
    {
        { "unknown pack", new { policyPack = "atlantis", orderType = "ICO", issuingAuthority = "Court", dates = new { sentenceDate = "2026-01-01", start = "2026-01-01" } }, 400, "policyPack" },
        { "type the pack does not know", new { policyPack = "prisons", orderType = "ICO", issuingAuthority = "Court", dates = new { sentenceDate = "2026-01-01", start = "2026-01-01" } }, 400, "orderType" },
        { "no dates", new { policyPack = "community", orderType = "ICO", issuingAuthority = "Court" }, 400, "dates.start" },
        { "supervised order without supervision start", new { policyPack = "community", orderType = "GBO", issuingAuthority = "Court", dates = new { sentenceDate = "2026-01-01", start = "2026-01-01" } }, 400, "dates.supervisionStart" },
        { "expiry before start", Ico(expiry: "2026-01-01", supervision: "2026-02-01"), 422, "expiry" },
        { "supervision start outside the order", Ico(supervision: "2028-01-01"), 422, "supervisionStart" },
        { "absurd year", Ico(start: "2206-02-01", supervision: "2206-02-01", expiry: null), 422, "sentenceDate" },
        { "release date on a community order", new { policyPack = "community", orderType = "ICO", issuingAuthority = "Court", supervisingSiteId = Office, dates = new { sentenceDate = "2026-01-01", start = "2026-01-01", supervisionStart = "2026-01-02", earliestEligibilityDate = "2026-06-01" } }, 422, "earliestEligibilityDate" },
        { "release date after expiry", Imprisonment("2026-01-01", eed: "2030-01-01", expiry: "2028-01-01"), 422, "earliestEligibilityDate" },
        { "community order with no supervising office", new { policyPack = "community", orderType = "CCO", issuingAuthority = "Court", dates = new { sentenceDate = "2026-01-01", start = "2026-01-01", supervisionStart = "2026-01-02" } }, 400, "supervisingSiteId" },
        { "a prison as supervising office", Ico(office: Prison), 400, "supervisingSiteId" },
        { "supervising office that does not exist", Ico(office: "6f1c1a52-0000-4000-8000-000000000000"), 400, "supervisingSiteId" },
        { "prison sentence with a supervising office", new { policyPack = "prisons", orderType = "Imprisonment", issuingAuthority = "Court", supervisingSiteId = Office, dates = new { sentenceDate = "2026-01-01", start = "2026-01-01" } }, 400, "supervisingSiteId" },
    };

    [Theory]
    [MemberData(nameof(BadOrders))]
    [Trait("Req", "PPL-04")]
    public async Task BadOrder_IsRefusedNamingTheField_AndNothingIsStored(string name, object body, int status, string field)
    {
        var (api, id) = await PersonAsync();
        var response = await PostOrderAsync(api, id, body);
        Assert.True(status == (int)response.StatusCode, $"{name}: {(int)response.StatusCode}");
        var problem = await response.JsonAsync();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"{name}: {problem}");
        Assert.False(await app.WithDbAsync(db => db.Orders.AnyAsync(o => o.PersonId == Guid.Parse(id))));
    }

    [Theory]
    [Trait("Req", "PPL-04")]
    [InlineData("CommunityService", null, "hours")]
    [InlineData("Curfew", 10, "hours")]
    [InlineData("Exile", null, "conditionType")]
    public async Task BadCondition_IsRefused(string type, int? hours, string field)
    {
        var (api, id) = await PersonAsync();
        var orderId = (await (await PostOrderAsync(api, id, Ico())).JsonAsync()).GetProperty("id").GetString();
        var response = await api.PostJsonAsync($"/api/v1/orders/{orderId}/conditions", new { conditionType = type, details = "As ordered", hours });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.JsonAsync()).GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    [Trait("Req", "PPL-04")]
    public async Task CaseOfficerMayRecordOrders_PrisonOfficerMayOnlyRead()
    {
        var (records, id) = await PersonAsync();
        var officer = await app.ApiClientForRoleAsync(Roles.CaseOfficer);
        Assert.Equal(HttpStatusCode.Created, (await PostOrderAsync(officer, id, Imprisonment("2026-01-01"))).StatusCode);
        var prison = await app.ApiClientForRoleAsync(Roles.PrisonOfficer);
        Assert.Equal(HttpStatusCode.Forbidden, (await PostOrderAsync(prison, id, Imprisonment("2026-01-01"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await prison.GetAsync($"/api/v1/people/{id}/orders")).StatusCode);
        var admin = await app.ApiClientForRoleAsync(Roles.Administrator);
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.GetAsync($"/api/v1/people/{id}/orders")).StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class OrdersApiOnSqlite(SqliteApp app) : OrdersApiTests(app);

[Collection(PostgresCollection.Name)]
public sealed class OrdersApiOnPostgres(PostgresApp app) : OrdersApiTests(app);
