using Waypoint.Core.Common;

namespace Waypoint.Core.Staff;

/// <summary>
/// What the service knows about a member of staff beyond their account (STF-01): skills and specialisms, interests,
/// languages, the workload they can carry (STF-04) and when they are on leave. Their team, and so their site, is on
/// the account. One per account, keyed by its id.
/// </summary>
public sealed class StaffMember
{
    public const int MaxListEntries = 30;
    public const int MaxCapacity = 1000;

    private readonly List<LeavePeriod> leave = [];

    private StaffMember()
    {
    }

    public string UserId { get; private set; } = "";

    public List<string> Skills { get; private set; } = [];

    public List<string> Interests { get; private set; } = [];

    public List<string> Languages { get; private set; } = [];

    /// <summary>The most workload points the officer should carry (STF-04); none when not set.</summary>
    public int? CapacityPoints { get; private set; }

    public IReadOnlyList<LeavePeriod> Leave => leave;

    public int Version { get; private set; }

    public static StaffMember For(string userId) => new() { UserId = userId, Version = 1 };

    public LeavePeriod? LeaveOn(DateOnly date) => leave.FirstOrDefault(l => l.From <= date && l.To >= date);

    /// <summary>Sets the profile; returns what changed for the audit trail.</summary>
    public IReadOnlyList<FieldChange> Describe(IEnumerable<string> skills, IEnumerable<string> interests, IEnumerable<string> languages, int? capacityPoints)
    {
        BusinessRuleViolation.ThrowIfBroken(new CapacityMustBeSensibleRule(capacityPoints));
        var changes = new List<FieldChange>();
        Replace(changes, nameof(Skills), Skills, skills);
        Replace(changes, nameof(Interests), Interests, interests);
        Replace(changes, nameof(Languages), Languages, languages);
        FieldChange.Track(changes, nameof(CapacityPoints), CapacityPoints, capacityPoints);
        CapacityPoints = capacityPoints;
        if (changes.Count > 0)
        {
            Version++;
        }
        return changes;
    }

    public LeavePeriod AddLeave(DateOnly from, DateOnly to, string kind)
    {
        BusinessRuleViolation.ThrowIfBroken(new LeaveMustEndOnOrAfterItStartsRule(from, to));
        BusinessRuleViolation.ThrowIfBroken(new LeaveMustNotOverlapRule(leave, from, to));
        var period = new LeavePeriod(from, to, kind);
        leave.Add(period);
        Version++;
        return period;
    }

    public void CancelLeave(Guid leaveId)
    {
        var period = leave.SingleOrDefault(l => l.Id == leaveId) ?? throw new BusinessRuleViolation(new LeaveMustBelongToTheStaffMemberRule());
        leave.Remove(period);
        Version++;
    }

    /// <summary>Trims, drops blanks and repeats (ignoring case), keeping the order given.</summary>
    public static List<string> Tidy(IEnumerable<string> entries) =>
        entries.Select(e => e.Trim()).Where(e => e.Length > 0).DistinctBy(e => e.ToUpperInvariant()).ToList();

    private static void Replace(List<FieldChange> changes, string field, List<string> current, IEnumerable<string> entries)
    {
        var tidy = Tidy(entries);
        if (!current.SequenceEqual(tidy))
        {
            changes.Add(new FieldChange(field, string.Join(", ", current), string.Join(", ", tidy)));
            current.Clear();
            current.AddRange(tidy);
        }
    }
}

/// <summary>A time a member of staff is away (STF-01): allocations while away warn, and workload pages show it.</summary>
public sealed class LeavePeriod
{
    private LeavePeriod()
    {
    }

    internal LeavePeriod(DateOnly from, DateOnly to, string kind)
    {
        Id = Guid.NewGuid();
        From = from;
        To = to;
        Kind = kind;
    }

    public Guid Id { get; private set; }

    public DateOnly From { get; private set; }

    public DateOnly To { get; private set; }

    /// <summary>Annual, personal, training…: words the service uses, kept as typed.</summary>
    public string Kind { get; private set; } = "";
}

public sealed class CapacityMustBeSensibleRule(int? capacity) : IBusinessRule
{
    public bool IsBroken() => capacity is < 0 or > StaffMember.MaxCapacity;

    public string Message => $"Capacity must be between 0 and {StaffMember.MaxCapacity} points";

    public string? Field => "CapacityPoints";
}

public sealed class LeaveMustEndOnOrAfterItStartsRule(DateOnly from, DateOnly to) : IBusinessRule
{
    public bool IsBroken() => to < from;

    public string Message => "Leave must end on or after the day it starts";

    public string? Field => "To";
}

public sealed class LeaveMustNotOverlapRule(IReadOnlyList<LeavePeriod> leave, DateOnly from, DateOnly to) : IBusinessRule
{
    private LeavePeriod? Clash => leave.FirstOrDefault(l => l.From <= to && l.To >= from);

    public bool IsBroken() => Clash is not null;

    public string Message => $"This overlaps leave already recorded from {Clash?.From:d MMMM yyyy} to {Clash?.To:d MMMM yyyy}";

    public string? Field => "From";
}

public sealed class LeaveMustBelongToTheStaffMemberRule : IBusinessRule
{
    public bool IsBroken() => true;

    public string Message => "That leave is not recorded for this member of staff";

    public string? Field => null;
}
