using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Waypoint.Core.Security;
using Waypoint.Web.Tests.Infrastructure;
using static Waypoint.Web.Tests.Infrastructure.HttpExtensions;

namespace Waypoint.Web.Tests.People;

public abstract class PeopleApiTests(AppFixture app)
{
    [Fact]
    [Trait("Req", "PPL-01")]
    public async Task Create_GeneratesOffenderNumber_AndReturnsETag()
    {
        var api = await app.ApiClientAsync(Roles.CaseOfficer);
        var response = await api.PostJsonAsync("/api/v1/people", NewPerson(UniqueName()));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.JsonAsync();
        Assert.Matches("^W\\d{7}$", body.GetProperty("offenderNumber").GetString());
        Assert.Equal("\"1\"", response.Headers.ETag?.Tag);
        Assert.Equal($"/api/v1/people/{body.GetProperty("id").GetString()}", response.Headers.Location?.OriginalString);
    }

    [Fact]
    [Trait("Req", "PPL-01")]
    [Trait("Req", "PPL-02")]
    public async Task Person_HoldsAliasesIdentifiersResponsivityAndSignificantOthers()
    {
        var api = await app.ApiClientAsync(Roles.CaseOfficer);
        var id = await CreateAsync(api, UniqueName());
        Assert.Equal(HttpStatusCode.Created, (await api.PostJsonAsync($"/api/v1/people/{id}/aliases", new { familyName = "Smithers", givenNames = "Jon" })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await api.PostJsonAsync($"/api/v1/people/{id}/identifiers", new { type = "Court file", value = $"CF-{Guid.NewGuid():N}" })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await api.PostJsonAsync($"/api/v1/people/{id}/responsivity-factors", new { type = "AcquiredBrainInjury", details = "Short appointments" })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await api.PostJsonAsync($"/api/v1/people/{id}/significant-others", new { name = "Ruth Example", kind = "Family", relationship = "Mother" })).StatusCode);

        var person = await (await api.GetAsync($"/api/v1/people/{id}")).JsonAsync();
        Assert.Equal("Smithers", person.GetProperty("aliases")[0].GetProperty("familyName").GetString());
        Assert.Equal("Court file", person.GetProperty("identifiers")[0].GetProperty("type").GetString());
        Assert.Equal("AcquiredBrainInjury", person.GetProperty("responsivityFactors")[0].GetProperty("type").GetString());
        Assert.Equal("Mother", person.GetProperty("significantOthers")[0].GetProperty("relationship").GetString());
        Assert.Equal(5, person.GetProperty("version").GetInt32());
    }

    [Fact]
    [Trait("Req", "PPL-09")]
    public async Task ChangesOfCircumstances_AreRecordedWithWhoReportedThem()
    {
        var api = await app.ApiClientAsync(Roles.CaseOfficer);
        var id = await CreateAsync(api, UniqueName());
        var recorded = await api.PostJsonAsync($"/api/v1/people/{id}/circumstances", new { kind = "Employment", details = "Started work at a warehouse", occurredOn = "2026-10-01", reportedBy = "ThePerson" });
        Assert.Equal(HttpStatusCode.Created, recorded.StatusCode);
        var future = await api.PostJsonAsync($"/api/v1/people/{id}/circumstances", new { kind = "Address", details = "Will move", occurredOn = DateTime.UtcNow.Date.AddDays(10).ToString("yyyy-MM-dd"), reportedBy = "ThePerson" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, future.StatusCode);
        Assert.True((await future.JsonAsync()).GetProperty("errors").TryGetProperty("occurredOn", out _));
        var unknown = await api.PostJsonAsync($"/api/v1/people/{id}/circumstances", new { kind = "Mood", details = "x", occurredOn = "2026-10-01", reportedBy = "Oracle" });
        var errors = (await unknown.JsonAsync()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("kind", out _) && errors.TryGetProperty("reportedBy", out _));

        var person = await (await api.GetAsync($"/api/v1/people/{id}")).JsonAsync();
        var change = Assert.Single(person.GetProperty("circumstanceChanges").EnumerateArray());
        Assert.Equal("Employment", change.GetProperty("kind").GetString());
        Assert.Equal("ThePerson", change.GetProperty("reportedBy").GetString());
    }

    [Fact]
    [Trait("Req", "PPL-01")]
    public async Task Identifier_IsUniquePerTypeAcrossPeople()
    {
        var api = await app.ApiClientAsync(Roles.CaseOfficer);
        var value = $"CNI-{Guid.NewGuid():N}";
        var first = await CreateAsync(api, UniqueName());
        var second = await CreateAsync(api, UniqueName());
        Assert.Equal(HttpStatusCode.Created, (await api.PostJsonAsync($"/api/v1/people/{first}/identifiers", new { type = "Police CNI", value })).StatusCode);
        var clash = await api.PostJsonAsync($"/api/v1/people/{second}/identifiers", new { type = "Police CNI", value });
        Assert.Equal(HttpStatusCode.Conflict, clash.StatusCode);
        Assert.Equal("application/problem+json", clash.Content.Headers.ContentType?.MediaType);
        // The same value under another type is a different identifier.
        Assert.Equal(HttpStatusCode.Created, (await api.PostJsonAsync($"/api/v1/people/{second}/identifiers", new { type = "Court file", value })).StatusCode);
    }

    [Fact]
    [Trait("Req", "PPL-03")]
    public async Task Alert_IsActiveUntilEnded_AndEndingKeepsIt()
    {
        var api = await app.ApiClientAsync(Roles.CaseOfficer);
        var id = await CreateAsync(api, UniqueName());
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var raised = await api.PostJsonAsync($"/api/v1/people/{id}/alerts", new { type = "Violence", details = "Two officers for visits", startDate = today.AddDays(-3).ToString("yyyy-MM-dd") });
        Assert.Equal(HttpStatusCode.Created, raised.StatusCode);
        var alert = await raised.JsonAsync();
        Assert.True(alert.GetProperty("active").GetBoolean());

        var ended = await api.PostJsonAsync($"/api/v1/people/{id}/alerts/{alert.GetProperty("id").GetString()}/end", new { endDate = today.AddDays(-1).ToString("yyyy-MM-dd"), reason = "Risk reassessed" });
        Assert.Equal(HttpStatusCode.OK, ended.StatusCode);
        var person = await (await api.GetAsync($"/api/v1/people/{id}")).JsonAsync();
        var stored = person.GetProperty("alerts")[0];
        Assert.False(stored.GetProperty("active").GetBoolean());
        Assert.Equal(today.AddDays(-1).ToString("yyyy-MM-dd"), stored.GetProperty("endDate").GetString());
    }

    [Fact]
    [Trait("Req", "PPL-01")]
    public async Task Update_NeedsCurrentETag()
    {
        var api = await app.ApiClientAsync(Roles.CaseOfficer);
        var family = UniqueName();
        var id = await CreateAsync(api, family);
        var change = new { familyName = family, givenNames = "Renamed", dateOfBirth = "1990-04-12", gender = "Male", indigenousStatus = "Neither", status = "Active", reason = "Deed poll" };

        var missing = await api.PutAsJsonAsync($"/api/v1/people/{id}", change, JsonOptions);
        Assert.Equal((HttpStatusCode)428, missing.StatusCode);

        var stale = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/people/{id}") { Content = JsonContent.Create(change, options: JsonOptions) };
        stale.Headers.TryAddWithoutValidation("If-Match", "\"7\"");
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await api.SendAsync(stale)).StatusCode);

        var good = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/people/{id}") { Content = JsonContent.Create(change, options: JsonOptions) };
        good.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
        var updated = await api.SendAsync(good);
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal("\"2\"", updated.Headers.ETag?.Tag);
        Assert.Equal("Renamed", (await updated.JsonAsync()).GetProperty("givenNames").GetString());

        // The same ETag a second time is now stale: the first writer's change is never silently overwritten.
        var again = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/people/{id}") { Content = JsonContent.Create(change with { }, options: JsonOptions) };
        again.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await api.SendAsync(again)).StatusCode);
    }

    [Fact]
    [Trait("Req", "PPL-01")]
    public async Task Create_WithIdempotencyKey_ReplaysTheFirstResult()
    {
        var api = await app.ApiClientAsync(Roles.CaseOfficer);
        var family = UniqueName();
        var key = Guid.NewGuid().ToString();
        HttpRequestMessage Request(object body)
        {
            var r = new HttpRequestMessage(HttpMethod.Post, "/api/v1/people") { Content = JsonContent.Create(body, options: JsonOptions) };
            r.Headers.Add("Idempotency-Key", key);
            return r;
        }
        var first = await api.SendAsync(Request(NewPerson(family)));
        var second = await api.SendAsync(Request(NewPerson(family)));
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.Equal((await first.JsonAsync()).GetProperty("id").GetString(), (await second.JsonAsync()).GetProperty("id").GetString());
        Assert.Equal(1, await app.WithDbAsync(db => db.People.CountAsync(p => p.FamilyName == family)));

        var other = await api.SendAsync(Request(NewPerson(family, "Different")));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, other.StatusCode);
        Assert.Equal(1, await app.WithDbAsync(db => db.People.CountAsync(p => p.FamilyName == family)));
    }

    [Fact]
    [Trait("Req", "PPL-07")]
    public async Task Search_FindsMisspelledAliasInAnyOrder()
    {
        var api = await app.ApiClientAsync(Roles.CaseOfficer);
        var id = await CreateAsync(api, UniqueName("Quartermaine"));
        await api.PostJsonAsync($"/api/v1/people/{id}/aliases", new { familyName = "Fitzgerald", givenNames = "Bartholomew" });

        var found = await (await api.GetAsync("/api/v1/people?q=Fitzgerlad%20Bartolomew")).JsonAsync();
        Assert.Contains(found.GetProperty("items").EnumerateArray(), p => p.GetProperty("id").GetString() == id);
        var reversed = await (await api.GetAsync("/api/v1/people?q=Bartholomew%20Fitsgerald")).JsonAsync();
        Assert.Contains(reversed.GetProperty("items").EnumerateArray(), p => p.GetProperty("id").GetString() == id);
    }

    [Theory]
    [Trait("Req", "PPL-07")]
    [InlineData("O'Sullivan-Ng", "Zoë", "osullivan ng zoe")]
    [InlineData("Nguyễn", "Thị Hương", "Nguyen Thi Huong")]
    [InlineData("De la Cruz", "José María", "jose de la cruz")]
    [InlineData("D'Arcy", "Seán", "Darcy Sean")]
    public async Task Search_AcceptsAndFindsApostrophesHyphensSpacesAndDiacritics(string family, string given, string query)
    {
        var api = await app.ApiClientAsync(Roles.CaseOfficer);
        var dob = $"19{Random.Shared.Next(40, 99)}-0{Random.Shared.Next(1, 9)}-1{Random.Shared.Next(0, 9)}";
        var id = await CreateAsync(api, family, given, dob);
        var found = await (await api.GetAsync($"/api/v1/people?q={Uri.EscapeDataString(query)}&dateOfBirth={dob}")).JsonAsync();
        Assert.Contains(found.GetProperty("items").EnumerateArray(), p => p.GetProperty("id").GetString() == id);
    }

    [Fact]
    [Trait("Req", "PPL-07")]
    public async Task Search_ByOffenderNumberAndIdentifier_IsExact()
    {
        var api = await app.ApiClientAsync(Roles.CaseOfficer);
        var created = await (await api.PostJsonAsync("/api/v1/people", NewPerson(UniqueName()))).JsonAsync();
        var id = created.GetProperty("id").GetString();
        var number = created.GetProperty("offenderNumber").GetString()!;
        var court = $"CF{Guid.NewGuid():N}"[..14];
        await api.PostJsonAsync($"/api/v1/people/{id}/identifiers", new { type = "Court file", value = court });

        var byNumber = await (await api.GetAsync($"/api/v1/people?q={number.ToLowerInvariant()}")).JsonAsync();
        Assert.Equal(id, byNumber.GetProperty("items")[0].GetProperty("id").GetString());
        var byIdentifier = await (await api.GetAsync($"/api/v1/people?q={court}")).JsonAsync();
        Assert.Equal(id, byIdentifier.GetProperty("items")[0].GetProperty("id").GetString());
    }

    [Fact]
    [Trait("Req", "PPL-07")]
    public async Task Search_PagesWithCursor()
    {
        var api = await app.ApiClientAsync(Roles.CaseOfficer);
        var family = UniqueName("Pagination");
        for (var i = 0; i < 5; i++)
        {
            await CreateAsync(api, family, $"Person{(char)('A' + i)}");
        }
        var seen = new HashSet<string>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var page = await (await api.GetAsync($"/api/v1/people?q={family}&limit=2{(cursor is null ? "" : $"&cursor={cursor}")}")).JsonAsync();
            foreach (var item in page.GetProperty("items").EnumerateArray().Where(p => p.GetProperty("familyName").GetString() == family))
            {
                Assert.True(seen.Add(item.GetProperty("id").GetString()!), "a person appeared on two pages");
            }
            cursor = page.GetProperty("nextCursor").GetString();
            pages++;
        }
        while (cursor is not null && pages < 50);
        Assert.Equal(5, seen.Count);
    }

    [Fact]
    [Trait("Req", "REC-03")]
    public async Task ViewingAndChangingAPerson_IsAudited_WithOldAndNewValues()
    {
        var api = await app.ApiClientAsync(Roles.CaseOfficer);
        var family = UniqueName();
        var id = Guid.Parse(await CreateAsync(api, family));
        await api.GetAsync($"/api/v1/people/{id}");
        var change = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/people/{id}")
        {
            Content = JsonContent.Create(new { familyName = family, givenNames = "Test", dateOfBirth = "1990-04-12", gender = "Female", indigenousStatus = "Neither", status = "Active", phone = "0400 000 000", reason = "Corrected at induction" }, options: JsonOptions),
        };
        change.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
        Assert.Equal(HttpStatusCode.OK, (await api.SendAsync(change)).StatusCode);

        var entries = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.PersonId == id).OrderBy(a => a.Sequence).ToListAsync());
        Assert.Equal(["person.created", "person.viewed", "person.updated"], entries.Select(e => e.Action));
        var update = entries[2];
        Assert.Equal("Corrected at induction", update.Reason);
        Assert.Contains("\"field\":\"Gender\",\"from\":\"Male\",\"to\":\"Female\"", update.Details);
        // Contact details are sensitive: the field is named, the value is not stored.
        Assert.Contains("\"field\":\"Phone\",\"sensitive\":true", update.Details);
        Assert.DoesNotContain("0400", update.Details);
    }

    private static async Task<string> CreateAsync(HttpClient api, string family, string given = "Test", string dob = "1990-04-12")
    {
        var response = await api.PostJsonAsync("/api/v1/people", NewPerson(family, given, dob));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.JsonAsync()).GetProperty("id").GetString()!;
    }
}

[Collection(SqliteCollection.Name)]
public sealed class PeopleApiOnSqlite(SqliteApp app) : PeopleApiTests(app);

[Collection(PostgresCollection.Name)]
public sealed class PeopleApiOnPostgres(PostgresApp app) : PeopleApiTests(app);
