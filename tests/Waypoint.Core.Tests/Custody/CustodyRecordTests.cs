using Waypoint.Core.Common;
using Waypoint.Core.Custody;

namespace Waypoint.Core.Tests.Custody;

public sealed class CustodyRecordTests
{
    private static readonly DateOnly Today = new(2026, 11, 26);
    private static readonly Guid Hakea = Guid.NewGuid();
    private static readonly Guid Casuarina = Guid.NewGuid();

    [Fact]
    [Trait("Req", "PPL-05")]
    public void Transfer_ClosesTheCurrentPlacement_AndNeedsAReason()
    {
        var record = CustodyRecord.For(Guid.NewGuid());
        record.Place(Hakea, "Eastern Metropolitan Prison", "Unit 3", new DateOnly(2026, 1, 5), permanent: false, null, Today);
        var ex = Assert.Throws<BusinessRuleViolation>(() => record.Place(Casuarina, "Southern Regional Prison", null, new DateOnly(2026, 2, 1), true, " ", Today));
        Assert.Equal("Give the reason for the transfer", ex.Message);

        record.Place(Casuarina, "Southern Regional Prison", "Unit 1", new DateOnly(2026, 2, 1), true, "Closer to family", Today);
        Assert.Equal(new DateOnly(2026, 2, 1), record.Placements[0].To);
        Assert.Equal("Southern Regional Prison", record.Current!.SiteName);
        Assert.Equal(record.Current, record.LatestPermanent);
        Assert.Equal("Eastern Metropolitan Prison", record.PlacementOn(new DateOnly(2026, 1, 31))!.SiteName);
    }

    [Fact]
    [Trait("Req", "PPL-05")]
    public void UnitMove_InTheSamePrison_NeedsNoReason()
    {
        var record = CustodyRecord.For(Guid.NewGuid());
        record.Place(Hakea, "Eastern Metropolitan Prison", "Unit 3", new DateOnly(2026, 1, 5), true, null, Today);
        record.Place(Hakea, "Eastern Metropolitan Prison", "Unit 5", new DateOnly(2026, 3, 1), true, null, Today);
        Assert.Equal("Unit 5", record.Current!.Unit);
    }

    [Fact]
    [Trait("Req", "PPL-05")]
    public void Moves_CannotGoBackInTimeOrIntoTheFuture()
    {
        var record = CustodyRecord.For(Guid.NewGuid());
        record.Place(Hakea, "Eastern Metropolitan Prison", null, new DateOnly(2026, 3, 1), true, null, Today);
        Assert.Throws<BusinessRuleViolation>(() => record.Place(Casuarina, "S", null, new DateOnly(2026, 2, 1), true, "x", Today));
        Assert.Throws<BusinessRuleViolation>(() => record.Place(Casuarina, "S", null, Today.AddDays(1), true, "x", Today));
    }

    [Fact]
    [Trait("Req", "PPL-05")]
    public void Release_EndsCustody_AndCannotHappenTwice()
    {
        var record = CustodyRecord.For(Guid.NewGuid());
        record.Place(Hakea, "Eastern Metropolitan Prison", null, new DateOnly(2026, 1, 5), true, null, Today);
        record.Release(new DateOnly(2026, 9, 1), "Released to parole", Today);
        Assert.Null(record.Current);
        Assert.Equal("Released to parole", record.Placements[0].ReleaseReason);
        Assert.Null(record.PlacementOn(new DateOnly(2026, 9, 1)));
        var ex = Assert.Throws<BusinessRuleViolation>(() => record.Release(new DateOnly(2026, 9, 2), "again", Today));
        Assert.Equal("This person is not in custody", ex.Message);
    }

    [Fact]
    [Trait("Req", "PPL-05")]
    public void SecurityClassification_KeepsItsHistory()
    {
        var record = CustodyRecord.For(Guid.NewGuid());
        record.Classify("Maximum", new DateOnly(2026, 1, 5), "On reception", "Sam Delegate", Today);
        record.Classify("Medium", new DateOnly(2026, 6, 1), "Review: settled behaviour", "Sam Delegate", Today);
        Assert.Equal("Maximum", record.ClassificationOn(new DateOnly(2026, 5, 31))!.Level);
        Assert.Equal("Medium", record.ClassificationOn(Today)!.Level);
        Assert.Equal(2, record.Classifications.Count);
    }
}
