using Waypoint.Core.Common;

namespace Waypoint.Core.Enforcement;

/// <summary>Who reported an apparent non-compliance (ENF-01, EB1 P14). Codes are stored; never rename one.</summary>
public enum NonComplianceSource
{
    Officer,
    Provider,
    CommunityWorkSupervisor,
    Police,
    Other,
}

/// <summary>Where an apparent non-compliance stands (ENF-02). Codes are stored; never rename one.</summary>
public enum NonComplianceStatus
{
    AwaitingVerification,

    /// <summary>The person has given a reason and is to bring evidence by the pack's deadline (BYD-02).</summary>
    AwaitingEvidence,

    /// <summary>Verified, and the reason accepted: nothing more to do.</summary>
    Acceptable,

    /// <summary>Verified, the reason not accepted: it is addressed by other means, a warning or breach action.</summary>
    NotAcceptable,
}

/// <summary>
/// ENF-01, ENF-02 (EB1 P14-P17): an apparent failure to comply with an order condition or the plan, recorded with its
/// source, then verified with the relevant people and the person. The officer records the reason, decides whether it
/// was acceptable and whether it can be addressed by reasonable means other than enforcement, recording what was agreed.
/// A failed attendance records one itself (CON-02).
/// </summary>
public sealed class NonCompliance
{
    public const int MaxText = 2_000;

    private NonCompliance()
    {
    }

    public Guid Id { get; private set; }

    public Guid PersonId { get; private set; }

    /// <summary>The order whose condition or plan was not complied with; warnings count per order (ENF-03).</summary>
    public Guid? OrderId { get; private set; }

    public NonComplianceSource Source { get; private set; }

    /// <summary>Who reported it (the provider's or supervisor's name), where it was not the officer.</summary>
    public string? ReportedBy { get; private set; }

    public DateOnly OccurredOn { get; private set; }

    /// <summary>What was not complied with: the order condition or plan obligation, and what happened.</summary>
    public string Concerning { get; private set; } = "";

    public Guid? ConditionId { get; private set; }

    /// <summary>The appointment missed, when the record came from a failed attendance.</summary>
    public Guid? ContactId { get; private set; }

    public NonComplianceStatus Status { get; private set; }

    public string RecordedByUserId { get; private set; } = "";

    public string RecordedByName { get; private set; } = "";

    public DateTimeOffset RecordedAt { get; private set; }

    /// <summary>The day the person was asked to bring evidence; the pack's period from it is the deadline (BYD-02).</summary>
    public DateOnly? EvidenceRequestedOn { get; private set; }

    public string? EvidenceRequested { get; private set; }

    /// <summary>Whom the circumstances were checked with (EB1 P15).</summary>
    public string? CheckedWith { get; private set; }

    /// <summary>The person's own account.</summary>
    public string? PersonAccount { get; private set; }

    public string? Reason { get; private set; }

    /// <summary>EB1 P17: whether it can be addressed by reasonable means other than enforcement, and what was agreed.</summary>
    public bool? AddressedOtherwise { get; private set; }

    public string? Agreed { get; private set; }

    public DateOnly? DecidedOn { get; private set; }

    public string? DecidedByName { get; private set; }

    public int Version { get; private set; }

    public bool IsOpen => Status is NonComplianceStatus.AwaitingVerification or NonComplianceStatus.AwaitingEvidence;

    public static NonCompliance Record(
        Guid personId, Guid? orderId, NonComplianceSource source, string? reportedBy, DateOnly occurredOn, string concerning, Guid? conditionId, Guid? contactId,
        string byUserId, string byName, DateTimeOffset now, DateOnly today)
    {
        BusinessRuleViolation.ThrowIfBroken(new MustHoldRule(occurredOn <= today, "The date it happened must be today or in the past", "occurredOn"));
        BusinessRuleViolation.ThrowIfBroken(new MustHoldRule(!string.IsNullOrWhiteSpace(concerning), "Say what was not complied with", "concerning"));
        BusinessRuleViolation.ThrowIfBroken(new MustHoldRule(
            source == NonComplianceSource.Officer || !string.IsNullOrWhiteSpace(reportedBy), "Say who reported it", "reportedBy"));
        CheckLength(concerning, "concerning");
        CheckLength(reportedBy, "reportedBy");
        return new NonCompliance
        {
            Id = Guid.NewGuid(), PersonId = personId, OrderId = orderId, Source = source, ReportedBy = Text.Clean(reportedBy), OccurredOn = occurredOn,
            Concerning = concerning.Trim(), ConditionId = conditionId, ContactId = contactId, Status = NonComplianceStatus.AwaitingVerification,
            RecordedByUserId = byUserId, RecordedByName = byName, RecordedAt = now, Version = 1,
        };
    }

    /// <summary>The person gave a reason that needs evidence: the record waits for it, to the pack's deadline (BYD-02).</summary>
    public void AwaitEvidence(string evidence, string? personAccount, DateOnly on, DateOnly today)
    {
        BusinessRuleViolation.ThrowIfBroken(new MustHoldRule(Status == NonComplianceStatus.AwaitingVerification, Settled()));
        BusinessRuleViolation.ThrowIfBroken(new MustHoldRule(!string.IsNullOrWhiteSpace(evidence), "Say what evidence the person is to bring", "evidenceRequested"));
        BusinessRuleViolation.ThrowIfBroken(new MustHoldRule(on <= today && on >= OccurredOn, "The day evidence was asked for must be between the day it happened and today", "evidenceRequestedOn"));
        CheckLength(evidence, "evidenceRequested");
        CheckLength(personAccount, "personAccount");
        EvidenceRequested = evidence.Trim();
        EvidenceRequestedOn = on;
        PersonAccount = Text.Clean(personAccount) ?? PersonAccount;
        Status = NonComplianceStatus.AwaitingEvidence;
        Version++;
    }

    /// <summary>
    /// ENF-02: the verified decision. Acceptable closes it; not acceptable either records what was agreed instead of
    /// enforcement (EB1 P17) or leaves a warning or breach action to follow.
    /// </summary>
    public void Decide(Verification verification, string byName, DateOnly today)
    {
        BusinessRuleViolation.ThrowIfBroken(new MustHoldRule(IsOpen, Settled()));
        BusinessRuleViolation.ThrowIfBroken(new MustHoldRule(!string.IsNullOrWhiteSpace(verification.CheckedWith), "Say whom the circumstances were checked with", "checkedWith"));
        BusinessRuleViolation.ThrowIfBroken(new MustHoldRule(!string.IsNullOrWhiteSpace(verification.Reason), "Record the reason for the non-compliance", "reason"));
        BusinessRuleViolation.ThrowIfBroken(new MustHoldRule(
            verification.Acceptable || !verification.AddressedOtherwise || !string.IsNullOrWhiteSpace(verification.Agreed), "Record what was agreed with the person", "agreed"));
        BusinessRuleViolation.ThrowIfBroken(new MustHoldRule(verification.On <= today && verification.On >= OccurredOn, "The day of the decision must be between the day it happened and today", "decidedOn"));
        foreach (var (text, field) in new[] { (verification.CheckedWith, "checkedWith"), (verification.PersonAccount, "personAccount"), (verification.Reason, "reason"), (verification.Agreed, "agreed") })
        {
            CheckLength(text, field);
        }
        CheckedWith = verification.CheckedWith!.Trim();
        PersonAccount = Text.Clean(verification.PersonAccount) ?? PersonAccount;
        Reason = verification.Reason!.Trim();
        AddressedOtherwise = verification.Acceptable ? null : verification.AddressedOtherwise;
        Agreed = verification.Acceptable || !verification.AddressedOtherwise ? null : Text.Clean(verification.Agreed);
        Status = verification.Acceptable ? NonComplianceStatus.Acceptable : NonComplianceStatus.NotAcceptable;
        DecidedOn = verification.On;
        DecidedByName = byName;
        Version++;
    }

    private string Settled() => $"This non-compliance is already decided: {NonComplianceNames.Statuses[Status].ToLowerInvariant()}";

    private static void CheckLength(string? text, string field) =>
        BusinessRuleViolation.ThrowIfBroken(new MustHoldRule((text?.Trim().Length ?? 0) <= MaxText, $"Each answer must be {MaxText:N0} characters or fewer", field));
}

/// <summary>What the officer found: whom they checked with, the person's account, the reason, and their decision.</summary>
public sealed record Verification(
    string? CheckedWith, string? PersonAccount, string? Reason, bool Acceptable, bool AddressedOtherwise, string? Agreed, DateOnly On);

public static class NonComplianceNames
{
    public static readonly IReadOnlyDictionary<NonComplianceSource, string> Sources = new Dictionary<NonComplianceSource, string>
    {
        [NonComplianceSource.Officer] = "The supervising officer",
        [NonComplianceSource.Provider] = "A program or service provider",
        [NonComplianceSource.CommunityWorkSupervisor] = "A community work supervisor",
        [NonComplianceSource.Police] = "Police",
        [NonComplianceSource.Other] = "Someone else",
    };

    public static readonly IReadOnlyDictionary<NonComplianceStatus, string> Statuses = new Dictionary<NonComplianceStatus, string>
    {
        [NonComplianceStatus.AwaitingVerification] = "Awaiting verification",
        [NonComplianceStatus.AwaitingEvidence] = "Awaiting evidence",
        [NonComplianceStatus.Acceptable] = "Acceptable",
        [NonComplianceStatus.NotAcceptable] = "Not acceptable",
    };
}
