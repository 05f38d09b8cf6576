namespace Waypoint.Core.Notifications;

/// <summary>What a notification is about (NTF-01). Codes are stored; never rename one.</summary>
public enum NotificationKind
{
    Allocation,
    RiskChanged,
    NoteAdded,
    PlanSubmitted,
    PlanReturned,
    PlanApproved,
    PlanRefused,
    ImpSubmitted,
    ImpReturned,
    ImpApproved,
    BreachSubmitted,
    BreachReturned,
    BreachApproved,
}

/// <summary>
/// NTF-01: an in-app message to one member of staff, linking to the record it is about. Read once opened; never
/// deleted, so the list is what the officer was told and when.
/// </summary>
public sealed class Notification
{
    private Notification()
    {
    }

    public Guid Id { get; private set; }

    public string RecipientUserId { get; private set; } = "";

    public NotificationKind Kind { get; private set; }

    public Guid? PersonId { get; private set; }

    /// <summary>What happened, in a sentence.</summary>
    public string Text { get; private set; } = "";

    /// <summary>The page the notification opens (a path within Waypoint).</summary>
    public string Link { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? ReadAt { get; private set; }

    public static Notification To(string recipientUserId, NotificationKind kind, Guid? personId, string text, string link, DateTimeOffset now) =>
        new() { Id = Guid.NewGuid(), RecipientUserId = recipientUserId, Kind = kind, PersonId = personId, Text = text, Link = link, CreatedAt = now };

    public void MarkRead(DateTimeOffset now) => ReadAt ??= now;
}
