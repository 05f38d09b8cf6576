using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Waypoint.Core.Security;
using Waypoint.Core.Staff;
using Waypoint.Web.Tests.Infrastructure;
using static Waypoint.Web.Tests.Infrastructure.HttpExtensions;

namespace Waypoint.Web.Tests.Compliance;

/// <summary>BYD-09: before a change of level, order or placement is saved, what it would add, move or remove; nothing is kept.</summary>
public abstract class PreviewTests(AppFixture app)
{
    private static string Day(int daysAgo) => DateTime.UtcNow.Date.AddDays(-daysAgo).ToString("yyyy-MM-dd");

    private static List<JsonElement> Changes(JsonElement preview) => preview.GetProperty("obligations").EnumerateArray().ToList();

    private async Task<(string Person, string Order)> SupervisedAsync()
    {
        var office = await app.CommunityOfficeAsync();
        var records = await app.ApiClientForRoleAsync(Roles.RecordsOfficer);
        var id = (await (await records.PostJsonAsync("/api/v1/people", NewPerson(UniqueName("Previewed")))).JsonAsync()).GetProperty("id").GetString()!;
        var order = await records.PostJsonAsync($"/api/v1/people/{id}/orders", new
        {
            policyPack = "community", orderType = "CCO", issuingAuthority = "ACT Magistrates Court", supervisingSiteId = office,
            dates = new { sentenceDate = Day(3), start = Day(3), supervisionStart = Day(3) },
        });
        return (id, (await order.JsonAsync()).GetProperty("id").GetString()!);
    }

    private Task<(int Obligations, int Audit, int Levels)> StateAsync(string personId, string orderId) => app.WithDbAsync(async db =>
    {
        var person = Guid.Parse(personId);
        var order = Guid.Parse(orderId);
        return (await db.Obligations.CountAsync(o => o.PersonId == person), await db.AuditEntries.CountAsync(a => a.PersonId == person),
            (await db.Orders.AsNoTracking().SingleAsync(o => o.Id == order)).SupervisionLevels.Count);
    });

    [Fact]
    [Trait("Req", "BYD-09")]
    public async Task ALowerLevel_MovesTheNextContactLater_AndTheApiKeepsNothing()
    {
        var (person, order) = await SupervisedAsync();
        var officer = await app.ApiClientForRoleAsync(Roles.CaseOfficer);
        var before = await StateAsync(person, order);

        var response = await officer.PostJsonAsync($"/api/v1/orders/{order}/supervision-level/preview", new { level = "Low", reason = "Stable housing and work" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var moved = Assert.Single(Changes(await response.JsonAsync()));
        Assert.Equal(("Moved", "Contact due"), (moved.GetProperty("change").GetString(), moved.GetProperty("what").GetString()));
        // Proposed High (weekly) until set; Low is four-weekly from the supervision start.
        Assert.Equal(DateOnly.Parse(Day(3)).AddDays(7).ToString("yyyy-MM-dd"), moved.GetProperty("wasDueOn").GetString());
        Assert.Equal(DateOnly.Parse(Day(3)).AddDays(28).ToString("yyyy-MM-dd"), moved.GetProperty("dueOn").GetString());
        Assert.Equal(before, await StateAsync(person, order));

        // Ending the order would take its plan, induction and contact away, and make its effectiveness summary due
        // (ENF-06; this order has no expiry, so none was due before).
        var ending = Changes(await (await officer.PostJsonAsync($"/api/v1/orders/{order}/end/preview", new { outcome = "Revoked", endedOn = Day(0), reason = "Revoked on breach" })).JsonAsync());
        Assert.Equal(
            ["Case Management Plan due: No longer needed", "Contact due: No longer needed", "Effectiveness summary due: Added", "Induction due: No longer needed"],
            ending.Select(c => $"{c.GetProperty("what").GetString()}: {c.GetProperty("change").GetString()}").Order());
        Assert.Equal(before, await StateAsync(person, order));

        // A refused change is answered as the change itself would be.
        Assert.Equal(HttpStatusCode.BadRequest, (await officer.PostJsonAsync($"/api/v1/orders/{order}/supervision-level/preview", new { level = "Extreme" })).StatusCode);
    }

    [Fact]
    [Trait("Req", "BYD-09")]
    public async Task AReception_WouldAddAnAllocation_ShownOnTheMovePage_ThenSavedForReal()
    {
        var prison = await app.SiteAsync(SiteKind.Prison, "Preview Prison " + Guid.NewGuid().ToString("N")[..6]);
        var records = await app.ApiClientForRoleAsync(Roles.RecordsOfficer);
        var id = (await (await records.PostJsonAsync("/api/v1/people", NewPerson(UniqueName("Received")))).JsonAsync()).GetProperty("id").GetString()!;
        var page = await app.PageClientForRoleAsync(Roles.RecordsOfficer);
        var today = DateTime.UtcNow.Date;
        // Sentenced and assessed elsewhere: the IMP approved, the prisoner is received at their permanent prison.
        await app.ApprovedImpAsync(id, today.ToString("yyyy-MM-dd"));
        var form = new Dictionary<string, string>
        {
            ["SiteId"] = prison.ToString(), ["Permanent"] = "true",
            ["From.Day"] = today.Day.ToString(), ["From.Month"] = today.Month.ToString(), ["From.Year"] = today.Year.ToString(),
        };
        var preview = await (await page.PostFormAsync($"/People/{id}/Custody/Move?handler=Preview", form)).HtmlAsync();
        var panel = preview.QuerySelector("#obligation-preview")!.TextContent;
        Assert.Contains("add Allocate a case officer", System.Text.RegularExpressions.Regex.Replace(panel, @"\s+", " "));
        Assert.False(await app.WithDbAsync(db => db.CustodyRecords.AnyAsync(c => c.PersonId == Guid.Parse(id) && c.Placements.Any())));

        Assert.Equal(HttpStatusCode.Redirect, (await page.PostFormAsync($"/People/{id}/Custody/Move", form)).StatusCode);
        Assert.True(await app.WithDbAsync(db => db.Obligations.AnyAsync(o => o.PersonId == Guid.Parse(id) && o.Kind == Core.Compliance.ObligationKind.AllocateCaseOfficer)));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class PreviewOnSqlite(SqliteApp app) : PreviewTests(app);

[Collection(PostgresCollection.Name)]
public sealed class PreviewOnPostgres(PostgresApp app) : PreviewTests(app);
