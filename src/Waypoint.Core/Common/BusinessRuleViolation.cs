namespace Waypoint.Core.Common;

/// <summary>Raised when a command would break a domain rule. The web layer turns it into problem details or a form error.</summary>
public sealed class BusinessRuleViolation(IBusinessRule rule) : Exception(rule.Message)
{
    public IBusinessRule Rule { get; } = rule;

    public static void ThrowIfBroken(IBusinessRule rule)
    {
        if (rule.IsBroken())
        {
            throw new BusinessRuleViolation(rule);
        }
    }
}

/// <summary>A rule that is simply a condition and the sentence to show when it does not hold, about a field where there is one.</summary>
public sealed class MustHoldRule(bool holds, string message, string? about = null) : IBusinessRule
{
    public bool IsBroken() => !holds;

    public string Message => message;

    public string? Field => about;
}
