using Waypoint.Core.Common;

namespace Waypoint.Core.People;

/// <summary>PPL-01: a date of birth is in the past and within a human lifetime.</summary>
public sealed class DateOfBirthMustBePlausibleRule(DateOnly dateOfBirth, DateOnly today) : IBusinessRule
{
    public const int OldestAgeYears = 120;

    public bool IsBroken() => dateOfBirth > today || dateOfBirth < today.AddYears(-OldestAgeYears);

    public string Message => dateOfBirth > today
        ? "Date of birth must be in the past"
        : $"Date of birth must be within the last {OldestAgeYears} years";

    public string? Field => "DateOfBirth";
}

/// <summary>PPL-03: an alert cannot end before it starts.</summary>
public sealed class AlertMustNotEndBeforeItStartsRule(DateOnly start, DateOnly? end) : IBusinessRule
{
    public bool IsBroken() => end is { } e && e < start;

    public string Message => "Alert end date must be the same as or after the start date";

    public string? Field => "EndDate";
}

/// <summary>PPL-03: an alert that has already ended cannot be ended again.</summary>
public sealed class AlertMustBeOpenToEndRule(Alert? alert, DateOnly today) : IBusinessRule
{
    public bool IsBroken() => alert is null || (alert.EndDate is { } e && e < today);

    public string Message => alert is null ? "That alert is not on this person's record" : "That alert has already ended";
}

/// <summary>PPL-01: a person holds one value per identifier type.</summary>
public sealed class IdentifierTypeMustBeUniqueOnPersonRule(IEnumerable<ExternalIdentifier> existing, string type) : IBusinessRule
{
    public bool IsBroken() => existing.Any(i => string.Equals(i.Type, type, StringComparison.OrdinalIgnoreCase));

    public string Message => $"This person already has a {type} identifier";

    public string? Field => "Type";
}

/// <summary>PPL-09: a change of circumstances is recorded once it has happened.</summary>
public sealed class CircumstanceChangeMustHaveHappenedRule(DateOnly occurredOn, DateOnly today) : IBusinessRule
{
    public bool IsBroken() => occurredOn > today || occurredOn < today.AddYears(-100);

    public string Message => occurredOn > today ? "The change cannot be in the future: record it when it happens" : "The date is too far in the past";

    public string? Field => "OccurredOn";
}
