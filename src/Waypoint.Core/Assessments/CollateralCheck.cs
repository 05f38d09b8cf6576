using Waypoint.Core.Common;

namespace Waypoint.Core.Assessments;

/// <summary>
/// ASM-06: a check made with someone outside the case (police, a previous service, family, an employer): its type, the
/// source asked, the consent relied on to ask, when it was requested and completed, and what it found. The result is
/// recorded once; a later finding is a new check.
/// </summary>
public sealed class CollateralCheck
{
    private CollateralCheck()
    {
    }

    public Guid Id { get; private set; }

    public Guid PersonId { get; private set; }

    public string Type { get; private set; } = "";

    public string Source { get; private set; } = "";

    public string ConsentReliedOn { get; private set; } = "";

    public DateOnly RequestedOn { get; private set; }

    public DateOnly? CompletedOn { get; private set; }

    public string? Result { get; private set; }

    public string RecordedBy { get; private set; } = "";

    public bool IsComplete => CompletedOn is not null;

    public static CollateralCheck Request(Guid personId, string type, string source, string consentReliedOn, DateOnly requestedOn, string recordedBy, DateOnly today)
    {
        BusinessRuleViolation.ThrowIfBroken(new CheckDateIsNotInTheFutureRule(requestedOn, today, "requestedOn"));
        return new CollateralCheck
        {
            Id = Guid.NewGuid(), PersonId = personId, Type = type, Source = source.Trim(), ConsentReliedOn = consentReliedOn.Trim(), RequestedOn = requestedOn,
            RecordedBy = recordedBy,
        };
    }

    public void RecordResult(DateOnly completedOn, string result, DateOnly today)
    {
        BusinessRuleViolation.ThrowIfBroken(new CheckResultIsRecordedOnceRule(IsComplete));
        BusinessRuleViolation.ThrowIfBroken(new CheckDateIsNotInTheFutureRule(completedOn, today, "completedOn"));
        BusinessRuleViolation.ThrowIfBroken(new CheckCompletesAfterItIsRequestedRule(RequestedOn, completedOn));
        (CompletedOn, Result) = (completedOn, result.Trim());
    }
}

public sealed class CheckDateIsNotInTheFutureRule(DateOnly date, DateOnly today, string dateField) : IBusinessRule
{
    public bool IsBroken() => date > today;

    public string Message => "The date must be today or in the past";

    public string? Field => dateField;
}

public sealed class CheckResultIsRecordedOnceRule(bool complete) : IBusinessRule
{
    public bool IsBroken() => complete;

    public string Message => "This check's result is already recorded; record a new check for a later finding";
}

public sealed class CheckCompletesAfterItIsRequestedRule(DateOnly requested, DateOnly completed) : IBusinessRule
{
    public bool IsBroken() => completed < requested;

    public string Message => "A check cannot be completed before it was requested";

    public string? Field => "completedOn";
}
