using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Waypoint.Core.Security;
using Waypoint.Web.Audit;
using Waypoint.Web.Data;

namespace Waypoint.Web.Features;

public sealed record RecentPerson(Guid Id, string OffenderNumber, string GivenNames, string FamilyName);

/// <summary>The signed-in home page: search, and the people this user viewed recently (from their audit entries).</summary>
public sealed class IndexModel(WaypointDbContext db, Compliance.WorkQueue work, Plans.PlanQueue plans, Enforcement.Breaches breaches) : PageModel
{
    /// <summary>The user's open work (CMP-04), for officers and whoever does coordinator duties.</summary>
    public (int Overdue, int DueSoon, int All)? Work { get; private set; }

    /// <summary>The open work of the teams the user leads (CMP-04).</summary>
    public (int Overdue, int DueSoon, int All)? TeamWork { get; private set; }

    /// <summary>PLN-06: plans awaiting this team leader's approval, and this officer's plans that need them.</summary>
    public (int AwaitingApproval, int Mine)? Plans { get; private set; }

    /// <summary>ENF-04: breach referrals awaiting this team leader's approval.</summary>
    public int BreachesAwaitingApproval { get; private set; }

    public IReadOnlyList<RecentPerson> Recent { get; private set; } = [];

    public bool CanCreate { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        CanCreate = Roles.PeopleWriters.Any(User.IsInRole);
        if (!Roles.PeopleReaders.Any(User.IsInRole))
        {
            return;
        }
        if (User.IsInRole(Roles.CaseOfficer) || Roles.Allocators.Any(User.IsInRole))
        {
            Work = await work.CountsAsync(User, Compliance.WorkScope.Mine, ct);
        }
        if (await work.LeadsATeamAsync(User, ct))
        {
            TeamWork = await work.CountsAsync(User, Compliance.WorkScope.Team, ct);
        }
        if (Roles.PlanWriters.Any(User.IsInRole))
        {
            Plans = (Roles.PlanApprovers.Any(User.IsInRole) ? await plans.CountAsync(User, Features.Plans.PlanQueueKind.AwaitingApproval, ct) : 0,
                await plans.CountAsync(User, Features.Plans.PlanQueueKind.Mine, ct));
        }
        if (Roles.BreachApprovers.Any(User.IsInRole))
        {
            BreachesAwaitingApproval = (await breaches.AwaitingApprovalAsync(User, ct)).Count;
        }
        var me = Actor.From(User).UserId;
        var viewed = await db.AuditEntries.AsNoTracking()
            .Where(a => a.UserId == me && a.Action == "person.viewed" && a.PersonId != null)
            .OrderByDescending(a => a.Sequence)
            .Take(100)
            .Select(a => a.PersonId!.Value)
            .ToListAsync(ct);
        var ids = viewed.Distinct().Take(10).ToList();
        var people = await db.People.AsNoTracking().Where(p => ids.Contains(p.Id))
            .Select(p => new RecentPerson(p.Id, p.OffenderNumber, p.GivenNames, p.FamilyName)).ToListAsync(ct);
        Recent = ids.Select(id => people.SingleOrDefault(p => p.Id == id)).OfType<RecentPerson>().ToList();
    }
}
