using Waypoint.Core.Common;

namespace Waypoint.Core.Contacts;

/// <summary>How a contact is made (CON-02). Codes are stored; never rename one.</summary>
public enum ContactKind
{
    Office,
    HomeVisit,
    Phone,
    Video,
    Program,
    Other,
}

/// <summary>What happened at an appointment (CON-02). Codes are stored; never rename one.</summary>
public enum ContactOutcome
{
    Attended,
    FailedToAttend,

    /// <summary>Did not attend for a reason already shown acceptable, with the evidence named.</summary>
    AcceptableAbsence,

    /// <summary>Moved to another time before it happened; the new appointment is its own contact.</summary>
    Rescheduled,
    CancelledByService,
}

/// <summary>
/// CON-02: an appointment with the person, or a contact recorded after it happened, in an officer's diary. The day and
/// time are the agency's wall-clock time, as the officer and the person read them. Its outcome is recorded once; a
/// kept contact is a fact the compliance engine counts, and a failed attendance starts an apparent non-compliance
/// (ENF-01).
/// </summary>
public sealed class Contact
{
    public const int MaxText = 2_000;
    public const int MaxShortText = 200;
    public const int MinMinutes = 5;
    public const int MaxMinutes = 8 * 60;

    private Contact()
    {
    }

    public Guid Id { get; private set; }

    public Guid PersonId { get; private set; }

    /// <summary>The order the contact is under, where the officer said; a contact about no order counts for each.</summary>
    public Guid? OrderId { get; private set; }

    public ContactKind Kind { get; private set; }

    /// <summary>The day and time planned (for a contact recorded afterwards, when it happened).</summary>
    public DateOnly On { get; private set; }

    public TimeOnly At { get; private set; }

    public int Minutes { get; private set; }

    public string? Place { get; private set; }

    /// <summary>Who else takes part besides the person and the officer (a family member, a provider, an interpreter).</summary>
    public string? With { get; private set; }

    public string? Purpose { get; private set; }

    /// <summary>The officer whose diary it is in.</summary>
    public string OfficerUserId { get; private set; } = "";

    public string OfficerName { get; private set; } = "";

    /// <summary>False for a contact recorded after it happened without an appointment (a call, an unannounced visit).</summary>
    public bool Booked { get; private set; }

    public ContactOutcome? Outcome { get; private set; }

    /// <summary>When the person actually attended, where it differed from the time planned.</summary>
    public TimeOnly? ActualAt { get; private set; }

    public string? OutcomeNotes { get; private set; }

    /// <summary>For an acceptable absence: what shows it was acceptable (a medical certificate, a letter from an employer).</summary>
    public string? Evidence { get; private set; }

    public Guid? RescheduledToId { get; private set; }

    public Guid? RescheduledFromId { get; private set; }

    public string? OutcomeByUserId { get; private set; }

    public string? OutcomeByName { get; private set; }

    public DateTimeOffset? OutcomeRecordedAt { get; private set; }

    public string CreatedByUserId { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public int Version { get; private set; }

    public bool IsOpen => Outcome is null;

    /// <summary>Whether the person was seen: the only outcome that counts towards contact frequency.</summary>
    public bool Kept => Outcome == ContactOutcome.Attended;

    public DateTime Start => On.ToDateTime(ActualAt ?? At);

    /// <summary>Books an appointment in an officer's diary.</summary>
    public static Contact Book(ContactDetails details, string officerUserId, string officerName, string byUserId, DateTimeOffset now, DateOnly today)
    {
        details.Check();
        BusinessRuleViolation.ThrowIfBroken(new MustHoldRule(details.On >= today, "An appointment is booked for today or later; record a past contact with its outcome", "on"));
        return New(details, officerUserId, officerName, byUserId, now, booked: true);
    }

    /// <summary>Records a contact that happened without an appointment (a phone call, an unannounced home visit): kept.</summary>
    public static Contact RecordUnbooked(ContactDetails details, string? notes, string officerUserId, string officerName, string byUserId, string byName, DateTimeOffset now, DateOnly today)
    {
        details.Check();
        BusinessRuleViolation.ThrowIfBroken(new MustHoldRule(details.On <= today, "A contact recorded after it happened cannot be in the future", "on"));
        var contact = New(details, officerUserId, officerName, byUserId, now, booked: false);
        contact.Close(ContactOutcome.Attended, null, notes, null, byUserId, byName, now);
        return contact;
    }

    private static Contact New(ContactDetails details, string officerUserId, string officerName, string byUserId, DateTimeOffset now, bool booked) => new()
    {
        Id = Guid.NewGuid(), PersonId = details.PersonId, OrderId = details.OrderId, Kind = details.Kind, On = details.On, At = details.At,
        Minutes = details.Minutes, Place = Text.Clean(details.Place), With = Text.Clean(details.With), Purpose = Text.Clean(details.Purpose),
        OfficerUserId = officerUserId, OfficerName = officerName, Booked = booked, CreatedByUserId = byUserId, CreatedAt = now, Version = 1,
    };

    /// <summary>
    /// Records what happened at the appointment, once. Attendance and non-attendance only once the day has come; an
    /// acceptable absence names its evidence; a cancellation by the service says why.
    /// </summary>
    public void RecordOutcome(ContactOutcome outcome, TimeOnly? actualAt, string? notes, string? evidence, string byUserId, string byName, DateTimeOffset now, DateOnly today)
    {
        BusinessRuleViolation.ThrowIfBroken(new MustHoldRule(IsOpen, $"The outcome is already recorded: {ContactNames.Outcomes[Outcome ?? default].ToLowerInvariant()}"));
        BusinessRuleViolation.ThrowIfBroken(new MustHoldRule(outcome != ContactOutcome.Rescheduled, "Give the new day and time to reschedule", "outcome"));
        if (outcome is ContactOutcome.Attended or ContactOutcome.FailedToAttend)
        {
            BusinessRuleViolation.ThrowIfBroken(new MustHoldRule(On <= today, $"The appointment is on {On:d MMMM yyyy}: record whether the person attended on or after that day", "outcome"));
        }
        BusinessRuleViolation.ThrowIfBroken(new MustHoldRule(
            outcome != ContactOutcome.AcceptableAbsence || !string.IsNullOrWhiteSpace(evidence), "Say what evidence shows the absence was acceptable", "evidence"));
        BusinessRuleViolation.ThrowIfBroken(new MustHoldRule(
            outcome != ContactOutcome.CancelledByService || !string.IsNullOrWhiteSpace(notes), "Say why the service cancelled the appointment", "notes"));
        Close(outcome, outcome == ContactOutcome.Attended ? actualAt : null, notes, outcome == ContactOutcome.AcceptableAbsence ? evidence : null, byUserId, byName, now);
    }

    /// <summary>Moves an open appointment to a new day and time: this one is closed as rescheduled, and the new one returned.</summary>
    public Contact Reschedule(DateOnly on, TimeOnly at, string? reason, string byUserId, string byName, DateTimeOffset now, DateOnly today)
    {
        BusinessRuleViolation.ThrowIfBroken(new MustHoldRule(IsOpen, $"The outcome is already recorded: {ContactNames.Outcomes[Outcome ?? default].ToLowerInvariant()}"));
        BusinessRuleViolation.ThrowIfBroken(new MustHoldRule(on >= today, "The new appointment must be today or later", "rescheduleOn"));
        BusinessRuleViolation.ThrowIfBroken(new MustHoldRule(on != On || at != At, "The new day and time are the same as the old", "rescheduleOn"));
        var moved = New(new ContactDetails(PersonId, OrderId, Kind, on, at, Minutes, Place, With, Purpose), OfficerUserId, OfficerName, byUserId, now, booked: true);
        moved.RescheduledFromId = Id;
        Close(ContactOutcome.Rescheduled, null, reason, null, byUserId, byName, now);
        RescheduledToId = moved.Id;
        return moved;
    }

    private void Close(ContactOutcome outcome, TimeOnly? actualAt, string? notes, string? evidence, string byUserId, string byName, DateTimeOffset now)
    {
        BusinessRuleViolation.ThrowIfBroken(new MustHoldRule((notes?.Trim().Length ?? 0) <= MaxText, $"The notes must be {MaxText:N0} characters or fewer", "notes"));
        BusinessRuleViolation.ThrowIfBroken(new MustHoldRule((evidence?.Trim().Length ?? 0) <= MaxShortText, $"The evidence must be {MaxShortText} characters or fewer", "evidence"));
        Outcome = outcome;
        ActualAt = actualAt;
        OutcomeNotes = Text.Clean(notes);
        Evidence = Text.Clean(evidence);
        OutcomeByUserId = byUserId;
        OutcomeByName = byName;
        OutcomeRecordedAt = now;
        Version++;
    }
}

/// <summary>What an appointment is: who, which order, how, when, for how long, where, with whom and why.</summary>
public sealed record ContactDetails(
    Guid PersonId, Guid? OrderId, ContactKind Kind, DateOnly On, TimeOnly At, int Minutes, string? Place, string? With, string? Purpose)
{
    public void Check()
    {
        BusinessRuleViolation.ThrowIfBroken(new MustHoldRule(
            Minutes is >= Contact.MinMinutes and <= Contact.MaxMinutes, $"The length must be between {Contact.MinMinutes} minutes and {Contact.MaxMinutes / 60} hours", "minutes"));
        BusinessRuleViolation.ThrowIfBroken(new MustHoldRule((Place?.Trim().Length ?? 0) <= Contact.MaxShortText, $"The place must be {Contact.MaxShortText} characters or fewer", "place"));
        BusinessRuleViolation.ThrowIfBroken(new MustHoldRule((With?.Trim().Length ?? 0) <= Contact.MaxShortText, $"Who else takes part must be {Contact.MaxShortText} characters or fewer", "with"));
        BusinessRuleViolation.ThrowIfBroken(new MustHoldRule((Purpose?.Trim().Length ?? 0) <= Contact.MaxText, $"The purpose must be {Contact.MaxText:N0} characters or fewer", "purpose"));
    }
}

public static class ContactNames
{
    public static readonly IReadOnlyDictionary<ContactKind, string> Kinds = new Dictionary<ContactKind, string>
    {
        [ContactKind.Office] = "Office appointment",
        [ContactKind.HomeVisit] = "Home visit",
        [ContactKind.Phone] = "Phone call",
        [ContactKind.Video] = "Video call",
        [ContactKind.Program] = "Program session",
        [ContactKind.Other] = "Other contact",
    };

    public static readonly IReadOnlyDictionary<ContactOutcome, string> Outcomes = new Dictionary<ContactOutcome, string>
    {
        [ContactOutcome.Attended] = "Attended",
        [ContactOutcome.FailedToAttend] = "Failed to attend",
        [ContactOutcome.AcceptableAbsence] = "Acceptable absence",
        [ContactOutcome.Rescheduled] = "Rescheduled",
        [ContactOutcome.CancelledByService] = "Cancelled by the service",
    };
}
