using Waypoint.Core.Common;

namespace Waypoint.Core.CaseNotes;

/// <summary>
/// CON-05: a case note by any staff member, with a category and a sensitivity. Once saved it is never edited or
/// deleted: a correction or a later fact is an addendum, shown with the note.
/// </summary>
public sealed class CaseNote
{
    public const int MaxText = 10_000;

    private readonly List<CaseNoteAddendum> addenda = [];

    private CaseNote()
    {
    }

    public Guid Id { get; private set; }

    public Guid PersonId { get; private set; }

    public CaseNoteCategory Category { get; private set; }

    public CaseNoteSensitivity Sensitivity { get; private set; }

    /// <summary>The day the note is about, which may be before the day it was written.</summary>
    public DateOnly OccurredOn { get; private set; }

    public string Text { get; private set; } = "";

    public string AuthorUserId { get; private set; } = "";

    public string AuthorName { get; private set; } = "";

    public DateTimeOffset WrittenAt { get; private set; }

    public IReadOnlyList<CaseNoteAddendum> Addenda => addenda;

    public static CaseNote Write(
        Guid personId, CaseNoteCategory category, CaseNoteSensitivity sensitivity, DateOnly occurredOn, string text,
        string authorUserId, string authorName, DateTimeOffset now)
    {
        BusinessRuleViolation.ThrowIfBroken(new CaseNoteTextIsRequiredRule(text));
        BusinessRuleViolation.ThrowIfBroken(new CaseNoteIsNotAboutTheFutureRule(occurredOn, DateOnly.FromDateTime(now.UtcDateTime)));
        return new CaseNote
        {
            Id = Guid.NewGuid(), PersonId = personId, Category = category, Sensitivity = sensitivity, OccurredOn = occurredOn,
            Text = text.Trim(), AuthorUserId = authorUserId, AuthorName = authorName, WrittenAt = now,
        };
    }

    public CaseNoteAddendum AddAddendum(string text, string authorUserId, string authorName, DateTimeOffset now)
    {
        BusinessRuleViolation.ThrowIfBroken(new CaseNoteTextIsRequiredRule(text));
        var addendum = new CaseNoteAddendum(text.Trim(), authorUserId, authorName, now);
        addenda.Add(addendum);
        return addendum;
    }
}

/// <summary>A later addition to a case note: the note itself is never changed (CON-05).</summary>
public sealed class CaseNoteAddendum
{
    private CaseNoteAddendum()
    {
    }

    internal CaseNoteAddendum(string text, string authorUserId, string authorName, DateTimeOffset writtenAt)
    {
        Id = Guid.NewGuid();
        Text = text;
        AuthorUserId = authorUserId;
        AuthorName = authorName;
        WrittenAt = writtenAt;
    }

    public Guid Id { get; private set; }

    public string Text { get; private set; } = "";

    public string AuthorUserId { get; private set; } = "";

    public string AuthorName { get; private set; } = "";

    public DateTimeOffset WrittenAt { get; private set; }
}

/// <summary>What a case note is about (CON-05). Codes are stored; never rename one.</summary>
public enum CaseNoteCategory
{
    General,
    Contact,
    CasePlanReview,
    Participation,
    PositiveBehaviour,
    NonCompliance,
    Disciplinary,
    Risk,
    Welfare,
}

/// <summary>
/// Who may read a note (CON-05, REC-02): a standard note goes with the person's record; a confidential one is read only
/// by its author and those who guard records (see <c>Roles.ConfidentialNoteReaders</c>).
/// </summary>
public enum CaseNoteSensitivity
{
    Standard,
    Confidential,
}

public static class CaseNoteCategories
{
    public static readonly IReadOnlyDictionary<CaseNoteCategory, string> Names = new Dictionary<CaseNoteCategory, string>
    {
        [CaseNoteCategory.General] = "General",
        [CaseNoteCategory.Contact] = "Contact",
        [CaseNoteCategory.CasePlanReview] = "Case Plan Review",
        [CaseNoteCategory.Participation] = "Participation",
        [CaseNoteCategory.PositiveBehaviour] = "Positive behaviour",
        [CaseNoteCategory.NonCompliance] = "Non-compliance",
        [CaseNoteCategory.Disciplinary] = "Disciplinary",
        [CaseNoteCategory.Risk] = "Risk",
        [CaseNoteCategory.Welfare] = "Welfare and wellbeing",
    };
}

public sealed class CaseNoteTextIsRequiredRule(string? text) : IBusinessRule
{
    public bool IsBroken() => string.IsNullOrWhiteSpace(text) || text.Trim().Length > CaseNote.MaxText;

    public string Message => string.IsNullOrWhiteSpace(text) ? "Enter the note" : $"The note must be {CaseNote.MaxText:N0} characters or fewer";

    public string? Field => "text";
}

public sealed class CaseNoteIsNotAboutTheFutureRule(DateOnly occurredOn, DateOnly today) : IBusinessRule
{
    public bool IsBroken() => occurredOn > today;

    public string Message => "The date the note is about must be today or in the past";

    public string? Field => "occurredOn";
}
