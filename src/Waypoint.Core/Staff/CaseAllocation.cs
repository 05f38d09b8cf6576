using Waypoint.Core.Common;

namespace Waypoint.Core.Staff;

/// <summary>
/// Who is responsible for a person (STF-02): the case officer in prison or the responsible officer in the community,
/// with the history of every allocation, its reason and handover note. One record per person.
/// </summary>
public sealed class CaseAllocation
{
    private readonly List<Allocation> allocations = [];

    private CaseAllocation()
    {
    }

    public Guid PersonId { get; private set; }

    public int Version { get; private set; }

    public IReadOnlyList<Allocation> Allocations => allocations;

    public static CaseAllocation For(Guid personId) => new() { PersonId = personId, Version = 1 };

    public Allocation? Current(AllocationKind kind) => allocations.LastOrDefault(a => a.Kind == kind && a.To is null);

    /// <summary>
    /// Ends the current allocation of a kind without a successor: a prisoner transferred permanently to another prison,
    /// or released, needs a case officer there, not here (STF-02).
    /// </summary>
    public Allocation? EndCurrent(AllocationKind kind, DateOnly on)
    {
        var current = Current(kind);
        if (current is null)
        {
            return null;
        }
        current.End(on < current.From ? current.From : on);
        Version++;
        return current;
    }

    /// <summary>
    /// Allocates an officer from a date; the previous officer of the same kind hands over that day. When the case
    /// would take the officer over their capacity, a reason to go over is needed and kept (STF-04).
    /// </summary>
    public Allocation Allocate(AllocationKind kind, string officerUserId, string officerName, DateOnly from, string reason, string? handoverNote, string allocatedBy, DateOnly today, CapacityCheck? capacity = null)
    {
        var current = Current(kind);
        BusinessRuleViolation.ThrowIfBroken(new AllocationMustNotStartInTheFutureRule(from, today));
        BusinessRuleViolation.ThrowIfBroken(new AllocationMustFollowTheCurrentOneRule(current, from));
        BusinessRuleViolation.ThrowIfBroken(new AllocationMustChangeTheOfficerRule(current, officerUserId));
        if (capacity is not null)
        {
            BusinessRuleViolation.ThrowIfBroken(new GoingOverCapacityNeedsAReasonRule(capacity, officerName));
        }
        current?.End(from);
        var overCapacity = capacity is { } c && c.Workload.WouldExceed(c.CasePoints) ? c.OverCapacityReason?.Trim() : null;
        var allocation = new Allocation(kind, officerUserId, officerName, from, reason, handoverNote, allocatedBy) { OverCapacityReason = overCapacity };
        allocations.Add(allocation);
        Version++;
        return allocation;
    }
}

public enum AllocationKind
{
    /// <summary>Prison: COPP 10.3 "Case allocation".</summary>
    CaseOfficer,

    /// <summary>Community: the officer supervising the person's orders.</summary>
    ResponsibleOfficer,
}

/// <summary>One officer's time responsible for a person (STF-02).</summary>
public sealed class Allocation
{
    private Allocation()
    {
    }

    internal Allocation(AllocationKind kind, string officerUserId, string officerName, DateOnly from, string reason, string? handoverNote, string allocatedBy)
    {
        Id = Guid.NewGuid();
        Kind = kind;
        OfficerUserId = officerUserId;
        OfficerName = officerName;
        From = from;
        Reason = reason;
        HandoverNote = handoverNote;
        AllocatedBy = allocatedBy;
    }

    public Guid Id { get; private set; }

    public AllocationKind Kind { get; private set; }

    public string OfficerUserId { get; private set; } = "";

    /// <summary>The officer's name at the time, kept as it was.</summary>
    public string OfficerName { get; private set; } = "";

    public DateOnly From { get; private set; }

    public DateOnly? To { get; private set; }

    public string Reason { get; private set; } = "";

    /// <summary>What the incoming officer needs to know from the one before (STF-02).</summary>
    public string? HandoverNote { get; private set; }

    public string AllocatedBy { get; private set; } = "";

    /// <summary>Why the officer was given the case although it took them over capacity (STF-04).</summary>
    public string? OverCapacityReason { get; internal init; }

    internal void End(DateOnly on) => To = on;
}

/// <summary>STF-02: an allocation is recorded when it happens, not in advance.</summary>
public sealed class AllocationMustNotStartInTheFutureRule(DateOnly from, DateOnly today) : IBusinessRule
{
    public bool IsBroken() => from > today;

    public string Message => "The allocation date cannot be in the future";

    public string? Field => "From";
}

/// <summary>STF-02: a new allocation starts on or after the current one.</summary>
public sealed class AllocationMustFollowTheCurrentOneRule(Allocation? current, DateOnly from) : IBusinessRule
{
    public bool IsBroken() => current is not null && from < current.From;

    public string Message => "The allocation date must be on or after the current officer's allocation";

    public string? Field => "From";
}

/// <summary>STF-02: reallocating to the same officer changes nothing and would break the history.</summary>
public sealed class AllocationMustChangeTheOfficerRule(Allocation? current, string officerUserId) : IBusinessRule
{
    public bool IsBroken() => current is not null && current.OfficerUserId == officerUserId;

    public string Message => "That officer is already allocated";

    public string? Field => "OfficerUserId";
}

/// <summary>STF-04: the officer's workload before the allocation, what the case weighs, and any reason to go over.</summary>
public sealed record CapacityCheck(OfficerWorkload Workload, int CasePoints, string? OverCapacityReason);

/// <summary>STF-04: an allocation that takes an officer over capacity warns and needs a reason.</summary>
public sealed class GoingOverCapacityNeedsAReasonRule(CapacityCheck check, string officerName) : IBusinessRule
{
    public bool IsBroken() => check.Workload.WouldExceed(check.CasePoints) && string.IsNullOrWhiteSpace(check.OverCapacityReason);

    public string Message =>
        $"This case ({check.CasePoints} points) takes {officerName} to {check.Workload.Points + check.CasePoints} points, over their capacity of {check.Workload.Capacity}: give a reason to go over capacity";

    public string? Field => "OverCapacityReason";
}
