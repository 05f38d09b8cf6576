using Waypoint.Core.Common;
using Waypoint.Core.Staff;

namespace Waypoint.Core.Tests.Staff;

public sealed class CaseAllocationTests
{
    private static readonly DateOnly Today = new(2026, 11, 26);

    [Fact]
    [Trait("Req", "STF-02")]
    public void Reallocation_EndsThePreviousOfficer_AndKeepsTheHistory()
    {
        var record = CaseAllocation.For(Guid.NewGuid());
        record.Allocate(AllocationKind.CaseOfficer, "u1", "Casey Officer", new DateOnly(2026, 3, 2), "On arrival", null, "Cody Coordinator", Today);
        var second = record.Allocate(AllocationKind.CaseOfficer, "u2", "Pat Officer", new DateOnly(2026, 6, 1), "Casey on leave", "Engaged in education; family visits monthly", "Cody Coordinator", Today);
        Assert.Equal(new DateOnly(2026, 6, 1), record.Allocations[0].To);
        Assert.Equal(second, record.Current(AllocationKind.CaseOfficer));
        Assert.Null(record.Current(AllocationKind.ResponsibleOfficer));
    }

    [Fact]
    [Trait("Req", "STF-02")]
    public void Allocation_RefusesTheSameOfficerTheFutureAndGoingBack()
    {
        var record = CaseAllocation.For(Guid.NewGuid());
        record.Allocate(AllocationKind.CaseOfficer, "u1", "Casey Officer", new DateOnly(2026, 3, 2), "On arrival", null, "C", Today);
        Assert.Equal("That officer is already allocated", Assert.Throws<BusinessRuleViolation>(() => record.Allocate(AllocationKind.CaseOfficer, "u1", "Casey Officer", Today, "x", null, "C", Today)).Message);
        Assert.Throws<BusinessRuleViolation>(() => record.Allocate(AllocationKind.CaseOfficer, "u2", "P", Today.AddDays(1), "x", null, "C", Today));
        Assert.Throws<BusinessRuleViolation>(() => record.Allocate(AllocationKind.CaseOfficer, "u2", "P", new DateOnly(2026, 3, 1), "x", null, "C", Today));
    }
}
