using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Waypoint.Core.Common;
using Waypoint.Web.Auth;

namespace Waypoint.Web.Features.People;

/// <summary>PPL-01: register a person; the offender number is generated.</summary>
[Authorize(Policy = Policies.WritePeople)]
public sealed class CreateModel(PersonRecords records) : PersonFormPage
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var details = ReadDetails();
        if (details is null)
        {
            return Page();
        }
        try
        {
            var person = await records.RegisterAsync(details, ct);
            TempData["Notice"] = $"{person.FullName} added with offender number {person.OffenderNumber}";
            return Redirect($"/People/{person.Id}");
        }
        catch (BusinessRuleViolation violation)
        {
            return Refused(violation);
        }
    }
}
