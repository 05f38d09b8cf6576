using Waypoint.Core.Common;

namespace Waypoint.Core.Assessments;

/// <summary>The instruments Waypoint scores (ASM-01..03) and the risk-of-harm judgement (ASM-07).</summary>
public enum AssessmentTool
{
    LsiR,
    LsiRSv,
    Static99R,
    RiskOfHarm,
}

/// <summary>ASM-04: a draft is being filled in; completed counts; superseded when the next of the same tool completes.</summary>
public enum AssessmentStatus
{
    Draft,
    Completed,
    Superseded,
}

/// <summary>ASM-04: an override of the computed level waits for a supervisor, who approves or declines it.</summary>
public enum OverrideStatus
{
    None,
    Pending,
    Approved,
    Declined,
}

/// <summary>
/// ASM-04, ASM-07: one assessment of a person with one tool. Its answers are kept as entered (item scores only, never
/// an instrument's wording); on completion the score, band and risk level are computed from the pack in force and kept,
/// so a later change of cut-offs does not rewrite history. Overriding the computed level needs a reason and a
/// supervisor's approval (EB1 K11), and the override and its approver are shown wherever the level is.
/// </summary>
public sealed class Assessment
{
    private Assessment()
    {
    }

    public Guid Id { get; private set; }

    public Guid PersonId { get; private set; }

    public AssessmentTool Tool { get; private set; }

    public AssessmentStatus Status { get; private set; }

    /// <summary>The answers as JSON: item scores by subscale, the screen's items, the Static-99R's answers.</summary>
    public string Answers { get; private set; } = "{}";

    /// <summary>The assessor's rationale (required for risk of harm, where the level is a judgement).</summary>
    public string? Rationale { get; private set; }

    public DateOnly AssessedOn { get; private set; }

    public string AssessorUserId { get; private set; } = "";

    public string AssessorName { get; private set; } = "";

    public DateTimeOffset? CompletedAt { get; private set; }

    public int? Score { get; private set; }

    public string? BandCode { get; private set; }

    public string? BandName { get; private set; }

    /// <summary>The pack risk level the score stands for (or, for risk of harm, the level judged).</summary>
    public string? ComputedLevel { get; private set; }

    /// <summary>The criminogenic needs an LSI-R found, as subscale codes separated by commas.</summary>
    public string? Needs { get; private set; }

    /// <summary>Whether an LSI-R: SV's score means a full LSI-R is now required (ASM-02).</summary>
    public bool FullAssessmentRequired { get; private set; }

    public string? PackVersion { get; private set; }

    public OverrideStatus Override { get; private set; }

    public string? OverrideLevel { get; private set; }

    public string? OverrideReason { get; private set; }

    public string? OverrideRequestedBy { get; private set; }

    public string? OverrideDecidedByUserId { get; private set; }

    public string? OverrideDecidedBy { get; private set; }

    public DateTimeOffset? OverrideDecidedAt { get; private set; }

    public string? OverrideDecisionNote { get; private set; }

    public int Version { get; private set; }

    /// <summary>The level that counts: an approved override, else the computed level.</summary>
    public string? Level => Override == OverrideStatus.Approved ? OverrideLevel : ComputedLevel;

    public IReadOnlyList<string> NeedCodes => string.IsNullOrEmpty(Needs) ? [] : Needs.Split(',');

    public static Assessment Start(Guid personId, AssessmentTool tool, DateOnly assessedOn, string answers, string? rationale, string assessorUserId, string assessorName, DateOnly today)
    {
        BusinessRuleViolation.ThrowIfBroken(new AssessmentIsNotInTheFutureRule(assessedOn, today));
        return new Assessment
        {
            Id = Guid.NewGuid(), PersonId = personId, Tool = tool, Status = AssessmentStatus.Draft, AssessedOn = assessedOn, Answers = answers,
            Rationale = rationale, AssessorUserId = assessorUserId, AssessorName = assessorName, Version = 1,
        };
    }

    /// <summary>Saves the answers so far (BYD-04: nothing typed is lost); only a draft changes.</summary>
    public void SaveDraft(DateOnly assessedOn, string answers, string? rationale, DateOnly today)
    {
        BusinessRuleViolation.ThrowIfBroken(new OnlyADraftChangesRule(Status));
        BusinessRuleViolation.ThrowIfBroken(new AssessmentIsNotInTheFutureRule(assessedOn, today));
        (AssessedOn, Answers, Rationale) = (assessedOn, answers, rationale);
        Version++;
    }

    /// <summary>Completes the draft with what the scoring computed from the pack in force.</summary>
    public void Complete(AssessmentOutcome outcome, string packVersion, DateTimeOffset now)
    {
        BusinessRuleViolation.ThrowIfBroken(new OnlyADraftChangesRule(Status));
        Status = AssessmentStatus.Completed;
        (Score, BandCode, BandName, ComputedLevel, Needs, FullAssessmentRequired) =
            (outcome.Score, outcome.BandCode, outcome.BandName, outcome.Level, outcome.Needs.Count == 0 ? null : string.Join(',', outcome.Needs), outcome.FullAssessmentRequired);
        PackVersion = packVersion;
        CompletedAt = now;
        Version++;
    }

    public void Supersede()
    {
        Status = AssessmentStatus.Superseded;
        Version++;
    }

    public void RequestOverride(string level, string reason, string requestedBy)
    {
        BusinessRuleViolation.ThrowIfBroken(new OnlyACompletedAssessmentIsOverriddenRule(Status));
        BusinessRuleViolation.ThrowIfBroken(new OverrideDiffersFromTheComputedLevelRule(level, ComputedLevel));
        (Override, OverrideLevel, OverrideReason, OverrideRequestedBy) = (OverrideStatus.Pending, level, reason.Trim(), requestedBy);
        (OverrideDecidedByUserId, OverrideDecidedBy, OverrideDecidedAt, OverrideDecisionNote) = (null, null, null, null);
        Version++;
    }

    /// <summary>A supervisor approves or declines a pending override; nobody decides on an assessment they made.</summary>
    public void DecideOverride(bool approve, string? note, string deciderUserId, string deciderName, DateTimeOffset now)
    {
        BusinessRuleViolation.ThrowIfBroken(new OverrideIsPendingRule(Override));
        BusinessRuleViolation.ThrowIfBroken(new NobodyApprovesTheirOwnOverrideRule(AssessorUserId, deciderUserId));
        Override = approve ? OverrideStatus.Approved : OverrideStatus.Declined;
        (OverrideDecidedByUserId, OverrideDecidedBy, OverrideDecidedAt, OverrideDecisionNote) = (deciderUserId, deciderName, now, note?.Trim());
        Version++;
    }
}

/// <summary>What scoring an assessment produced.</summary>
public sealed record AssessmentOutcome(int? Score, string? BandCode, string? BandName, string Level, IReadOnlyList<string> Needs, bool FullAssessmentRequired = false);

public sealed class AssessmentIsNotInTheFutureRule(DateOnly assessedOn, DateOnly today) : IBusinessRule
{
    public bool IsBroken() => assessedOn > today;

    public string Message => "The date of the assessment must be today or in the past";

    public string? Field => "assessedOn";
}

public sealed class OnlyADraftChangesRule(AssessmentStatus status) : IBusinessRule
{
    public bool IsBroken() => status != AssessmentStatus.Draft;

    public string Message => "This assessment is completed and cannot be changed; start a new one to reassess";
}

public sealed class OnlyACompletedAssessmentIsOverriddenRule(AssessmentStatus status) : IBusinessRule
{
    public bool IsBroken() => status != AssessmentStatus.Completed;

    public string Message => status == AssessmentStatus.Draft ? "Complete the assessment before overriding its level" : "Only the current assessment's level can be overridden";
}

public sealed class OverrideDiffersFromTheComputedLevelRule(string level, string? computed) : IBusinessRule
{
    public bool IsBroken() => level == computed;

    public string Message => "The override must differ from the computed level";

    public string? Field => "level";
}

public sealed class OverrideIsPendingRule(OverrideStatus status) : IBusinessRule
{
    public bool IsBroken() => status != OverrideStatus.Pending;

    public string Message => "There is no override waiting for a decision";
}

public sealed class NobodyApprovesTheirOwnOverrideRule(string assessorUserId, string deciderUserId) : IBusinessRule
{
    public bool IsBroken() => assessorUserId == deciderUserId;

    public string Message => "You made this assessment: another supervisor must decide on its override";
}
