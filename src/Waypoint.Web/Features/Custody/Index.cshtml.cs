using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Waypoint.Core.Custody;
using Waypoint.Core.People;
using Waypoint.Core.Security;
using Waypoint.Web.Auth;
using Waypoint.Web.Data;
using Waypoint.Web.Features.People;

namespace Waypoint.Web.Features.Custody;

/// <summary>PPL-05: where the person is held, where they have been, and their security classification.</summary>
[Authorize(Policy = Policies.ReadPeople)]
public sealed class IndexModel(PersonRecords people, WaypointDbContext db, CustodyRecords custody) : PageModel
{
    public Person? Person { get; private set; }

    public CustodyRecord Record { get; private set; } = null!;

    public DateOnly Today => custody.Today;

    public bool CanKeep => Roles.CustodyKeepers.Any(User.IsInRole);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        Person = await people.ViewAsync(id, "custody page", ct);
        if (Person is null)
        {
            return NotFound();
        }
        Record = await db.CustodyRecords.AsNoTracking().SingleOrDefaultAsync(c => c.PersonId == id, ct) ?? CustodyRecord.For(id);
        return Page();
    }
}
