using Waypoint.Core.Common;
using Waypoint.Core.Orders;

namespace Waypoint.Core.Tests.Orders;

public sealed class OrderTests
{
    private static readonly DateOnly Today = new(2026, 11, 26);

    private static OrderDates Dates(string start = "2026-02-01", string? supervision = "2026-02-03", string? expiry = "2027-02-01") =>
        new(DateOnly.Parse(start), DateOnly.Parse(start), supervision is null ? null : DateOnly.Parse(supervision), expiry is null ? null : DateOnly.Parse(expiry), null, null, null);

    private static Order Ico(OrderDates? dates = null) => Order.Make(Guid.NewGuid(), "community", "ICO", false, "ACT Supreme Court", dates ?? Dates(), Today);

    [Theory]
    [Trait("Req", "PPL-04")]
    [InlineData("2026-02-01", "2026-02-03", "2026-01-31", "The expiry date must be the same as or after the start date")]
    [InlineData("2026-02-01", "2026-01-20", "2027-02-01", "The supervision start date must be between the order's start and expiry dates")]
    [InlineData("2026-02-01", "2027-03-01", "2027-02-01", "The supervision start date must be between the order's start and expiry dates")]
    [InlineData("2206-02-01", null, null, "SentenceDate must be within 80 years before and 60 years after today")]
    public void Make_RefusesImpossibleDates(string start, string? supervision, string? expiry, string message)
    {
        var ex = Assert.Throws<BusinessRuleViolation>(() => Ico(Dates(start, supervision, expiry)));
        Assert.Equal(message, ex.Message);
    }

    [Fact]
    [Trait("Req", "PPL-04")]
    public void CommunityOrder_CannotHaveReleaseDates()
    {
        var dates = Dates() with { EarliestEligibilityDate = new DateOnly(2026, 8, 1) };
        var ex = Assert.Throws<BusinessRuleViolation>(() => Ico(dates));
        Assert.Equal("EED, EDR and SRD apply only to a custodial sentence", ex.Message);
    }

    [Fact]
    [Trait("Req", "PPL-04")]
    public void Vary_ReportsWhatChanged_AndEndedOrdersCannotBeVaried()
    {
        var order = Ico();
        var changes = order.Vary(Dates(expiry: "2027-08-01"), Today);
        Assert.Equal([new FieldChange("Expiry", "2027-02-01", "2027-08-01")], changes);
        Assert.Equal(2, order.Version);
        order.End(OrderStatus.Revoked, new DateOnly(2026, 6, 1), "Revoked by the Sentence Administration Board");
        var ex = Assert.Throws<BusinessRuleViolation>(() => order.Vary(Dates(), Today));
        Assert.Equal("This order has already ended (revoked) and cannot be varied", ex.Message);
    }

    [Fact]
    [Trait("Req", "PPL-04")]
    public void End_MustBeAnOutcomeOnOrAfterTheStart()
    {
        var order = Ico();
        Assert.Throws<BusinessRuleViolation>(() => order.End(OrderStatus.Active, Today, "x"));
        Assert.Throws<BusinessRuleViolation>(() => order.End(OrderStatus.Completed, new DateOnly(2026, 1, 1), "x"));
        order.End(OrderStatus.Completed, new DateOnly(2027, 2, 1), "Expired");
        Assert.False(order.IsInForceOn(new DateOnly(2027, 2, 1)));
        Assert.True(order.IsInForceOn(new DateOnly(2027, 1, 31)));
    }

    [Fact]
    [Trait("Req", "PPL-04")]
    public void Conditions_HaveTheirOwnStatus()
    {
        var order = Ico();
        var hours = order.AddCondition("CommunityService", "Community service work", 120);
        var curfew = order.AddCondition("Curfew", "7pm to 7am", null);
        order.SetConditionStatus(hours.Id, ConditionStatus.Completed);
        Assert.Equal(ConditionStatus.Completed, hours.Status);
        Assert.Equal(ConditionStatus.Active, curfew.Status);
        Assert.Throws<BusinessRuleViolation>(() => order.SetConditionStatus(Guid.NewGuid(), ConditionStatus.Completed));
    }
}
