using Waypoint.Core.People;

namespace Waypoint.Web.Features.People;

/// <summary>A person as the API returns them (PPL-01..03). Codes are the same strings the API accepts.</summary>
public sealed record PersonResponse(
    Guid Id,
    string OffenderNumber,
    string FamilyName,
    string GivenNames,
    DateOnly DateOfBirth,
    string Gender,
    string IndigenousStatus,
    string? PreferredLanguage,
    bool InterpreterRequired,
    string? Phone,
    string? Email,
    string? Address,
    string Status,
    string? ProtectiveFactorsAndStrengths,
    string? NeedsPreferencesAndInterests,
    int Version,
    IReadOnlyList<AliasResponse> Aliases,
    IReadOnlyList<IdentifierResponse> Identifiers,
    IReadOnlyList<AlertResponse> Alerts,
    IReadOnlyList<ResponsivityFactorResponse> ResponsivityFactors,
    IReadOnlyList<SignificantOtherResponse> SignificantOthers,
    IReadOnlyList<CircumstanceChangeResponse> CircumstanceChanges)
{
    public static PersonResponse From(Person p, DateOnly today) => new(
        p.Id, p.OffenderNumber, p.FamilyName, p.GivenNames, p.DateOfBirth, p.Gender.ToString(), p.IndigenousStatus.ToString(),
        p.PreferredLanguage, p.InterpreterRequired, p.Phone, p.Email, p.Address, p.Status.ToString(),
        p.ProtectiveFactorsAndStrengths, p.NeedsPreferencesAndInterests, p.Version,
        p.Aliases.Select(AliasResponse.From).ToList(),
        p.Identifiers.Select(IdentifierResponse.From).ToList(),
        p.Alerts.OrderByDescending(a => a.StartDate).Select(a => AlertResponse.From(a, today)).ToList(),
        p.ResponsivityFactors.Select(ResponsivityFactorResponse.From).ToList(),
        p.SignificantOthers.Select(SignificantOtherResponse.From).ToList(),
        p.CircumstanceChanges.OrderByDescending(c => c.OccurredOn).Select(CircumstanceChangeResponse.Of).ToList());
}

public sealed record AliasResponse(Guid Id, string FamilyName, string GivenNames)
{
    public static AliasResponse From(Alias a) => new(a.Id, a.FamilyName, a.GivenNames);
}

public sealed record IdentifierResponse(Guid Id, string Type, string Value)
{
    public static IdentifierResponse From(ExternalIdentifier i) => new(i.Id, i.Type, i.Value);
}

public sealed record AlertResponse(Guid Id, string Type, string Details, DateOnly StartDate, DateOnly? EndDate, string RaisedBy, bool Active)
{
    public static AlertResponse From(Alert a, DateOnly today) => new(a.Id, a.Type.ToString(), a.Details, a.StartDate, a.EndDate, a.RaisedBy, a.IsActiveOn(today));
}

public sealed record ResponsivityFactorResponse(Guid Id, string Type, string Details)
{
    public static ResponsivityFactorResponse From(ResponsivityFactor r) => new(r.Id, r.Type.ToString(), r.Details);
}

public sealed record SignificantOtherResponse(Guid Id, string Name, string Kind, string Relationship, string? Phone)
{
    public static SignificantOtherResponse From(SignificantOther s) => new(s.Id, s.Name, s.Kind.ToString(), s.Relationship, s.Phone);
}

public sealed record PersonSummary(Guid Id, string OffenderNumber, string FamilyName, string GivenNames, DateOnly DateOfBirth, string Status, string? MatchedAlias);

public sealed record CircumstanceChangeResponse(Guid Id, string Kind, string Details, DateOnly OccurredOn, string ReportedBy, string RecordedBy)
{
    public static CircumstanceChangeResponse Of(CircumstanceChange c) => new(c.Id, c.Kind.ToString(), c.Details, c.OccurredOn, c.ReportedBy.ToString(), c.RecordedBy);
}
