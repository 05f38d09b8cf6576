using Waypoint.Core.Common;

namespace Waypoint.Core.Contacts;

/// <summary>The two COPP 10.3 case officer reports. Codes are stored; never rename one.</summary>
public enum ContactReportKind
{
    /// <summary>CON-03: the Primary (Initial) Contact Report after allocation, and after a permanent transfer.</summary>
    Primary,

    /// <summary>CON-04: the Regular Contact Report between IMP reviews, or an extra one at any time.</summary>
    Regular,
}

public enum ContactReportStatus
{
    Draft,
    Completed,
}

/// <summary>The five things a Primary Contact Report establishes (COPP 10.3). Codes are stored; never rename one.</summary>
public enum PrimaryReportItem
{
    CareAndWellbeing,
    KnowsRoutine,
    FamilyContact,
    WorkOrEducation,
    OffendingBehaviour,
}

/// <summary>How far an item is true for the prisoner.</summary>
public enum ItemAnswer
{
    Yes,
    Partly,
    No,
}

/// <summary>The release and reintegration activities COPP 10.3 names (Regular contact reports, c). Codes are stored.</summary>
public enum ReintegrationActivity
{
    HomeLeave,
    EmploymentProgram,
    Parole,
    ReEntryRelease,
}

/// <summary>Where the prisoner stands with an activity.</summary>
public enum ApplicationStage
{
    NotYetEligible,
    Informed,
    Applying,
    Applied,
    Approved,
    Refused,
}

public sealed record PrimaryItemAnswer(PrimaryReportItem Item, ItemAnswer? Answer, string? Comments);

public sealed record ReintegrationApplication(ReintegrationActivity Activity, ApplicationStage Stage, string? Notes);

/// <summary>
/// What a report says. A Primary report answers the five items with comments; a Regular report covers progress against
/// the IMP and issues affecting it, adherence to work and unit standards, and release and reintegration activities and
/// applications (COPP 10.3).
/// </summary>
public sealed record ContactReportContent(
    IReadOnlyList<PrimaryItemAnswer> Items, string? ImpProgress, string? IssuesAffectingImp, string? Standards, string? Reintegration,
    IReadOnlyList<ReintegrationApplication> Applications, bool BriefedOnRelease)
{
    public static readonly ContactReportContent Empty = new([], null, null, null, null, [], false);
}

/// <summary>
/// CON-03, CON-04: a case officer's Primary or Regular Contact Report. Written as a draft (kept on the server as it is
/// typed, BYD-04), then completed, after which it is a record and is not changed. An extra Regular report says so:
/// it does not take the place of the next scheduled one unless the pack counts extra reports.
/// </summary>
public sealed class ContactReport
{
    public const int MaxText = 4_000;

    private ContactReport()
    {
    }

    public Guid Id { get; private set; }

    public Guid PersonId { get; private set; }

    public ContactReportKind Kind { get; private set; }

    /// <summary>A Regular report written outside the schedule (CON-04).</summary>
    public bool Extra { get; private set; }

    public ContactReportStatus Status { get; private set; }

    public ContactReportContent Content { get; private set; } = ContactReportContent.Empty;

    public string AuthorUserId { get; private set; } = "";

    public string AuthorName { get; private set; } = "";

    public DateTimeOffset StartedAt { get; private set; }

    public DateOnly? CompletedOn { get; private set; }

    public int Version { get; private set; }

    public static ContactReport Start(Guid personId, ContactReportKind kind, bool extra, string authorUserId, string authorName, DateTimeOffset now) => new()
    {
        Id = Guid.NewGuid(), PersonId = personId, Kind = kind, Extra = kind == ContactReportKind.Regular && extra, Status = ContactReportStatus.Draft,
        AuthorUserId = authorUserId, AuthorName = authorName, StartedAt = now, Version = 1,
        Content = ContactReportContent.Empty with { Items = kind == ContactReportKind.Primary ? [.. Enum.GetValues<PrimaryReportItem>().Select(i => new PrimaryItemAnswer(i, null, null))] : [] },
    };

    public void Write(ContactReportContent content)
    {
        BusinessRuleViolation.ThrowIfBroken(new MustHoldRule(Status == ContactReportStatus.Draft, "The report is completed: it is a record now and is not changed"));
        Content = content;
        Version++;
    }

    /// <summary>What stops the report being completed, field by field; none when it can be.</summary>
    public IReadOnlyList<(string Field, string Message)> Problems()
    {
        var problems = new List<(string, string)>();
        if (Kind == ContactReportKind.Primary)
        {
            foreach (var item in Enum.GetValues<PrimaryReportItem>())
            {
                var answer = Content.Items.FirstOrDefault(i => i.Item == item);
                if (answer?.Answer is null)
                {
                    problems.Add(($"items.{item}.answer", $"Answer: {ContactReportNames.Items[item]}"));
                }
                if (string.IsNullOrWhiteSpace(answer?.Comments))
                {
                    problems.Add(($"items.{item}.comments", $"Comment on: {ContactReportNames.Items[item]}"));
                }
            }
        }
        else
        {
            if (string.IsNullOrWhiteSpace(Content.ImpProgress))
            {
                problems.Add(("impProgress", "Describe progress against the IMP"));
            }
            if (string.IsNullOrWhiteSpace(Content.Standards))
            {
                problems.Add(("standards", "Describe adherence to work and unit standards"));
            }
            if (string.IsNullOrWhiteSpace(Content.Reintegration))
            {
                problems.Add(("reintegration", "Describe the release and reintegration activities discussed"));
            }
        }
        return problems;
    }

    public void Complete(DateOnly on, DateOnly today)
    {
        BusinessRuleViolation.ThrowIfBroken(new MustHoldRule(Status == ContactReportStatus.Draft, "The report is already completed"));
        BusinessRuleViolation.ThrowIfBroken(new MustHoldRule(on <= today && on >= DateOnly.FromDateTime(StartedAt.UtcDateTime), "The day it was completed must be between the day it was started and today", "completedOn"));
        if (Problems() is { Count: > 0 } problems)
        {
            throw new BusinessRuleViolation(new MustHoldRule(false, problems[0].Message, problems[0].Field));
        }
        Status = ContactReportStatus.Completed;
        CompletedOn = on;
        Version++;
    }
}

public static class ContactReportNames
{
    public static string Of(ContactReportKind kind, bool extra = false) =>
        kind == ContactReportKind.Primary ? "Primary Contact Report" : extra ? "Regular Contact Report (extra)" : "Regular Contact Report";

    public static readonly IReadOnlyDictionary<PrimaryReportItem, string> Items = new Dictionary<PrimaryReportItem, string>
    {
        [PrimaryReportItem.CareAndWellbeing] = "Care and wellbeing issues have been identified and managed",
        [PrimaryReportItem.KnowsRoutine] = "The prisoner knows the prison or unit routine",
        [PrimaryReportItem.FamilyContact] = "The prisoner can keep contact with family and friends",
        [PrimaryReportItem.WorkOrEducation] = "The prisoner is engaged in work or education",
        [PrimaryReportItem.OffendingBehaviour] = "The prisoner understands, and is encouraged to address, their offending behaviour through programs",
    };

    public static readonly IReadOnlyDictionary<ReintegrationActivity, string> Activities = new Dictionary<ReintegrationActivity, string>
    {
        [ReintegrationActivity.HomeLeave] = "Home leave",
        [ReintegrationActivity.EmploymentProgram] = "Prisoner Employment Program",
        [ReintegrationActivity.Parole] = "Parole",
        [ReintegrationActivity.ReEntryRelease] = "Re-entry release",
    };

    public static readonly IReadOnlyDictionary<ApplicationStage, string> Stages = new Dictionary<ApplicationStage, string>
    {
        [ApplicationStage.NotYetEligible] = "Not yet eligible",
        [ApplicationStage.Informed] = "Informed of requirements",
        [ApplicationStage.Applying] = "Preparing an application",
        [ApplicationStage.Applied] = "Applied",
        [ApplicationStage.Approved] = "Approved",
        [ApplicationStage.Refused] = "Refused",
    };
}
