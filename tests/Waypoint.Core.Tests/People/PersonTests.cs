using Waypoint.Core.Common;
using Waypoint.Core.People;

namespace Waypoint.Core.Tests.People;

public sealed class PersonTests
{
    private static readonly DateOnly Today = new(2026, 11, 26);

    private static PersonDetails Details(DateOnly? dob = null) => new("Smith", "John", dob ?? new DateOnly(1990, 1, 2), Gender.Male,
        IndigenousStatus.Neither, "English", false, "0400 111 222", null, "1 Example St", PersonStatus.Active, null, null);

    private static Person NewPerson() => Person.Register("W0000001", Details(), Today, DateTimeOffset.UnixEpoch);

    [Theory]
    [Trait("Req", "PPL-01")]
    [InlineData(2026, 11, 27, "Date of birth must be in the past")]
    [InlineData(1900, 1, 1, "Date of birth must be within the last 120 years")]
    public void Register_RefusesImplausibleDateOfBirth(int y, int m, int d, string message)
    {
        var ex = Assert.Throws<BusinessRuleViolation>(() => Person.Register("W1", Details(new DateOnly(y, m, d)), Today, DateTimeOffset.UnixEpoch));
        Assert.Equal(message, ex.Message);
        Assert.Equal("DateOfBirth", ex.Rule.Field);
    }

    [Fact]
    [Trait("Req", "PPL-01")]
    public void UpdateDetails_ReportsChangedFields_AndHidesSensitiveValues()
    {
        var person = NewPerson();
        var changes = person.UpdateDetails(Details() with { GivenNames = "Jon", Phone = "0499 999 999" }, Today);
        Assert.Contains(changes, c => c is { Field: "GivenNames", Old: "John", New: "Jon", Sensitive: false });
        Assert.Contains(changes, c => c is { Field: "Phone", Old: null, New: null, Sensitive: true });
        Assert.Equal(2, person.Version);
    }

    [Fact]
    [Trait("Req", "PPL-01")]
    public void UpdateDetails_WithNoChange_KeepsTheVersion()
    {
        var person = NewPerson();
        Assert.Empty(person.UpdateDetails(Details(), Today));
        Assert.Equal(1, person.Version);
    }

    [Fact]
    [Trait("Req", "PPL-03")]
    public void Alert_IsActiveFromStartToEndInclusive()
    {
        var person = NewPerson();
        var alert = person.RaiseAlert(AlertType.SelfHarm, "Check wellbeing", Today, Today.AddDays(2), "Officer", DateTimeOffset.UnixEpoch);
        Assert.False(alert.IsActiveOn(Today.AddDays(-1)));
        Assert.True(alert.IsActiveOn(Today));
        Assert.True(alert.IsActiveOn(Today.AddDays(2)));
        Assert.False(alert.IsActiveOn(Today.AddDays(3)));
        Assert.Single(person.ActiveAlerts(Today));
    }

    [Fact]
    [Trait("Req", "PPL-03")]
    public void Alert_CannotEndBeforeItStarts()
    {
        var person = NewPerson();
        Assert.Throws<BusinessRuleViolation>(() => person.RaiseAlert(AlertType.Medical, "x", Today, Today.AddDays(-1), "Officer", DateTimeOffset.UnixEpoch));
        var alert = person.RaiseAlert(AlertType.Medical, "x", Today, null, "Officer", DateTimeOffset.UnixEpoch);
        var ex = Assert.Throws<BusinessRuleViolation>(() => person.EndAlert(alert.Id, Today.AddDays(-5), Today));
        Assert.IsType<AlertMustNotEndBeforeItStartsRule>(ex.Rule);
    }

    [Fact]
    [Trait("Req", "PPL-03")]
    public void EndedAlert_CannotBeEndedAgain()
    {
        var person = NewPerson();
        var alert = person.RaiseAlert(AlertType.Medical, "x", Today.AddDays(-10), null, "Officer", DateTimeOffset.UnixEpoch);
        person.EndAlert(alert.Id, Today.AddDays(-1), Today);
        var ex = Assert.Throws<BusinessRuleViolation>(() => person.EndAlert(alert.Id, Today, Today));
        Assert.Equal("That alert has already ended", ex.Message);
    }

    [Fact]
    [Trait("Req", "PPL-01")]
    public void Identifier_TypeIsUniqueOnAPerson()
    {
        var person = NewPerson();
        person.AddIdentifier("Court file", "CF1");
        var ex = Assert.Throws<BusinessRuleViolation>(() => person.AddIdentifier("court FILE", "CF2"));
        Assert.Equal("This person already has a court FILE identifier", ex.Message);
    }

    [Fact]
    [Trait("Req", "PPL-07")]
    public void SearchableNames_IncludeEveryAlias()
    {
        var person = NewPerson();
        person.AddAlias("Smyth", "Jonny");
        Assert.Equal(["John Smith", "Jonny Smyth"], person.SearchableNames());
    }

    [Fact]
    [Trait("Req", "PPL-09")]
    public void ChangeOfCircumstances_IsRecordedOnceItHasHappened()
    {
        var person = NewPerson();
        var change = person.RecordCircumstanceChange(CircumstanceKind.Address, "Moved to Belconnen", Today.AddDays(-2), ReportedBy.ThePerson, "Casey Officer", Today, DateTimeOffset.UnixEpoch);
        Assert.Equal(CircumstanceKind.Address, Assert.Single(person.CircumstanceChanges).Kind);
        Assert.Equal(2, person.Version);
        var ex = Assert.Throws<BusinessRuleViolation>(() => person.RecordCircumstanceChange(CircumstanceKind.Employment, "Starts next week", Today.AddDays(7), ReportedBy.ThePerson, "C", Today, DateTimeOffset.UnixEpoch));
        Assert.Equal("The change cannot be in the future: record it when it happens", ex.Message);
        Assert.Equal("Moved to Belconnen", change.Details);
    }
}
