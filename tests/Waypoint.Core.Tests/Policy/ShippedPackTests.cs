using Waypoint.Core.Policy;

namespace Waypoint.Core.Tests.Policy;

/// <summary>Golden tests: the shipped packs hold the numbers the sources give, each citing its clause (CMP-01).</summary>
public sealed class ShippedPackTests
{


    [Theory]
    [Trait("Req", "CMP-01")]
    [InlineData("community")]
    [InlineData("prisons")]
    public void ShippedPack_IsValid(string id)
    {
        var pack = ShippedPacks.Load(id);
        Assert.Equal(id, pack.Id);
        Assert.Contains(pack.ChangeLog, c => c.Version == pack.Version);
    }

    [Fact]
    [Trait("Req", "STF-02")]
    public void Prisons_AllocateACaseOfficerWithin7DaysOfArrival_Copp103CaseAllocation()
    {
        var rule = ShippedPacks.Load("prisons").RuleInForce("case-officer-allocation", new DateOnly(2026, 11, 26))!;
        Assert.StartsWith("COPP 10.3 Case allocation", rule.Source);
        Assert.Equal(new PackPeriod(7, PeriodUnit.Days), rule.Period);
        Assert.Equal(new DateOnly(2026, 3, 9), rule.Period!.After(new DateOnly(2026, 3, 2)));
    }

    [Fact]
    [Trait("Req", "CON-03")]
    public void Prisons_PrimaryContactReportWithin14DaysOfAllocation_Copp103()
    {
        var rule = ShippedPacks.Load("prisons").RuleInForce("primary-contact-report", new DateOnly(2026, 11, 26))!;
        Assert.StartsWith("COPP 10.3 Primary (Initial) Contact Report", rule.Source);
        Assert.Equal(new DateOnly(2026, 3, 16), rule.Period!.After(new DateOnly(2026, 3, 2)));
    }

    [Fact]
    [Trait("Req", "PLN-09")]
    public void Prisons_ImpForAnEffectiveSentenceOverSixMonths_Copp103()
    {
        var rule = ShippedPacks.Load("prisons").RuleInForce("imp-threshold", new DateOnly(2026, 11, 26))!;
        Assert.StartsWith("COPP 10.3", rule.Source);
        Assert.Equal(new PackPeriod(6, PeriodUnit.Months), rule.Period);
    }

    [Fact]
    [Trait("Req", "PLN-01")]
    public void Community_CmpDueEightWeeksFromSupervisionStart_C232Clause13()
    {
        var rule = ShippedPacks.Load("community").RuleInForce("cmp-due", new DateOnly(2026, 11, 26))!;
        Assert.StartsWith("C23.2 1.3", rule.Source);
        Assert.Equal(new DateOnly(2026, 4, 27), rule.Period!.After(new DateOnly(2026, 3, 2)));
    }

    [Theory]
    [Trait("Req", "PPL-04")]
    [InlineData("community", "ICO", false, "SentenceAdministrationBoard")]
    [InlineData("community", "GBO", false, "SentencingCourt")]
    [InlineData("community", "Parole", false, "SentenceAdministrationBoard")]
    [InlineData("prisons", "Imprisonment", true, "None")]
    public void OrderTypes_SayWhetherCustodialAndWhoHearsABreach(string pack, string code, bool custodial, string authority)
    {
        var type = ShippedPacks.Load(pack).OrderType(code)!;
        Assert.Equal(custodial, type.Custodial);
        Assert.Equal(authority, type.BreachAuthority);
    }

    [Theory]
    [Trait("Req", "CMP-01")]
    [InlineData("community")]
    [InlineData("prisons")]
    public void EveryValue_CitesAClauseOrSaysItIsADefault(string id)
    {
        var pack = ShippedPacks.Load(id);
        var sourced = pack.SiteKinds.Cast<ISourced>().Concat(pack.OrderTypes).Concat(pack.ConditionTypes).Concat(pack.SupervisionLevels).Concat(pack.SecurityClassifications)
            .Concat(pack.WorkloadWeights).Concat(pack.Rules).Concat(pack.Overrides);
        Assert.All(sourced, s => Assert.Matches("^(C23\\.2|COPP 10\\.3|EB1|ED1|CSCOFM022|default: not in the sources)", s.Source));
    }

    [Theory]
    [Trait("Req", "CMP-07")]
    [InlineData("WA-WRP")]
    [InlineData("WA-CAS-AOD")]
    public void WandooAndCasuarinaAod_AreExemptFromTheCaseManagementTimeLimits_Copp103Scope(string site)
    {
        var pack = ShippedPacks.Load("prisons");
        var on = new DateOnly(2026, 11, 26);
        foreach (var rule in new[] { "case-officer-allocation", "primary-contact-report", "imp-threshold" })
        {
            var atSite = pack.RuleAt(site, rule, on);
            Assert.True(atSite.Exempt, rule);
            Assert.Null(atSite.Rule);
            Assert.StartsWith("COPP 10.3 Scope: except", atSite.Local!.Source);
        }
        // Every other prison keeps the pack's seven days.
        Assert.Equal(new PackPeriod(7, PeriodUnit.Days), pack.RuleAt("WA-EMP", "case-officer-allocation", on).Rule!.Period);
    }

    [Fact]
    [Trait("Req", "CMP-07")]
    public void ALocalValue_ReplacesThePacksFromItsDate_AndSaysWhereItCameFrom()
    {
        var pack = ShippedPacks.Load("prisons");
        pack = pack with { SiteOverrides = [.. pack.Overrides, new SiteOverride("WA-SRP", "case-officer-allocation", new DateOnly(2026, 7, 1), false, new PackPeriod(5, PeriodUnit.Days), null, "Local order 2026/3")] };
        Assert.Equal(7, pack.RuleAt("WA-SRP", "case-officer-allocation", new DateOnly(2026, 6, 30)).Rule!.Period!.Amount);
        var local = pack.RuleAt("WA-SRP", "case-officer-allocation", new DateOnly(2026, 7, 1)).Rule!;
        Assert.Equal(new PackPeriod(5, PeriodUnit.Days), local.Period);
        Assert.StartsWith("Local order 2026/3 (local value; pack: COPP 10.3 Case allocation", local.Source);
        Assert.False(pack.RuleAt("WA-SRP", "case-officer-allocation", new DateOnly(2026, 7, 1)).Exempt);
    }

    [Theory]
    [Trait("Req", "CMP-06")]
    [InlineData("community")]
    [InlineData("prisons")]
    public void EveryRule_NamesThePackVersionThatIntroducedIt_FromTheChangeLog(string id)
    {
        var pack = ShippedPacks.Load(id);
        Assert.All(pack.Rules, r => Assert.Contains(pack.ChangeLog, c => c.Version == r.Since));
    }
}
