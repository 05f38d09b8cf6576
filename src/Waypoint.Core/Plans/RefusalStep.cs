using Waypoint.Core.Common;

namespace Waypoint.Core.Plans;

/// <summary>What the officer did about a refusal to sign (C23.2 6.1). Codes are stored; never rename one.</summary>
public enum RefusalStepKind
{
    /// <summary>An attempt to negotiate or adjust the proposed objectives.</summary>
    Negotiation,

    /// <summary>An attempt to motivate the person to agree.</summary>
    Motivation,

    /// <summary>The person was told that court-ordered conditions are non-negotiable and that continued refusal leads to breach action.</summary>
    ConditionsExplained,
}

/// <summary>
/// ENF-05 (C23.2 6.1): one step of the refusal process after a person refuses to sign their Case Management Plan. Each
/// is case noted when recorded. Breach action on a continued refusal follows only once the person has been told that
/// court-ordered conditions are non-negotiable and what continued refusal leads to.
/// </summary>
public sealed class RefusalStep
{
    public const int MaxText = 4_000;

    private RefusalStep()
    {
    }

    public Guid Id { get; private set; }

    public Guid PersonId { get; private set; }

    public Guid PlanId { get; private set; }

    public RefusalStepKind Kind { get; private set; }

    public DateOnly On { get; private set; }

    /// <summary>What was tried or said, and how the person responded.</summary>
    public string What { get; private set; } = "";

    public Guid CaseNoteId { get; private set; }

    public string ByUserId { get; private set; } = "";

    public string ByName { get; private set; } = "";

    public DateTimeOffset RecordedAt { get; private set; }

    public static RefusalStep Record(CaseManagementPlan plan, RefusalStepKind kind, DateOnly on, string what, Guid caseNoteId, string byUserId, string byName, DateTimeOffset now)
    {
        BusinessRuleViolation.ThrowIfBroken(new MustHoldRule(plan.Status == PlanStatus.Refused, "The refusal process is for a plan the person refused to sign"));
        BusinessRuleViolation.ThrowIfBroken(new MustHoldRule(on <= DateOnly.FromDateTime(now.UtcDateTime) && on >= plan.RefusedOn, "The day must be between the refusal and today", "on"));
        BusinessRuleViolation.ThrowIfBroken(new MustHoldRule(!string.IsNullOrWhiteSpace(what), "Say what was tried or said, and how the person responded", "what"));
        BusinessRuleViolation.ThrowIfBroken(new MustHoldRule(what.Trim().Length <= MaxText, $"The answer must be {MaxText:N0} characters or fewer", "what"));
        return new RefusalStep
        {
            Id = Guid.NewGuid(), PersonId = plan.PersonId, PlanId = plan.Id, Kind = kind, On = on, What = what.Trim(), CaseNoteId = caseNoteId, ByUserId = byUserId, ByName = byName, RecordedAt = now,
        };
    }

    public static string Name(RefusalStepKind kind) => kind switch
    {
        RefusalStepKind.Negotiation => "Attempt to negotiate or adjust the objectives",
        RefusalStepKind.Motivation => "Attempt to motivate agreement",
        _ => "Told that court-ordered conditions are non-negotiable and continued refusal leads to breach action",
    };
}
