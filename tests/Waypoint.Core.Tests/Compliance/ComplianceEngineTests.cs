using Waypoint.Core.Compliance;
using Waypoint.Core.Custody;
using Waypoint.Core.Orders;
using Waypoint.Core.Policy;
using Waypoint.Core.Staff;
using static Waypoint.Core.Tests.ShippedPacks;

namespace Waypoint.Core.Tests.Compliance;

/// <summary>Golden tests: the engine derives each obligation with the pack's period and cites the clause (CMP-01..03, CMP-06, CMP-07).</summary>
public sealed class ComplianceEngineTests
{
    private static readonly DateOnly Today = new(2026, 11, 26);

    private static readonly SiteRules Eastern = new(Guid.NewGuid(), "WA-EMP", Prisons);
    private static readonly SiteRules Southern = new(Guid.NewGuid(), "WA-SRP", Prisons);
    private static readonly SiteRules Wandoo = new(Guid.NewGuid(), "WA-WRP", Prisons);
    private static readonly SiteRules City = new(Guid.NewGuid(), "CBR-CITY", Community);

    /// <summary>Allocation waits for an approved IMP (COPP 10.3): these prisoners' IMP was approved before they arrived.</summary>
    private static readonly CaseRecord ImpApprovedEarly = new(CaseRecordKind.ImpApproved, new DateOnly(2026, 1, 5), "IMP approved");

    private static PersonFacts Facts(Guid personId, CustodyRecord? custody = null, CaseAllocation? allocation = null, params Order[] orders) =>
        new(personId, orders, custody, allocation, new[] { Eastern, Southern, Wandoo, City }.ToDictionary(s => s.Id), [ImpApprovedEarly]);

    private static (Guid PersonId, CustodyRecord Custody) Received(SiteRules site, DateOnly on)
    {
        var personId = Guid.NewGuid();
        var custody = CustodyRecord.For(personId);
        custody.Place(site.Id, site.Code, "Unit 1", on, permanent: true, null, Today);
        return (personId, custody);
    }

    [Fact]
    [Trait("Req", "CMP-02")]
    public void ArrivalAtThePermanentPrison_NeedsACaseOfficerWithin7Days_Copp103CaseAllocation()
    {
        var (personId, custody) = Received(Eastern, new DateOnly(2026, 3, 2));
        var obligation = Assert.Single(ComplianceEngine.Derive(Facts(personId, custody)), o => o.Kind == ObligationKind.AllocateCaseOfficer);
        Assert.Equal(new DateOnly(2026, 3, 9), obligation.DueOn);
        Assert.StartsWith("COPP 10.3 Case allocation", obligation.RuleSource);
        Assert.Equal(("prisons", "2026.7"), (obligation.PackId, obligation.PackVersion));
        Assert.Equal(ObligationOwner.CoordinatorAt(Eastern.Id), obligation.Owner);
        Assert.Equal(ObligationStatus.Upcoming, obligation.StatusOn(new DateOnly(2026, 3, 3), dueSoonDays: 3));
        Assert.Equal(ObligationStatus.DueSoon, obligation.StatusOn(new DateOnly(2026, 3, 6), dueSoonDays: 3));
        Assert.Equal(ObligationStatus.DueSoon, obligation.StatusOn(new DateOnly(2026, 3, 9), dueSoonDays: 3));
        Assert.Equal(ObligationStatus.Overdue, obligation.StatusOn(new DateOnly(2026, 3, 10), dueSoonDays: 3));
    }

    [Fact]
    [Trait("Req", "PLN-09")]
    public void Allocation_WaitsForAnApprovedImp_AndRunsFromItsApproval_Copp103()
    {
        var (personId, custody) = Received(Eastern, new DateOnly(2026, 3, 2));
        var sites = new[] { Eastern }.ToDictionary(s => s.Id);
        Assert.DoesNotContain(ComplianceEngine.Derive(new PersonFacts(personId, [], custody, null, sites)), o => o.Kind == ObligationKind.AllocateCaseOfficer);

        // Approved on 20 March, after the arrival on 2 March: a case officer within 7 days of the approval, 27 March.
        var approved = new CaseRecord(CaseRecordKind.ImpApproved, new DateOnly(2026, 3, 20), "IMP approved");
        var allocate = Assert.Single(ComplianceEngine.Derive(new PersonFacts(personId, [], custody, null, sites, [approved])), o => o.Kind == ObligationKind.AllocateCaseOfficer);
        Assert.Equal((new DateOnly(2026, 3, 20), new DateOnly(2026, 3, 27)), (allocate.TriggeredOn, allocate.DueOn));
        Assert.Contains("IMP approved on 20 March 2026", allocate.Facts);
    }

    [Theory]
    [Trait("Req", "CMP-02")]
    [InlineData(9, ObligationStatus.MetOnTime)]
    [InlineData(10, ObligationStatus.MetLate)]
    public void Allocation_MeetsIt_OnTimeOrLate(int day, ObligationStatus expected)
    {
        var (personId, custody) = Received(Eastern, new DateOnly(2026, 3, 2));
        var allocation = CaseAllocation.For(personId);
        allocation.Allocate(AllocationKind.CaseOfficer, "kim", "Kim Nguyen", new DateOnly(2026, 3, day), "On arrival", null, "coordinator", Today);
        var obligation = ComplianceEngine.Derive(Facts(personId, custody, allocation)).Single(o => o.Kind == ObligationKind.AllocateCaseOfficer);
        Assert.Equal(expected, obligation.StatusOn(Today, 3));
        Assert.Equal("Case officer Kim Nguyen allocated", obligation.MetBy);
    }

    [Fact]
    [Trait("Req", "CMP-02")]
    public void TemporaryMoveAndReturn_IsNotANewArrival_ButAPermanentTransferIs()
    {
        var (personId, custody) = Received(Eastern, new DateOnly(2026, 3, 2));
        custody.Place(Southern.Id, "WA-SRP", null, new DateOnly(2026, 4, 1), permanent: false, "Court appearance", Today);
        custody.Place(Eastern.Id, "WA-EMP", "Unit 1", new DateOnly(2026, 4, 2), permanent: true, "Back from court", Today);
        Assert.Single(ComplianceEngine.Derive(Facts(personId, custody)), o => o.Kind == ObligationKind.AllocateCaseOfficer);

        custody.Place(Southern.Id, "WA-SRP", "Unit 4", new DateOnly(2026, 6, 1), permanent: true, "Closer to family", Today);
        var obligations = ComplianceEngine.Derive(Facts(personId, custody)).Where(o => o.Kind == ObligationKind.AllocateCaseOfficer).OrderBy(o => o.TriggeredOn).ToList();
        Assert.Equal(2, obligations.Count);
        Assert.Equal(new DateOnly(2026, 6, 8), obligations[1].DueOn);
        Assert.Equal(ObligationOwner.CoordinatorAt(Southern.Id), obligations[1].Owner);
        // The first stay ended at the transfer with nobody allocated: no longer applicable from then.
        Assert.Equal(ObligationStatus.NoLongerApplicable, obligations[0].StatusOn(Today, 3));
        Assert.Equal(new DateOnly(2026, 6, 1), obligations[0].EndedOn);
    }

    [Fact]
    [Trait("Req", "CMP-07")]
    public void AtWandoo_ThereIsNoAllocationTimeLimit_Copp103Scope()
    {
        var (personId, custody) = Received(Wandoo, new DateOnly(2026, 3, 2));
        Assert.DoesNotContain(ComplianceEngine.Derive(Facts(personId, custody)), o => o.Kind == ObligationKind.AllocateCaseOfficer);
    }

    [Fact]
    [Trait("Req", "CMP-06")]
    public void ARuleChangedOnADate_JudgesEachArrivalByTheRuleInForceThen()
    {
        var changed = Prisons with
        {
            Version = "2026.9",
            Rules = [.. Prisons.Rules, new PackRule("case-officer-allocation", "CaseOfficerAllocation", new DateOnly(2026, 7, 1), "Test amendment: 5 days", new PackPeriod(5, PeriodUnit.Days), new Dictionary<string, string>())],
        };
        var site = Eastern with { Pack = changed };
        DateOnly DueFor(DateOnly arrival)
        {
            var personId = Guid.NewGuid();
            var custody = CustodyRecord.For(personId);
            custody.Place(site.Id, "WA-EMP", null, arrival, permanent: true, null, Today);
            return ComplianceEngine.Derive(new PersonFacts(personId, [], custody, null, new Dictionary<Guid, SiteRules> { [site.Id] = site }, [ImpApprovedEarly]))
                .Single(o => o.Kind == ObligationKind.AllocateCaseOfficer).DueOn;
        }
        Assert.Equal(new DateOnly(2026, 7, 7), DueFor(new DateOnly(2026, 6, 30)));
        Assert.Equal(new DateOnly(2026, 7, 6), DueFor(new DateOnly(2026, 7, 1)));
    }

    [Fact]
    [Trait("Req", "CMP-02")]
    public void ReleaseBeforeAllocation_EndsIt()
    {
        var (personId, custody) = Received(Eastern, new DateOnly(2026, 3, 2));
        custody.Release(new DateOnly(2026, 3, 5), "Bail granted", Today);
        var obligation = ComplianceEngine.Derive(Facts(personId, custody)).Single();
        Assert.Equal(ObligationStatus.NoLongerApplicable, obligation.StatusOn(Today, 3));
        Assert.Equal("Left the prison before a case officer was allocated", obligation.EndedBecause);
    }

    [Fact]
    [Trait("Req", "CMP-01")]
    public void CommunityOrder_NeedsItsCaseManagementPlanWithin8WeeksOfSupervisionStart_C23_2_1_3()
    {
        var personId = Guid.NewGuid();
        var start = new DateOnly(2026, 2, 2);
        var order = Order.Make(personId, "community", "ICO", false, "ACT Supreme Court", new OrderDates(start, start, start, start.AddYears(1), null, null, null), Today, City.Id);
        var allocation = CaseAllocation.For(personId);
        allocation.Allocate(AllocationKind.ResponsibleOfficer, "casey", "Casey Officer", start, "New order", null, "team leader", Today);
        var plan = Assert.Single(ComplianceEngine.Derive(Facts(personId, null, allocation, order)), o => o.Kind == ObligationKind.CaseManagementPlan);
        Assert.Equal((ObligationKind.CaseManagementPlan, new DateOnly(2026, 3, 30)), (plan.Kind, plan.DueOn));
        Assert.StartsWith("C23.2 1.3", plan.RuleSource);
        Assert.Equal(ObligationOwner.Officer("casey"), plan.Owner);

        order.End(OrderStatus.Revoked, new DateOnly(2026, 3, 1), "Revoked on breach");
        var ended = ComplianceEngine.Derive(Facts(personId, null, allocation, order)).Single(o => o.Kind == ObligationKind.CaseManagementPlan);
        Assert.Equal(ObligationStatus.NoLongerApplicable, ended.StatusOn(Today, 3));
    }

    [Fact]
    [Trait("Req", "CON-03")]
    public void CaseOfficerAllocation_NeedsAPrimaryContactReportWithin14Days_AgainAfterATransfer_Copp103()
    {
        var (personId, custody) = Received(Eastern, new DateOnly(2026, 3, 2));
        var allocation = CaseAllocation.For(personId);
        allocation.Allocate(AllocationKind.CaseOfficer, "kim", "Kim Nguyen", new DateOnly(2026, 3, 4), "On arrival", null, "coordinator", Today);
        custody.Place(Southern.Id, "WA-SRP", null, new DateOnly(2026, 6, 1), permanent: true, "Closer to family", Today);
        allocation.EndCurrent(AllocationKind.CaseOfficer, new DateOnly(2026, 6, 1));
        allocation.Allocate(AllocationKind.CaseOfficer, "sam", "Sam Lee", new DateOnly(2026, 6, 3), "On transfer", null, "unit manager", Today);

        var reports = ComplianceEngine.Derive(Facts(personId, custody, allocation)).Where(o => o.Kind == ObligationKind.PrimaryContactReport).OrderBy(o => o.DueOn).ToList();
        Assert.Equal([new DateOnly(2026, 3, 18), new DateOnly(2026, 6, 17)], reports.Select(r => r.DueOn));
        Assert.All(reports, r => Assert.StartsWith("COPP 10.3 Primary (Initial) Contact Report", r.RuleSource));
        Assert.Equal(ObligationStatus.NoLongerApplicable, reports[0].StatusOn(Today, 3));
        Assert.Equal(ObligationOwner.Officer("sam"), reports[1].Owner);
    }

    [Fact]
    [Trait("Req", "CMP-03")]
    public void SameFacts_GiveTheSameObligations()
    {
        var (personId, custody) = Received(Eastern, new DateOnly(2026, 3, 2));
        var allocation = CaseAllocation.For(personId);
        allocation.Allocate(AllocationKind.CaseOfficer, "kim", "Kim Nguyen", new DateOnly(2026, 3, 4), "On arrival", null, "coordinator", Today);
        Assert.Equal(ComplianceEngine.Derive(Facts(personId, custody, allocation)), ComplianceEngine.Derive(Facts(personId, custody, allocation)));
    }
}
