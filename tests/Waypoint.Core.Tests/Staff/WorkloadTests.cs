using Waypoint.Core.Common;
using Waypoint.Core.Orders;
using Waypoint.Core.Policy;
using Waypoint.Core.Staff;

namespace Waypoint.Core.Tests.Staff;

/// <summary>STF-04: a case's points from the shipped packs' weights, by order type, risk level and stage.</summary>
public sealed class WorkloadTests
{
    private static readonly DateOnly Today = new(2026, 11, 26);


    private static CaseOrder Community(string type, DateOnly supervisionStart) => CaseOrder.Of(CommunityOrder(type, supervisionStart));

    private static Order CommunityOrder(string type, DateOnly supervisionStart) =>
        Order.Make(Guid.NewGuid(), "community", type, false, "Court", new OrderDates(supervisionStart, supervisionStart, supervisionStart, supervisionStart.AddYears(1), null, null, null), Today, Guid.NewGuid());

    private static CaseOrder Prison(DateOnly start, DateOnly earliestRelease) => CaseOrder.Of(Order.Make(Guid.NewGuid(), "prisons", "Imprisonment", true, "Court", new OrderDates(start, start, null, earliestRelease.AddYears(1), null, earliestRelease, null), Today));

    [Fact]
    [Trait("Req", "STF-04")]
    public void CommunityCase_WeighsMoreInTheEightWeeksOfInduction_ThenByRisk()
    {
        var pack = ShippedPacks.Load("community");
        var cco = Community("CCO", Today.AddDays(-10));
        Assert.Equal(new CasePoints(4, "CCO", Workload.Induction, pack.WorkloadWeights.Single(w => w.Stage == Workload.Induction).Source), Workload.Of([(cco, pack)], "Low", Today));
        // Eight weeks from the supervision start the case is in ordinary supervision, weighed by risk alone.
        var later = Community("CCO", Today.AddDays(-56));
        Assert.Equal(2, Workload.Of([(later, pack)], "Low", Today).Points);
        Assert.Equal(3, Workload.Of([(later, pack)], PolicyPack.NotAssessed, Today).Points);
        Assert.Equal(5, Workload.Of([(later, pack)], "High", Today).Points);
        Assert.Equal(Workload.Supervision, Workload.Of([(later, pack)], "High", Today).Stage);
    }

    [Fact]
    [Trait("Req", "STF-04")]
    public void SeveralOrders_AreOneCase_AtTheHeaviestOrder()
    {
        var pack = ShippedPacks.Load("community");
        var gbo = Community("GBO", Today.AddDays(-200));
        var ico = Community("ICO", Today.AddDays(-100));
        var points = Workload.Of([(gbo, pack), (ico, pack)], "Low", Today);
        Assert.Equal(4, points.Points);
        Assert.Equal("ICO", points.OrderType);
    }

    [Fact]
    [Trait("Req", "STF-04")]
    public void EndedOrders_WeighNothing()
    {
        var pack = ShippedPacks.Load("community");
        var order = CommunityOrder("CCO", Today.AddDays(-300));
        order.End(OrderStatus.Completed, Today.AddDays(-1), "Completed");
        Assert.Equal(new CasePoints(0, null, null, null), Workload.Of([(CaseOrder.Of(order), pack)], "High", Today));
    }

    [Fact]
    [Trait("Req", "STF-04")]
    public void PrisonCase_WeighsMoreInTheSixMonthsBeforeEarliestRelease()
    {
        var pack = ShippedPacks.Load("prisons");
        Assert.Equal(2, Workload.Of([(Prison(Today.AddYears(-1), Today.AddMonths(7)), pack)], PolicyPack.NotAssessed, Today).Points);
        var soon = Workload.Of([(Prison(Today.AddYears(-1), Today.AddMonths(6)), pack)], PolicyPack.NotAssessed, Today);
        Assert.Equal((3, Workload.PreRelease), (soon.Points, soon.Stage));
        Assert.Equal(4, Workload.Of([(Prison(Today.AddYears(-1), Today.AddMonths(2)), pack)], "VeryHigh", Today).Points);
    }

    [Fact]
    [Trait("Req", "STF-04")]
    public void Capacity_WarnsOnlyWhenACaseWouldTakeTheOfficerOver()
    {
        var workload = new OfficerWorkload("u", Cases: 10, Points: 38, Capacity: 40);
        Assert.False(workload.OverCapacity);
        Assert.False(workload.WouldExceed(2));
        Assert.True(workload.WouldExceed(3));
        Assert.False(new OfficerWorkload("u", 10, 38, null).WouldExceed(100));
    }

    [Fact]
    [Trait("Req", "STF-01")]
    public void StaffProfile_TidiesLists_AndLeaveCannotOverlap()
    {
        var member = StaffMember.For("u");
        var changes = member.Describe([" Vietnamese", "vietnamese", "", "Arabic"], ["Family violence"], ["Vietnamese"], 40);
        Assert.Equal(["Vietnamese", "Arabic"], member.Skills);
        Assert.Equal(4, changes.Count);
        Assert.Empty(member.Describe(["Vietnamese", "Arabic"], ["Family violence"], ["Vietnamese"], 40));

        member.AddLeave(new DateOnly(2026, 12, 20), new DateOnly(2027, 1, 5), "Annual");
        var clash = Assert.Throws<BusinessRuleViolation>(() => member.AddLeave(new DateOnly(2027, 1, 5), new DateOnly(2027, 1, 9), "Training"));
        Assert.Equal("This overlaps leave already recorded from 20 December 2026 to 5 January 2027", clash.Message);
        Assert.Throws<BusinessRuleViolation>(() => member.AddLeave(new DateOnly(2027, 2, 5), new DateOnly(2027, 2, 1), "Annual"));
        Assert.Throws<BusinessRuleViolation>(() => member.Describe([], [], [], -1));
        Assert.Equal("Annual", member.LeaveOn(new DateOnly(2027, 1, 1))?.Kind);
    }
}
