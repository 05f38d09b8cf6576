using Waypoint.Core.Common;
using Waypoint.Core.People;
using Waypoint.Web.Api;

namespace Waypoint.Web.Features.People;

/// <summary>What a user sends to create or change a person, from the API (JSON) or a page (form); validated the same way.</summary>
public sealed class PersonInput
{
    public string? FamilyName { get; set; }

    public string? GivenNames { get; set; }

    public DateOnly? DateOfBirth { get; set; }

    public string? Gender { get; set; }

    public string? IndigenousStatus { get; set; }

    public string? PreferredLanguage { get; set; }

    public bool InterpreterRequired { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public string? Address { get; set; }

    public string? Status { get; set; }

    public string? ProtectiveFactorsAndStrengths { get; set; }

    public string? NeedsPreferencesAndInterests { get; set; }

    /// <summary>Why the change was made, for the audit trail (REC-03); only read on updates.</summary>
    public string? Reason { get; set; }

    public static PersonInput From(Person p) => new()
    {
        FamilyName = p.FamilyName,
        GivenNames = p.GivenNames,
        DateOfBirth = p.DateOfBirth,
        Gender = p.Gender.ToString(),
        IndigenousStatus = p.IndigenousStatus.ToString(),
        PreferredLanguage = p.PreferredLanguage,
        InterpreterRequired = p.InterpreterRequired,
        Phone = p.Phone,
        Email = p.Email,
        Address = p.Address,
        Status = p.Status.ToString(),
        ProtectiveFactorsAndStrengths = p.ProtectiveFactorsAndStrengths,
        NeedsPreferencesAndInterests = p.NeedsPreferencesAndInterests,
    };

    /// <summary>Checks the shape of the input; rules about the person (a plausible date of birth) live in Core.</summary>
    public (PersonDetails? Details, Validation Validation) Validate()
    {
        var v = new Validation()
            .Required("familyName", FamilyName, "a family name", TextLimits.Name)
            .Required("givenNames", GivenNames, "given names", TextLimits.Name)
            .Optional("preferredLanguage", PreferredLanguage, "preferred language", TextLimits.Name)
            .Optional("phone", Phone, "phone", TextLimits.Code)
            .Optional("email", Email, "email", TextLimits.Short)
            .Optional("address", Address, "address", TextLimits.Short)
            .Optional("protectiveFactorsAndStrengths", ProtectiveFactorsAndStrengths, "protective factors and strengths", TextLimits.Long)
            .Optional("needsPreferencesAndInterests", NeedsPreferencesAndInterests, "needs, preferences and interests", TextLimits.Long)
            .Optional("reason", Reason, "reason", TextLimits.Long);
        if (DateOfBirth is null)
        {
            v.Add("dateOfBirth", "Enter a date of birth");
        }
        if (!string.IsNullOrWhiteSpace(Email) && !Email.Contains('@', StringComparison.Ordinal))
        {
            v.Add("email", "Enter an email address in the correct format, like name@example.com");
        }
        var gender = v.Code<Gender>("gender", Gender ?? nameof(Core.People.Gender.NotStated), "gender");
        var indigenous = v.Code<IndigenousStatus>("indigenousStatus", IndigenousStatus ?? nameof(Core.People.IndigenousStatus.NotStated), "Aboriginal and/or Torres Strait Islander status");
        var status = v.Code<PersonStatus>("status", Status ?? nameof(PersonStatus.Active), "status");
        if (!v.IsValid)
        {
            return (null, v);
        }
        return (new PersonDetails(FamilyName!, GivenNames!, DateOfBirth!.Value, gender!.Value, indigenous!.Value, PreferredLanguage,
            InterpreterRequired, Phone, Email, Address, status!.Value, ProtectiveFactorsAndStrengths, NeedsPreferencesAndInterests), v);
    }
}
