namespace Waypoint.Core.People;

/// <summary>
/// A change in the person's life, dated and kept (PPL-09, ED1 29, C23.2 5.2): new address, job, relationship, health.
/// Never edited: a correction is a new entry.
/// </summary>
public sealed class CircumstanceChange
{
    private CircumstanceChange()
    {
    }

    internal CircumstanceChange(CircumstanceKind kind, string details, DateOnly occurredOn, ReportedBy reportedBy, string recordedBy, DateTimeOffset recordedAt)
    {
        Id = Guid.NewGuid();
        Kind = kind;
        Details = details;
        OccurredOn = occurredOn;
        ReportedBy = reportedBy;
        RecordedBy = recordedBy;
        RecordedAt = recordedAt;
    }

    public Guid Id { get; private set; }

    public CircumstanceKind Kind { get; private set; }

    public string Details { get; private set; } = "";

    public DateOnly OccurredOn { get; private set; }

    public ReportedBy ReportedBy { get; private set; }

    public string RecordedBy { get; private set; } = "";

    public DateTimeOffset RecordedAt { get; private set; }
}

public enum CircumstanceKind
{
    Address,
    Employment,
    Relationship,
    Health,
    Finances,
    Education,
    Other,
}

/// <summary>Who told the service about the change (PPL-09: reported by the person or staff).</summary>
public enum ReportedBy
{
    ThePerson,
    Staff,
    SomeoneElse,
}
