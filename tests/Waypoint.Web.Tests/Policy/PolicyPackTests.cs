using System.Net;
using System.Text.Json.Nodes;
using Waypoint.Core.Policy;
using Waypoint.Core.Security;
using Waypoint.Web.Tests.Infrastructure;

namespace Waypoint.Web.Tests.Policy;

public abstract class PolicyPackTests(AppFixture app)
{
    [Fact]
    [Trait("Req", "CMP-01")]
    public async Task Api_ListsThePacks_AndShowsARuleWithItsSource()
    {
        var api = await app.ApiClientForRoleAsync(Roles.CaseOfficer);
        var list = await (await api.GetAsync("/api/v1/policy-packs")).JsonAsync();
        Assert.Equal(["community", "prisons"], list.EnumerateArray().Select(p => p.GetProperty("id").GetString()).Order());

        var prisons = await (await api.GetAsync("/api/v1/policy-packs/prisons")).JsonAsync();
        var allocation = prisons.GetProperty("rules").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "case-officer-allocation");
        Assert.Equal(7, allocation.GetProperty("period").GetProperty("amount").GetInt32());
        Assert.StartsWith("COPP 10.3 Case allocation", allocation.GetProperty("source").GetString());

        var missing = await api.GetAsync("/api/v1/policy-packs/atlantis");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    [Trait("Req", "CMP-06")]
    public async Task PacksPage_ShowsRulesSourcesAndChangeLog()
    {
        var page = await (await app.PageClientForRoleAsync(Roles.TeamLeader)).GetHtmlAsync("/Policy/Packs");
        var text = page.QuerySelector("main")!.TextContent;
        Assert.Contains("COPP 10.3 Case allocation", text);
        Assert.Contains("C23.2 1.3", text);
        Assert.Contains("8 weeks", text);
        Assert.Contains("2026.1", text);
        Assert.Contains("default: not in the sources", text);
    }

    [Fact]
    [Trait("Req", "ASM-01")]
    [Trait("Req", "ASM-02")]
    [Trait("Req", "ASM-03")]
    public async Task PacksPage_ShowsTheAssessmentScales_WithTheirCutOffs()
    {
        var page = await (await app.PageClientForRoleAsync(Roles.CaseOfficer)).GetHtmlAsync("/Policy/Packs");
        var subscales = page.QuerySelector(".lsir-subscales")!.TextContent;
        Assert.Contains("CriminalHistory", subscales);
        Assert.Contains("Alcohol/Drug problem", subscales);
        var text = page.QuerySelector("main")!.TextContent;
        Assert.Contains("a full LSI-R from 3", text);
        Assert.Contains("Level IVb: well above average risk", text);
        Assert.Contains("41 to 54", text);
    }

    [Fact]
    [Trait("Req", "CMP-01")]
    public void BrokenPack_IsRefusedWhole_NamingTheFileAndPath()
    {
        var folder = Path.Combine(Path.GetTempPath(), "waypoint-packs", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var shipped = Path.Combine(AppContext.BaseDirectory, "policy-packs");
        File.Copy(Path.Combine(shipped, "schema.json"), Path.Combine(folder, "schema.json"));
        var pack = JsonNode.Parse(File.ReadAllText(Path.Combine(shipped, "prisons.json")))!;
        pack["rules"]![0]!["period"]!["amount"] = -7;
        File.WriteAllText(Path.Combine(folder, "prisons.json"), pack.ToJsonString());

        // The program itself prints this and exits 1: see the command-line test of start-up with a broken pack.
        var ex = Assert.Throws<InvalidPolicyPackException>(() => Web.Features.Policy.PolicyPacks.Load(folder));
        Assert.Equal("prisons.json", ex.File);
        Assert.Contains(ex.Problems, p => p.Path == "$.rules[0].period.amount");
    }
}

[Collection(SqliteCollection.Name)]
public sealed class PolicyPackOnSqlite(SqliteApp app) : PolicyPackTests(app);

[Collection(PostgresCollection.Name)]
public sealed class PolicyPackOnPostgres(PostgresApp app) : PolicyPackTests(app);
