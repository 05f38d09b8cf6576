using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Waypoint.Core.People;
using Waypoint.Core.Plans;
using Waypoint.Web.Auth;
using Waypoint.Web.Features.People;
using Waypoint.Web.Features.Shared;

namespace Waypoint.Web.Features.Plans;

/// <summary>PLN-08: two versions of the plan side by side, with what changed marked.</summary>
[Authorize(Policy = Policies.ReadPeople)]
public sealed class CompareModel(PersonRecords people, Plans plans) : WaypointPage
{
    public Person? Person { get; private set; }

    public CaseManagementPlan? Earlier { get; private set; }

    public CaseManagementPlan? Later { get; private set; }

    public IReadOnlyList<ComparedLine> Lines { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, Guid? from, Guid? to, CancellationToken ct)
    {
        Person = await people.ViewAsync(id, "plan versions compared", ct);
        if (Person is null)
        {
            return NotFound();
        }
        var versions = await plans.ForPersonAsync(id, ct);
        var (a, b) = (versions.FirstOrDefault(v => v.Id == from), versions.FirstOrDefault(v => v.Id == to));
        if (a is null || b is null)
        {
            return NotFound();
        }
        (Earlier, Later) = a.Number <= b.Number ? (a, b) : (b, a);
        Lines = PlanComparison.Lines(Earlier, Later, await plans.ContextAsync(id, ct));
        return Page();
    }
}
