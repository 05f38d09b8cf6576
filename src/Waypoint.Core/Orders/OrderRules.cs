using Waypoint.Core.Common;

namespace Waypoint.Core.Orders;

/// <summary>PPL-04: no order date is absurdly far from today (a typo such as 2206 for 2026 is caught).</summary>
public sealed class OrderDatesMustBePlausibleRule(OrderDates dates, DateOnly today) : IBusinessRule
{
    public const int YearsBack = 80;
    public const int YearsAhead = 60;

    private (string Field, DateOnly Date)? Wrong => dates.All()
        .Where(d => d.Date < today.AddYears(-YearsBack) || d.Date > today.AddYears(YearsAhead))
        .Select(d => ((string, DateOnly)?)d).FirstOrDefault();

    public bool IsBroken() => Wrong is not null;

    public string Message => $"{Wrong?.Field} must be within {YearsBack} years before and {YearsAhead} years after today";

    public string? Field => Wrong?.Field;
}

/// <summary>PPL-04: an order cannot start before it was imposed.</summary>
public sealed class SentenceDateMustNotBeAfterStartRule(OrderDates dates) : IBusinessRule
{
    public bool IsBroken() => dates.SentenceDate > dates.Start;

    public string Message => "The start date must be the same as or after the sentence date";

    public string? Field => nameof(OrderDates.Start);
}

/// <summary>PPL-04: an order cannot expire before it starts.</summary>
public sealed class OrderExpiryMustNotBeBeforeStartRule(OrderDates dates) : IBusinessRule
{
    public bool IsBroken() => dates.Expiry is { } e && e < dates.Start;

    public string Message => "The expiry date must be the same as or after the start date";

    public string? Field => nameof(OrderDates.Expiry);
}

/// <summary>PPL-04: supervision starts within the order's life.</summary>
public sealed class SupervisionStartMustBeWithinOrderRule(OrderDates dates) : IBusinessRule
{
    public bool IsBroken() => dates.SupervisionStart is { } s && (s < dates.Start || (dates.Expiry is { } e && s > e));

    public string Message => "The supervision start date must be between the order's start and expiry dates";

    public string? Field => nameof(OrderDates.SupervisionStart);
}

/// <summary>PPL-04: EED, EDR and SRD belong to prison sentences.</summary>
public sealed class ReleaseDatesOnlyForCustodyRule(OrderDates dates, bool custodial) : IBusinessRule
{
    public bool IsBroken() => !custodial && dates.EarliestRelease is not null;

    public string Message => "EED, EDR and SRD apply only to a custodial sentence";

    public string? Field => nameof(OrderDates.EarliestEligibilityDate);
}

/// <summary>PPL-06: release eligibility falls after the sentence starts and not after it expires.</summary>
public sealed class ReleaseDatesMustBeWithinSentenceRule(OrderDates dates) : IBusinessRule
{
    private (string Field, DateOnly Date)? Wrong => dates.All()
        .Where(d => d.Field is nameof(OrderDates.EarliestEligibilityDate) or nameof(OrderDates.EarliestDateOfRelease) or nameof(OrderDates.StatutoryReviewDate))
        .Where(d => d.Date < dates.Start || (dates.Expiry is { } e && d.Date > e))
        .Select(d => ((string, DateOnly)?)d).FirstOrDefault();

    public bool IsBroken() => Wrong is not null;

    public string Message => $"{Wrong?.Field} must be between the sentence's start and expiry dates";

    public string? Field => Wrong?.Field;
}

/// <summary>PPL-04: only an order in force can be varied, ended or given conditions.</summary>
public sealed class OrderMustBeActiveRule(Order order, string action) : IBusinessRule
{
    public bool IsBroken() => order.Status != OrderStatus.Active;

    public string Message => $"This order has already ended ({order.Status.ToString().ToLowerInvariant()}) and cannot be {action}";
}

/// <summary>PPL-04: an order ends completed or revoked, never "active".</summary>
public sealed class OrderEndMustBeAnOutcomeRule(OrderStatus outcome) : IBusinessRule
{
    public bool IsBroken() => outcome == OrderStatus.Active;

    public string Message => "Say whether the order was completed or revoked";

    public string? Field => "Outcome";
}

/// <summary>PPL-04: an order cannot end before it started.</summary>
public sealed class OrderCannotEndBeforeItStartsRule(DateOnly start, DateOnly end) : IBusinessRule
{
    public bool IsBroken() => end < start;

    public string Message => "The order cannot end before it started";

    public string? Field => "EndedOn";
}

/// <summary>PPL-04: a condition is changed through the order it belongs to.</summary>
public sealed class ConditionMustBelongToOrderRule : IBusinessRule
{
    public bool IsBroken() => true;

    public string Message => "That condition is not on this order";
}

/// <summary>PPL-08: a level other than the one the pack proposes from the risk needs a reason.</summary>
public sealed class OtherThanProposedLevelNeedsAReasonRule(string level, string proposed, string? reason) : IBusinessRule
{
    public bool IsBroken() => level != proposed && string.IsNullOrWhiteSpace(reason);

    public string Message => $"The proposed level is {proposed}: give the reason for choosing {level}";

    public string? Field => "Reason";
}

/// <summary>PPL-08: a supervision level applies within the order's life and is not set in advance.</summary>
public sealed class SupervisionLevelDateMustBeWithinOrderRule(Order order, DateOnly from, DateOnly today) : IBusinessRule
{
    public bool IsBroken() => from > today || from < order.Dates.Start || (order.Dates.Expiry is { } e && from > e);

    public string Message => from > today ? "The date cannot be in the future" : "The date must be within the order";

    public string? Field => "From";
}

/// <summary>REC-05: a prison sentence is served where the person is placed; only a community order has a supervising office.</summary>
public sealed class CustodialOrderHasNoSupervisingOfficeRule(bool custodial, Guid? siteId) : IBusinessRule
{
    public bool IsBroken() => custodial && siteId is not null;

    public string Message => "A custodial sentence has no supervising office: the prison is where the person is placed";

    public string? Field => "SupervisingSiteId";
}

/// <summary>REC-05: a transfer moves supervision somewhere else.</summary>
public sealed class SupervisionTransferMustChangeTheOfficeRule(Guid? current, Guid siteId) : IBusinessRule
{
    public bool IsBroken() => current == siteId;

    public string Message => "The order is already supervised by that office";

    public string? Field => "SupervisingSiteId";
}
