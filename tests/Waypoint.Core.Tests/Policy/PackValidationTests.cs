using System.Text.Json.Nodes;
using Waypoint.Core.Policy;

namespace Waypoint.Core.Tests.Policy;

/// <summary>A broken pack is refused with the JSON path of each problem, so the file can be fixed (CMP-01).</summary>
public sealed class PackValidationTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "policy-packs");
    private static readonly string Schema = File.ReadAllText(Path.Combine(Folder, "schema.json"));

    private static JsonNode Prisons() => JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, "prisons.json")))!;

    private static IReadOnlyList<PolicyPackProblem> Problems(JsonNode pack) => PolicyPackFile.Check(pack.ToJsonString(), Schema, out _);

    [Fact]
    [Trait("Req", "CMP-01")]
    public void WrongType_IsNamedByItsPath()
    {
        var pack = Prisons();
        pack["rules"]![0]!["period"]!["amount"] = "seven";
        Assert.Contains(Problems(pack), p => p.Path == "$.rules[0].period.amount");
    }

    [Fact]
    [Trait("Req", "CMP-01")]
    public void MissingSource_IsRefused()
    {
        var pack = Prisons();
        pack["orderTypes"]![0]!.AsObject().Remove("source");
        Assert.Contains(Problems(pack), p => p.Path == "$.orderTypes[0]" && p.Message.Contains("source"));
    }

    [Fact]
    [Trait("Req", "CMP-01")]
    public void UnknownField_IsRefused()
    {
        var pack = Prisons();
        pack["rules"]![0]!["dueInDays"] = 7;
        Assert.Contains(Problems(pack), p => p.Path.StartsWith("$.rules[0]"));
    }

    [Fact]
    [Trait("Req", "CMP-01")]
    public void DuplicateCode_IsRefused()
    {
        var pack = Prisons();
        pack["orderTypes"]!.AsArray().Add(pack["orderTypes"]![0]!.DeepClone());
        Assert.Contains(Problems(pack), p => p.Path == "$.orderTypes" && p.Message == "code 'Imprisonment' appears more than once");
    }

    [Fact]
    [Trait("Req", "CMP-01")]
    public void WorkloadWeight_ForAnUnknownOrderType_IsRefused()
    {
        var pack = Prisons();
        pack["workloadWeights"]![0]!["orderType"] = "Exile";
        Assert.Contains(Problems(pack), p => p.Path == "$.workloadWeights[0].orderType");
    }

    [Fact]
    [Trait("Req", "CMP-01")]
    public void NotJson_IsRefused()
    {
        var problems = PolicyPackFile.Check("{ \"id\": ", Schema, out var pack);
        Assert.Null(pack);
        Assert.Contains("is not valid JSON", Assert.Single(problems).Message);
    }

    [Fact]
    [Trait("Req", "CMP-01")]
    public void Load_ThrowsWithTheFileNameAndEveryProblem()
    {
        var pack = Prisons();
        pack["version"] = "one";
        pack["rules"]![0]!["period"]!["unit"] = "fortnights";
        var ex = Assert.Throws<InvalidPolicyPackException>(() => PolicyPackFile.Parse(pack.ToJsonString(), Schema, "prisons.json"));
        Assert.StartsWith("Policy pack prisons.json is not valid:", ex.Message);
        Assert.Contains("$.version", ex.Message);
        Assert.Contains("$.rules[0].period.unit", ex.Message);
    }

    [Fact]
    [Trait("Req", "CMP-06")]
    public void RuleInForce_IsTheLatestVersionOnOrBeforeTheDate()
    {
        var pack = Prisons();
        var later = pack["rules"]!.AsArray().Single(r => r!["id"]!.GetValue<string>() == "case-officer-allocation")!.DeepClone();
        later["effectiveFrom"] = "2027-07-01";
        later["period"]!["amount"] = 10;
        pack["rules"]!.AsArray().Add(later);
        PolicyPackFile.Check(pack.ToJsonString(), Schema, out var parsed);
        Assert.Equal(7, parsed!.RuleInForce("case-officer-allocation", new DateOnly(2027, 6, 30))!.Period!.Amount);
        Assert.Equal(10, parsed.RuleInForce("case-officer-allocation", new DateOnly(2027, 7, 1))!.Period!.Amount);
        Assert.Null(parsed.RuleInForce("case-officer-allocation", new DateOnly(2025, 12, 31)));
    }

    [Fact]
    [Trait("Req", "CMP-07")]
    public void SiteOverride_MustNameARuleOfThePack()
    {
        var pack = Prisons();
        pack["siteOverrides"]![0]!["rule"] = "no-such-rule";
        Assert.Contains(Problems(pack), p => p.Path == "$.siteOverrides[0].rule");
    }

    [Fact]
    [Trait("Req", "CMP-07")]
    public void SiteOverride_IsEitherAnExemptionOrALocalValue_NotBoth()
    {
        var both = Prisons();
        both["siteOverrides"]![0]!["period"] = new JsonObject { ["amount"] = 5, ["unit"] = "days" };
        Assert.Contains(Problems(both), p => p.Path == "$.siteOverrides[0]");
        var neither = Prisons();
        neither["siteOverrides"]![0]!.AsObject().Remove("exempt");
        Assert.Contains(Problems(neither), p => p.Path == "$.siteOverrides[0]");
    }
}
