namespace Waypoint.Core.People;

/// <summary>The editable core of a person record (PPL-01, PPL-02).</summary>
public sealed record PersonDetails(
    string FamilyName,
    string GivenNames,
    DateOnly DateOfBirth,
    Gender Gender,
    IndigenousStatus IndigenousStatus,
    string? PreferredLanguage,
    bool InterpreterRequired,
    string? Phone,
    string? Email,
    string? Address,
    PersonStatus Status,
    string? ProtectiveFactorsAndStrengths,
    string? NeedsPreferencesAndInterests);
