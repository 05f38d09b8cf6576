using Microsoft.AspNetCore.Mvc;
using Waypoint.Core.Common;
using Waypoint.Core.People;
using Waypoint.Web.Features.Shared;

namespace Waypoint.Web.Features.People;

/// <summary>What the create and edit pages share: the person form with its date of birth in three boxes.</summary>
public abstract class PersonFormPage : WaypointPage
{
    [BindProperty]
    public PersonInput Input { get; set; } = new();

    [BindProperty]
    public DateParts Dob { get; set; } = new();

    protected override IReadOnlyDictionary<string, string> FieldKeys { get; } = new Dictionary<string, string> { ["dateOfBirth"] = nameof(Dob) };

    /// <summary>Reads and checks the form; null when the page must be shown again with its errors.</summary>
    protected PersonDetails? ReadDetails()
    {
        ModelState.Clear();
        Input.DateOfBirth = Dob.Read("Date of birth", out var dobError);
        var (details, validation) = Input.Validate();
        AddErrors(validation.Replace("dateOfBirth", dobError));
        return ModelState.IsValid ? details : null;
    }

    protected IActionResult Refused(BusinessRuleViolation violation)
    {
        AddError(violation);
        return Page();
    }
}
