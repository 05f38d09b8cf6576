using Waypoint.Core.Common;

namespace Waypoint.Core.People;

/// <summary>A person the service manages: identity, responsivity, strengths and alerts (PPL-01, PPL-02, PPL-03).</summary>
public sealed class Person
{
    private readonly List<Alias> aliases = [];
    private readonly List<ExternalIdentifier> identifiers = [];
    private readonly List<Alert> alerts = [];
    private readonly List<ResponsivityFactor> responsivityFactors = [];
    private readonly List<SignificantOther> significantOthers = [];
    private readonly List<CircumstanceChange> circumstanceChanges = [];

    private Person()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>System-generated, never typed by a user (PPL-01).</summary>
    public string OffenderNumber { get; private set; } = "";

    public string FamilyName { get; private set; } = "";

    public string GivenNames { get; private set; } = "";

    public DateOnly DateOfBirth { get; private set; }

    public Gender Gender { get; private set; }

    public IndigenousStatus IndigenousStatus { get; private set; }

    public string? PreferredLanguage { get; private set; }

    public bool InterpreterRequired { get; private set; }

    public string? Phone { get; private set; }

    public string? Email { get; private set; }

    public string? Address { get; private set; }

    public PersonStatus Status { get; private set; }

    /// <summary>ED1 13: what the plan can build on.</summary>
    public string? ProtectiveFactorsAndStrengths { get; private set; }

    /// <summary>ED1 6: the person's own needs, preferences, beliefs, opinions and interests.</summary>
    public string? NeedsPreferencesAndInterests { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Concurrency token: every change to the person or anything they own moves it on, so stale writes are refused.</summary>
    public int Version { get; private set; }

    public IReadOnlyList<Alias> Aliases => aliases;

    public IReadOnlyList<ExternalIdentifier> Identifiers => identifiers;

    public IReadOnlyList<Alert> Alerts => alerts;

    public IReadOnlyList<ResponsivityFactor> ResponsivityFactors => responsivityFactors;

    public IReadOnlyList<SignificantOther> SignificantOthers => significantOthers;

    public IReadOnlyList<CircumstanceChange> CircumstanceChanges => circumstanceChanges;

    public string FullName => $"{GivenNames} {FamilyName}".Trim();

    public static Person Register(string offenderNumber, PersonDetails details, DateOnly today, DateTimeOffset now)
    {
        BusinessRuleViolation.ThrowIfBroken(new DateOfBirthMustBePlausibleRule(details.DateOfBirth, today));
        var person = new Person
        {
            Id = Guid.NewGuid(),
            OffenderNumber = offenderNumber,
            CreatedAt = now,
            Version = 1,
        };
        person.Apply(details);
        return person;
    }

    public IEnumerable<Alert> ActiveAlerts(DateOnly today) => alerts.Where(a => a.IsActiveOn(today)).OrderBy(a => a.Type);

    /// <summary>Changes the editable details and returns what changed, for the audit trail.</summary>
    public IReadOnlyList<FieldChange> UpdateDetails(PersonDetails details, DateOnly today)
    {
        BusinessRuleViolation.ThrowIfBroken(new DateOfBirthMustBePlausibleRule(details.DateOfBirth, today));
        var changes = new List<FieldChange>();
        FieldChange.Track(changes, nameof(FamilyName), FamilyName, details.FamilyName);
        FieldChange.Track(changes, nameof(GivenNames), GivenNames, details.GivenNames);
        FieldChange.Track(changes, nameof(DateOfBirth), DateOfBirth, details.DateOfBirth);
        FieldChange.Track(changes, nameof(Gender), Gender, details.Gender);
        FieldChange.Track(changes, nameof(IndigenousStatus), IndigenousStatus, details.IndigenousStatus);
        FieldChange.Track(changes, nameof(PreferredLanguage), PreferredLanguage, details.PreferredLanguage);
        FieldChange.Track(changes, nameof(InterpreterRequired), InterpreterRequired, details.InterpreterRequired);
        FieldChange.Track(changes, nameof(Phone), Phone, details.Phone, sensitive: true);
        FieldChange.Track(changes, nameof(Email), Email, details.Email, sensitive: true);
        FieldChange.Track(changes, nameof(Address), Address, details.Address, sensitive: true);
        FieldChange.Track(changes, nameof(Status), Status, details.Status);
        FieldChange.Track(changes, nameof(ProtectiveFactorsAndStrengths), ProtectiveFactorsAndStrengths, details.ProtectiveFactorsAndStrengths, sensitive: true);
        FieldChange.Track(changes, nameof(NeedsPreferencesAndInterests), NeedsPreferencesAndInterests, details.NeedsPreferencesAndInterests, sensitive: true);
        if (changes.Count > 0)
        {
            Apply(details);
            Version++;
        }
        return changes;
    }

    public Alias AddAlias(string familyName, string givenNames)
    {
        var alias = new Alias(familyName, givenNames);
        aliases.Add(alias);
        Version++;
        return alias;
    }

    public ExternalIdentifier AddIdentifier(string type, string value)
    {
        BusinessRuleViolation.ThrowIfBroken(new IdentifierTypeMustBeUniqueOnPersonRule(identifiers, type));
        var identifier = new ExternalIdentifier(type, value);
        identifiers.Add(identifier);
        Version++;
        return identifier;
    }

    public Alert RaiseAlert(AlertType type, string details, DateOnly startDate, DateOnly? endDate, string raisedBy, DateTimeOffset now)
    {
        BusinessRuleViolation.ThrowIfBroken(new AlertMustNotEndBeforeItStartsRule(startDate, endDate));
        var alert = new Alert(type, details, startDate, endDate, raisedBy, now);
        alerts.Add(alert);
        Version++;
        return alert;
    }

    public Alert EndAlert(Guid alertId, DateOnly endDate, DateOnly today)
    {
        var alert = alerts.SingleOrDefault(a => a.Id == alertId);
        BusinessRuleViolation.ThrowIfBroken(new AlertMustBeOpenToEndRule(alert, today));
        BusinessRuleViolation.ThrowIfBroken(new AlertMustNotEndBeforeItStartsRule(alert!.StartDate, endDate));
        alert.End(endDate);
        Version++;
        return alert;
    }

    public ResponsivityFactor AddResponsivityFactor(ResponsivityFactorType type, string details)
    {
        var factor = new ResponsivityFactor(type, details);
        responsivityFactors.Add(factor);
        Version++;
        return factor;
    }

    public SignificantOther AddSignificantOther(string name, SignificantOtherKind kind, string relationship, string? phone)
    {
        var other = new SignificantOther(name, kind, relationship, phone);
        significantOthers.Add(other);
        Version++;
        return other;
    }

    /// <summary>PPL-09: records a change of circumstances that has happened (not one expected in future).</summary>
    public CircumstanceChange RecordCircumstanceChange(CircumstanceKind kind, string details, DateOnly occurredOn, ReportedBy reportedBy, string recordedBy, DateOnly today, DateTimeOffset now)
    {
        BusinessRuleViolation.ThrowIfBroken(new CircumstanceChangeMustHaveHappenedRule(occurredOn, today));
        var change = new CircumstanceChange(kind, details, occurredOn, reportedBy, recordedBy, now);
        circumstanceChanges.Add(change);
        Version++;
        return change;
    }

    /// <summary>Every name the person is known by, for the search index (PPL-07).</summary>
    public IEnumerable<string> SearchableNames() => aliases.Select(a => a.FullName).Prepend(FullName);

    private void Apply(PersonDetails d)
    {
        FamilyName = d.FamilyName.Trim();
        GivenNames = d.GivenNames.Trim();
        DateOfBirth = d.DateOfBirth;
        Gender = d.Gender;
        IndigenousStatus = d.IndigenousStatus;
        PreferredLanguage = Text.Clean(d.PreferredLanguage);
        InterpreterRequired = d.InterpreterRequired;
        Phone = Text.Clean(d.Phone);
        Email = Text.Clean(d.Email);
        Address = Text.Clean(d.Address);
        Status = d.Status;
        ProtectiveFactorsAndStrengths = Text.Clean(d.ProtectiveFactorsAndStrengths);
        NeedsPreferencesAndInterests = Text.Clean(d.NeedsPreferencesAndInterests);
    }

}
