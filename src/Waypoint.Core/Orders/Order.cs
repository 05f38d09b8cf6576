using Waypoint.Core.Common;

namespace Waypoint.Core.Orders;

/// <summary>
/// A court order or sentence a person is serving (PPL-04): its type from the policy pack, the issuing court or
/// authority, its dates and, for imprisonment, the release eligibility dates the effective sentence is derived from
/// (PPL-06). A person may have several at once.
/// </summary>
public sealed class Order
{
    private readonly List<OrderCondition> conditions = [];
    private readonly List<SupervisionLevelDecision> supervisionLevels = [];

    private Order()
    {
    }

    public Guid Id { get; private set; }

    public Guid PersonId { get; private set; }

    /// <summary>The policy pack the type comes from, such as "community" or "prisons".</summary>
    public string PolicyPack { get; private set; } = "";

    public string OrderType { get; private set; } = "";

    /// <summary>Copied from the pack when the order is made, so later pack versions do not rewrite history (CMP-06).</summary>
    public bool Custodial { get; private set; }

    public string IssuingAuthority { get; private set; } = "";

    /// <summary>
    /// The community corrections office that supervises a community order; its staff see the person (REC-05) and its
    /// policy pack applies. None for a custodial order, whose prison is the person's placement.
    /// </summary>
    public Guid? SupervisingSiteId { get; private set; }

    public OrderDates Dates { get; private set; } = null!;

    public OrderStatus Status { get; private set; }

    public DateOnly? EndedOn { get; private set; }

    public string? EndReason { get; private set; }

    public int Version { get; private set; }

    public IReadOnlyList<OrderCondition> Conditions => conditions;

    /// <summary>PPL-08: every supervision level the order has had, oldest first.</summary>
    public IReadOnlyList<SupervisionLevelDecision> SupervisionLevels => supervisionLevels;

    public SupervisionLevelDecision? SupervisionLevelOn(DateOnly date) => supervisionLevels.Where(l => l.From <= date).MaxBy(l => l.From);

    /// <summary>
    /// PPL-08: the officer sets the order's supervision level from a date. The pack proposes one from the assessed risk;
    /// choosing another needs a reason.
    /// </summary>
    public SupervisionLevelDecision SetSupervisionLevel(string level, string proposed, DateOnly from, string? reason, string decidedBy, DateOnly today)
    {
        BusinessRuleViolation.ThrowIfBroken(new OrderMustBeActiveRule(this, "given a supervision level"));
        BusinessRuleViolation.ThrowIfBroken(new OtherThanProposedLevelNeedsAReasonRule(level, proposed, reason));
        BusinessRuleViolation.ThrowIfBroken(new SupervisionLevelDateMustBeWithinOrderRule(this, from, today));
        var decision = new SupervisionLevelDecision(level, proposed, from, string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(), decidedBy);
        supervisionLevels.Add(decision);
        Version++;
        return decision;
    }

    public static Order Make(Guid personId, string policyPack, string orderType, bool custodial, string issuingAuthority, OrderDates dates, DateOnly today, Guid? supervisingSiteId = null)
    {
        OrderDates.Check(dates, custodial, today);
        BusinessRuleViolation.ThrowIfBroken(new CustodialOrderHasNoSupervisingOfficeRule(custodial, supervisingSiteId));
        return new Order
        {
            Id = Guid.NewGuid(),
            PersonId = personId,
            PolicyPack = policyPack,
            OrderType = orderType,
            Custodial = custodial,
            IssuingAuthority = issuingAuthority,
            SupervisingSiteId = supervisingSiteId,
            Dates = dates,
            Status = OrderStatus.Active,
            Version = 1,
        };
    }

    /// <summary>A variation changes the order's dates; the audit trail keeps what they were and why (PPL-04).</summary>
    public IReadOnlyList<FieldChange> Vary(OrderDates dates, DateOnly today)
    {
        BusinessRuleViolation.ThrowIfBroken(new OrderMustBeActiveRule(this, "varied"));
        OrderDates.Check(dates, Custodial, today);
        var changes = Dates.Compare(dates);
        if (changes.Count > 0)
        {
            Dates = dates;
            Version++;
        }
        return changes;
    }

    /// <summary>
    /// Supervision passes to another community office (REC-05): its staff gain the person and the old office's lose
    /// them. Returns what changed, for the order's history.
    /// </summary>
    public FieldChange TransferSupervision(Guid siteId)
    {
        BusinessRuleViolation.ThrowIfBroken(new OrderMustBeActiveRule(this, "transferred"));
        BusinessRuleViolation.ThrowIfBroken(new CustodialOrderHasNoSupervisingOfficeRule(Custodial, siteId));
        BusinessRuleViolation.ThrowIfBroken(new SupervisionTransferMustChangeTheOfficeRule(SupervisingSiteId, siteId));
        var change = new FieldChange(nameof(SupervisingSiteId), SupervisingSiteId?.ToString(), siteId.ToString());
        SupervisingSiteId = siteId;
        Version++;
        return change;
    }

    /// <summary>Ends the order: it expired or was completed, or it was revoked (PPL-04).</summary>
    public void End(OrderStatus outcome, DateOnly on, string reason)
    {
        BusinessRuleViolation.ThrowIfBroken(new OrderMustBeActiveRule(this, "ended"));
        BusinessRuleViolation.ThrowIfBroken(new OrderEndMustBeAnOutcomeRule(outcome));
        BusinessRuleViolation.ThrowIfBroken(new OrderCannotEndBeforeItStartsRule(Dates.Start, on));
        Status = outcome;
        EndedOn = on;
        EndReason = reason;
        Version++;
    }

    public OrderCondition AddCondition(string conditionType, string details, int? hours)
    {
        BusinessRuleViolation.ThrowIfBroken(new OrderMustBeActiveRule(this, "given a condition"));
        var condition = new OrderCondition(conditionType, details, hours);
        conditions.Add(condition);
        Version++;
        return condition;
    }

    public OrderCondition SetConditionStatus(Guid conditionId, ConditionStatus status)
    {
        var condition = conditions.SingleOrDefault(c => c.Id == conditionId)
            ?? throw new BusinessRuleViolation(new ConditionMustBelongToOrderRule());
        condition.SetStatus(status);
        Version++;
        return condition;
    }

    /// <summary>Whether the order is in force on a date: started, not expired, not ended.</summary>
    public bool IsInForceOn(DateOnly date) => Dates.InForceOn(date, EndedOn);
}

public enum OrderStatus
{
    Active,
    Completed,
    Revoked,
}
