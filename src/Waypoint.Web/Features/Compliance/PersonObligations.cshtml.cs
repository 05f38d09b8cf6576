using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Waypoint.Core.People;
using Waypoint.Web.Auth;
using Waypoint.Web.Features.People;

namespace Waypoint.Web.Features.Compliance;

/// <summary>CMP-02: what the rules require of this person's case, each explained by its rule, clause, pack version and facts.</summary>
[Authorize(Policy = Policies.ReadPeople)]
public sealed class PersonObligationsModel(PersonRecords people, PersonObligations obligations) : PageModel
{
    public Person? Person { get; private set; }

    public IReadOnlyList<ObligationView> Obligations { get; private set; } = [];

    public bool CanWaive => Core.Security.Roles.Waivers.Any(User.IsInRole);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        Person = await people.ViewAsync(id, "obligations page", ct);
        if (Person is null)
        {
            return NotFound();
        }
        Obligations = await obligations.ForAsync(id, ct);
        return Page();
    }

    public static string Label(string status) => status switch
    {
        "DueSoon" => "Due soon",
        "MetOnTime" => "Met on time",
        "MetLate" => "Met late",
        "NoLongerApplicable" => "No longer applicable",
        _ => status,
    };
}
