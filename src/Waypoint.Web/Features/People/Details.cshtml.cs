using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Waypoint.Core.People;
using Waypoint.Core.Security;

namespace Waypoint.Web.Features.People;

/// <summary>The person page (PPL-01..03). Opening it is recorded in the audit trail (REC-03).</summary>
public sealed class DetailsModel(PersonRecords records, Data.WaypointDbContext db, Auth.CoordinatorDuties duties, Assessments.Assessments assessments, Plans.Plans plans, Imps.Imps imps, Enforcement.Warnings warnings, Enforcement.NonCompliances nonCompliance) : PageModel
{
    public Person? Person { get; private set; }

    public DateOnly Today => records.Today;

    public bool CanWrite => Roles.PeopleWriters.Any(User.IsInRole);

    public bool CanRaiseAlerts => Roles.AlertRaisers.Any(User.IsInRole);

    /// <summary>Whether the user does coordinator duties where this person is (REC-01).</summary>
    public bool CanAllocate { get; private set; }

    /// <summary>The officers responsible for the person now (STF-02).</summary>
    public IReadOnlyList<Core.Staff.Allocation> Allocated { get; private set; } = [];

    /// <summary>ASM-04, ASM-07: the assessments whose levels count now, shown with any override and its approver.</summary>
    public Core.Assessments.Assessment? Reoffending { get; private set; }

    public Core.Assessments.Assessment? Harm { get; private set; }

    /// <summary>The latest version of the Case Management Plan (PLN-01), if any.</summary>
    public Core.Plans.CaseManagementPlan? Plan { get; private set; }

    /// <summary>The latest version of the IMP (PLN-09), if any.</summary>
    public Core.Plans.IndividualManagementPlan? Imp { get; private set; }

    /// <summary>BYD-02: each order's warnings against the window, and when the oldest leaves it.</summary>
    public IReadOnlyList<Enforcement.OrderWarnings> Warnings { get; private set; } = [];

    /// <summary>ENF-02: open apparent non-compliance, each with the day it must be decided by.</summary>
    public IReadOnlyDictionary<Guid, DateOnly> OpenNonCompliance { get; private set; } = new Dictionary<Guid, DateOnly>();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        Person = await records.ViewAsync(id, "person page", ct);
        if (Person is null)
        {
            return NotFound();
        }
        var allocation = await db.CaseAllocations.AsNoTracking().SingleOrDefaultAsync(c => c.PersonId == id, ct);
        Allocated = allocation?.Allocations.Where(a => a.To is null).ToList() ?? [];
        var completed = (await assessments.ForPersonAsync(id, ct)).Where(a => a.Status == Core.Assessments.AssessmentStatus.Completed).ToList();
        Reoffending = completed.FirstOrDefault(a => Assessments.Assessments.ReoffendingTools.Contains(a.Tool));
        Harm = completed.FirstOrDefault(a => a.Tool == Core.Assessments.AssessmentTool.RiskOfHarm);
        Plan = (await plans.ForPersonAsync(id, ct)).FirstOrDefault();
        Imp = (await imps.ForPersonAsync(id, ct)).FirstOrDefault();
        CanAllocate = await duties.RefusalAsync(User, id, ct) is null;
        Warnings = await warnings.WindowsAsync(id, ct);
        OpenNonCompliance = await nonCompliance.DeadlinesAsync(id, ct);
        return Page();
    }
}
