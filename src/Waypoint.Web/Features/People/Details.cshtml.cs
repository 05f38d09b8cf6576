using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Waypoint.Core.People;
using Waypoint.Core.Security;

namespace Waypoint.Web.Features.People;

/// <summary>The person page (PPL-01..03). Opening it is recorded in the audit trail (REC-03).</summary>
public sealed class DetailsModel(PersonRecords records, Data.WaypointDbContext db, Auth.CoordinatorDuties duties) : PageModel
{
    public Person? Person { get; private set; }

    public DateOnly Today => records.Today;

    public bool CanWrite => Roles.PeopleWriters.Any(User.IsInRole);

    public bool CanRaiseAlerts => Roles.AlertRaisers.Any(User.IsInRole);

    /// <summary>Whether the user does coordinator duties where this person is (REC-01).</summary>
    public bool CanAllocate { get; private set; }

    /// <summary>The officers responsible for the person now (STF-02).</summary>
    public IReadOnlyList<Core.Staff.Allocation> Allocated { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        Person = await records.ViewAsync(id, "person page", ct);
        if (Person is null)
        {
            return NotFound();
        }
        var allocation = await db.CaseAllocations.AsNoTracking().SingleOrDefaultAsync(c => c.PersonId == id, ct);
        Allocated = allocation?.Allocations.Where(a => a.To is null).ToList() ?? [];
        CanAllocate = await duties.RefusalAsync(User, id, ct) is null;
        return Page();
    }
}
