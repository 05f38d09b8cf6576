using System.Net;
using Microsoft.EntityFrameworkCore;
using Waypoint.Core.Security;
using Waypoint.Core.Staff;
using Waypoint.Web.Tests.Infrastructure;
using static Waypoint.Web.Tests.Infrastructure.HttpExtensions;

namespace Waypoint.Web.Tests.Custody;

public abstract class CustodyApiTests(AppFixture app)
{
    private async Task<(HttpClient Api, string PersonId, Site Prison, Site Other, Site Office)> SetUpAsync()
    {
        var prison = Site.Create($"P-{Guid.NewGuid():N}"[..12], "Eastern Metropolitan Prison", SiteKind.Prison, "WA", "Australia/Perth");
        var other = Site.Create($"P-{Guid.NewGuid():N}"[..12], "Southern Regional Prison", SiteKind.Prison, "WA", "Australia/Perth");
        var office = Site.Create($"C-{Guid.NewGuid():N}"[..12], "Belconnen Community Corrections", SiteKind.CommunityOffice, "ACT", "Australia/Sydney");
        await app.WithDbAsync(db =>
        {
            db.Sites.AddRange(prison, other, office);
            return db.SaveChangesAsync();
        });
        // A records officer sees the whole jurisdiction, so follows the prisoner through transfers (REC-05).
        var api = await app.ApiClientForRoleAsync(Roles.RecordsOfficer);
        var id = (await (await api.PostJsonAsync("/api/v1/people", NewPerson(UniqueName("Custody")))).JsonAsync()).GetProperty("id").GetString()!;
        return (api, id, prison, other, office);
    }

    [Fact]
    [Trait("Req", "PPL-05")]
    public async Task Reception_Transfer_Classification_AndRelease_AreKeptAsHistory()
    {
        var (api, id, prison, other, _) = await SetUpAsync();
        Assert.Equal(HttpStatusCode.Created, (await api.PostJsonAsync($"/api/v1/people/{id}/placements", new { siteId = prison.Id, unit = "Unit 3", from = "2026-01-05", permanent = true })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await api.PostJsonAsync($"/api/v1/people/{id}/security-classifications", new { level = "Maximum", from = "2026-01-05", reason = "On reception" })).StatusCode);

        var noReason = await api.PostJsonAsync($"/api/v1/people/{id}/placements", new { siteId = other.Id, from = "2026-03-01", permanent = true });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noReason.StatusCode);
        Assert.Equal("Give the reason for the transfer", (await noReason.JsonAsync()).GetProperty("detail").GetString());

        Assert.Equal(HttpStatusCode.Created, (await api.PostJsonAsync($"/api/v1/people/{id}/placements", new { siteId = other.Id, unit = "Unit 1", from = "2026-03-01", permanent = true, reason = "Closer to family" })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await api.PostJsonAsync($"/api/v1/people/{id}/security-classifications", new { level = "Medium", from = "2026-06-01", reason = "Review" })).StatusCode);

        var custody = await (await api.GetAsync($"/api/v1/people/{id}/custody")).JsonAsync();
        Assert.Equal("Southern Regional Prison", custody.GetProperty("current").GetProperty("siteName").GetString());
        Assert.Equal("Medium", custody.GetProperty("securityClassification").GetString());
        var history = custody.GetProperty("placements").EnumerateArray().ToList();
        Assert.Equal("2026-03-01", history[1].GetProperty("to").GetString());

        Assert.Equal(HttpStatusCode.OK, (await api.PostJsonAsync($"/api/v1/people/{id}/release", new { on = "2026-09-01", reason = "Released to parole" })).StatusCode);
        var released = await (await api.GetAsync($"/api/v1/people/{id}/custody")).JsonAsync();
        Assert.Equal(System.Text.Json.JsonValueKind.Null, released.GetProperty("current").ValueKind);
        var audit = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.PersonId == Guid.Parse(id) && a.RecordType == "Custody").OrderBy(a => a.Sequence).Select(a => a.Action).ToListAsync());
        Assert.Equal(["custody.placed", "custody.classified", "custody.transferred", "custody.classified", "custody.released"], audit);
    }

    public static TheoryData<string, string, object, int, string> BadChanges => new()
    {
        { "placement without a site", "placements", new { from = "2026-01-05" }, 400, "siteId" },
        { "placement without a date", "placements", new { siteId = Guid.NewGuid() }, 400, "from" },
        { "placement at an unknown site", "placements", new { siteId = Guid.NewGuid(), from = "2026-01-05" }, 400, "siteId" },
        { "placement in the future", "placements", new { siteId = "{prison}", from = "2099-01-05" }, 422, "from" },
        { "release when not in custody", "release", new { on = "2026-01-05", reason = "x" }, 422, "" },
        { "release without a reason", "release", new { on = "2026-01-05" }, 400, "reason" },
        { "classification of an unknown level", "security-classifications", new { level = "Supermax", from = "2026-01-05", reason = "x" }, 400, "level" },
    };

    [Theory]
    [MemberData(nameof(BadChanges))]
    [Trait("Req", "PPL-05")]
    public async Task BadChange_IsRefused_AndNothingIsStored(string name, string path, object body, int status, string field)
    {
        var (api, id, prison, _, _) = await SetUpAsync();
        var json = System.Text.Json.JsonSerializer.Serialize(body, JsonOptions).Replace("{prison}", prison.Id.ToString());
        var response = await api.PostAsync($"/api/v1/people/{id}/{path}", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));
        Assert.True(status == (int)response.StatusCode, $"{name}: {(int)response.StatusCode}");
        if (field.Length > 0)
        {
            Assert.True((await response.JsonAsync()).GetProperty("errors").TryGetProperty(field, out _), name);
        }
        Assert.False(await app.WithDbAsync(db => db.CustodyRecords.AnyAsync(c => c.PersonId == Guid.Parse(id))));
    }

    [Fact]
    [Trait("Req", "PPL-05")]
    public async Task PlacementAtACommunityOffice_IsRefused()
    {
        var (api, id, _, _, office) = await SetUpAsync();
        var response = await api.PostJsonAsync($"/api/v1/people/{id}/placements", new { siteId = office.Id, from = "2026-01-05" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Choose a prison: that site is not one", (await response.JsonAsync()).GetProperty("errors").GetProperty("siteId")[0].GetString());
    }

    [Fact]
    [Trait("Req", "PPL-05")]
    public async Task CaseOfficer_ReadsCustody_ButCannotMoveAPrisoner()
    {
        var (_, id, prison, _, _) = await SetUpAsync();
        var officer = await app.ApiClientForRoleAsync(Roles.CaseOfficer);
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync($"/api/v1/people/{id}/custody")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PostJsonAsync($"/api/v1/people/{id}/placements", new { siteId = prison.Id, from = "2026-01-05" })).StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class CustodyApiOnSqlite(SqliteApp app) : CustodyApiTests(app);

[Collection(PostgresCollection.Name)]
public sealed class CustodyApiOnPostgres(PostgresApp app) : CustodyApiTests(app);
