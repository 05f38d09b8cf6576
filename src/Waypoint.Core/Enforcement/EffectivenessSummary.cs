using Waypoint.Core.Common;

namespace Waypoint.Core.Enforcement;

/// <summary>
/// What the records say about an order's supervision (ENF-06, BYD-01): counted from what was recorded, never typed.
/// Attendance is kept contacts against kept and missed ones; work is the case's obligations due in the order's span.
/// </summary>
public sealed record EffectivenessFacts(
    DateOnly From, DateOnly To, string OrderOutcome,
    int ObligationsDue, int MetOnTime, int MetLate,
    int ContactsKept, int FailedToAttend, int AcceptableAbsences,
    int NonComplianceRecorded, int NonComplianceNotAcceptable, int Warnings, IReadOnlyList<string> BreachOutcomes,
    int Interventions, int InterventionsCompleted)
{
    /// <summary>Kept contacts as a whole percentage of those kept or missed; null with neither.</summary>
    public int? AttendanceRate => ContactsKept + FailedToAttend == 0 ? null : (int)Math.Round(100.0 * ContactsKept / (ContactsKept + FailedToAttend));

    /// <summary>Obligations met on time as a whole percentage of those due; null with none due.</summary>
    public int? OnTimeRate => ObligationsDue == 0 ? null : (int)Math.Round(100.0 * MetOnTime / ObligationsDue);
}

public enum EffectivenessSummaryStatus
{
    Draft,
    Completed,
}

/// <summary>
/// ENF-06 (EB1 P22): at the end of an order, the evidence of the sentence's effectiveness: the facts drafted from the
/// records, and the officer's account of progress against the plan and of outcomes. Completed once, then kept as written.
/// </summary>
public sealed class EffectivenessSummary
{
    public const int MaxText = 8_000;

    private EffectivenessSummary()
    {
    }

    public Guid Id { get; private set; }

    public Guid PersonId { get; private set; }

    public Guid OrderId { get; private set; }

    public EffectivenessFacts Facts { get; private set; } = null!;

    public string? ProgressAgainstPlan { get; private set; }

    public string? Outcomes { get; private set; }

    public EffectivenessSummaryStatus Status { get; private set; }

    public string AuthorUserId { get; private set; } = "";

    public string AuthorName { get; private set; } = "";

    public DateTimeOffset DraftedAt { get; private set; }

    public DateOnly? CompletedOn { get; private set; }

    public int Version { get; private set; }

    public static EffectivenessSummary Draft(Guid personId, Guid orderId, EffectivenessFacts facts, string authorUserId, string authorName, DateTimeOffset now) => new()
    {
        Id = Guid.NewGuid(), PersonId = personId, OrderId = orderId, Facts = facts, Status = EffectivenessSummaryStatus.Draft,
        AuthorUserId = authorUserId, AuthorName = authorName, DraftedAt = now, Version = 1,
    };

    public void Write(string? progressAgainstPlan, string? outcomes)
    {
        BusinessRuleViolation.ThrowIfBroken(new MustHoldRule(Status == EffectivenessSummaryStatus.Draft, "The summary is completed: it is kept as written"));
        BusinessRuleViolation.ThrowIfBroken(new MustHoldRule(
            (progressAgainstPlan?.Trim().Length ?? 0) <= MaxText && (outcomes?.Trim().Length ?? 0) <= MaxText, $"Each answer must be {MaxText:N0} characters or fewer", "outcomes"));
        (ProgressAgainstPlan, Outcomes) = (Text.Clean(progressAgainstPlan), Text.Clean(outcomes));
        Version++;
    }

    public void Complete(DateOnly today)
    {
        BusinessRuleViolation.ThrowIfBroken(new MustHoldRule(Status == EffectivenessSummaryStatus.Draft, "The summary is already completed"));
        BusinessRuleViolation.ThrowIfBroken(new MustHoldRule(ProgressAgainstPlan is not null, "Describe progress against the plan", "progressAgainstPlan"));
        BusinessRuleViolation.ThrowIfBroken(new MustHoldRule(Outcomes is not null, "Describe the outcomes", "outcomes"));
        Status = EffectivenessSummaryStatus.Completed;
        CompletedOn = today;
        Version++;
    }
}
