namespace Waypoint.Core.Orders;

/// <summary>A condition of an order (community service hours, a program, a curfew…), with its own status (PPL-04).</summary>
public sealed class OrderCondition
{
    private OrderCondition()
    {
    }

    internal OrderCondition(string conditionType, string details, int? hours)
    {
        Id = Guid.NewGuid();
        ConditionType = conditionType;
        Details = details;
        Hours = hours;
        Status = ConditionStatus.Active;
    }

    public Guid Id { get; private set; }

    /// <summary>A condition type code from the order's policy pack.</summary>
    public string ConditionType { get; private set; } = "";

    public string Details { get; private set; } = "";

    /// <summary>Hours ordered, for condition types that count hours (community service).</summary>
    public int? Hours { get; private set; }

    public ConditionStatus Status { get; private set; }

    internal void SetStatus(ConditionStatus status) => Status = status;
}

public enum ConditionStatus
{
    Active,
    Completed,
    Varied,
    Revoked,
}
