using System.Text.Json.Nodes;
using Waypoint.Core.Common;
using Waypoint.Core.Orders;
using Waypoint.Core.Policy;

namespace Waypoint.Core.Tests.Orders;

public sealed class SupervisionLevelTests
{
    private static readonly DateOnly Today = new(2026, 11, 26);

    private static Order Ico() => Order.Make(Guid.NewGuid(), "community", "ICO", false, "ACT Supreme Court",
        new OrderDates(new DateOnly(2026, 2, 1), new DateOnly(2026, 2, 1), new DateOnly(2026, 2, 3), new DateOnly(2027, 2, 1), null, null, null), Today);

    [Theory]
    [Trait("Req", "PPL-08")]
    [InlineData("NotAssessed", "High")]
    [InlineData("Low", "Low")]
    [InlineData("Medium", "Medium")]
    [InlineData("VeryHigh", "High")]
    [InlineData("SomethingNew", "High")]
    public void Pack_ProposesALevelFromRisk_HighUntilAssessed(string risk, string proposed)
    {
        var pack = ShippedPacks.Community;
        Assert.Equal(proposed, pack.ProposedSupervisionLevel(risk, Today));
    }

    [Fact]
    [Trait("Req", "PPL-08")]
    public void OtherThanTheProposedLevel_NeedsAReason_AndHistoryIsKept()
    {
        var order = Ico();
        order.SetSupervisionLevel("High", "High", new DateOnly(2026, 2, 3), null, "Casey Officer", Today);
        var ex = Assert.Throws<BusinessRuleViolation>(() => order.SetSupervisionLevel("Low", "High", new DateOnly(2026, 6, 1), " ", "Casey Officer", Today));
        Assert.Equal("The proposed level is High: give the reason for choosing Low", ex.Message);
        order.SetSupervisionLevel("Medium", "High", new DateOnly(2026, 6, 1), "Stable housing and work; full compliance", "Casey Officer", Today);
        Assert.Equal("High", order.SupervisionLevelOn(new DateOnly(2026, 5, 31))!.Level);
        Assert.Equal("Medium", order.SupervisionLevelOn(Today)!.Level);
        Assert.Equal(2, order.SupervisionLevels.Count);
    }

    [Fact]
    [Trait("Req", "PPL-08")]
    public void SupervisionLevel_IsSetWithinTheOrderAndNotAhead()
    {
        var order = Ico();
        Assert.Throws<BusinessRuleViolation>(() => order.SetSupervisionLevel("High", "High", new DateOnly(2026, 1, 1), null, "C", Today));
        Assert.Throws<BusinessRuleViolation>(() => order.SetSupervisionLevel("High", "High", Today.AddDays(1), null, "C", Today));
    }

    [Fact]
    [Trait("Req", "CMP-01")]
    public void ProposalNamingAnUnknownLevel_IsRefused()
    {
        var pack = JsonNode.Parse(File.ReadAllText(Path.Combine(ShippedPacks.Folder, "community.json")))!;
        var rule = pack["rules"]!.AsArray().Single(r => r!["id"]!.GetValue<string>() == "supervision-level-proposal")!;
        rule["values"]!["Low"] = "Minimal";
        var problems = PolicyPackFile.Check(pack.ToJsonString(), File.ReadAllText(Path.Combine(ShippedPacks.Folder, "schema.json")), out _);
        Assert.Contains(problems, p => p.Path.EndsWith(".values.Low") && p.Message.Contains("Minimal"));
    }
}
