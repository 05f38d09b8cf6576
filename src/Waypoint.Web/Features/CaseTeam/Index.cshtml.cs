using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Waypoint.Core.Common;
using Waypoint.Core.People;
using Waypoint.Core.Security;
using Waypoint.Core.Staff;
using Waypoint.Web.Auth;
using Waypoint.Web.Data;
using Waypoint.Web.Features.People;
using Waypoint.Web.Features.Shared;

namespace Waypoint.Web.Features.CaseTeam;

/// <summary>STF-06: the allocated officers and everyone else involved in the case, with role and dates.</summary>
[Authorize(Policy = Policies.ReadPeople)]
public sealed class IndexModel(PersonRecords people, CaseTeams teams, WaypointDbContext db) : WaypointPage
{
    public Person? Person { get; private set; }

    public IReadOnlyList<Core.Staff.Allocation> Officers { get; private set; } = [];

    public IReadOnlyList<CaseTeamMember> Members { get; private set; } = [];

    public bool CanChange => Roles.PeopleWriters.Any(User.IsInRole);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        Person = await people.ViewAsync(id, "case team page", ct);
        if (Person is null)
        {
            return NotFound();
        }
        await LoadAsync(id, ct);
        return Page();
    }

    /// <summary>Someone leaves the case team today; only those who may change person records.</summary>
    public async Task<IActionResult> OnPostEndAsync(Guid id, Guid memberId, CancellationToken ct)
    {
        if (!CanChange)
        {
            return Forbid();
        }
        Person = await people.FindAsync(id, ct);
        if (Person is null)
        {
            return NotFound();
        }
        try
        {
            var member = await teams.EndAsync(await teams.ForPersonAsync(id, ct), memberId, teams.Today, ct);
            TempData["Notice"] = $"{member.Name} left the case team";
            return Redirect($"/People/{id}/CaseTeam");
        }
        catch (BusinessRuleViolation violation)
        {
            AddError(violation, "");
            await LoadAsync(id, ct);
            return Page();
        }
    }

    private async Task LoadAsync(Guid id, CancellationToken ct)
    {
        var allocation = await db.CaseAllocations.AsNoTracking().SingleOrDefaultAsync(c => c.PersonId == id, ct);
        Officers = allocation?.Allocations.Where(a => a.To is null).ToList() ?? [];
        Members = (await teams.ReadAsync(id, ct))?.Members.OrderBy(m => m.To is not null).ThenBy(m => m.From).ToList() ?? [];
    }
}
