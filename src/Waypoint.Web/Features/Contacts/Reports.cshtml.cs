using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Waypoint.Core.Common;
using Waypoint.Core.Contacts;
using Waypoint.Core.People;
using Waypoint.Core.Security;
using Waypoint.Web.Auth;
using Waypoint.Web.Features.People;
using Waypoint.Web.Features.Shared;

namespace Waypoint.Web.Features.Contacts;

/// <summary>CON-03, CON-04: a prisoner's contact reports, newest first, and starting one.</summary>
[Authorize(Policy = Policies.ReadPeople)]
public sealed class ReportsModel(PersonRecords people, ContactReports reports) : WaypointPage
{
    public Person? Person { get; private set; }

    public IReadOnlyList<ContactReport> All { get; private set; } = [];

    public bool InPrison { get; private set; }

    public bool CanWrite => InPrison && Roles.ContactReportWriters.Any(User.IsInRole);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        Person = await people.ViewAsync(id, "contact reports page", ct);
        if (Person is null)
        {
            return NotFound();
        }
        All = await reports.ForPersonAsync(id, ct);
        InPrison = await reports.InPrisonAsync(id, ct);
        return Page();
    }

    /// <summary>Starts a Primary, Regular or extra Regular report and opens it.</summary>
    public async Task<IActionResult> OnPostAsync(Guid id, string? kind, CancellationToken ct)
    {
        if (!Roles.ContactReportWriters.Any(User.IsInRole))
        {
            return Forbid();
        }
        Person = await people.FindAsync(id, ct);
        if (Person is null)
        {
            return NotFound();
        }
        All = await reports.ForPersonAsync(id, ct);
        InPrison = await reports.InPrisonAsync(id, ct);
        if (!InPrison)
        {
            ModelState.AddModelError("", "Contact reports are for someone in prison, and this person is not placed at a prison today.");
            return Page();
        }
        var (reportKind, extra) = kind switch
        {
            "Primary" => (ContactReportKind.Primary, false),
            "Extra" => (ContactReportKind.Regular, true),
            _ => (ContactReportKind.Regular, false),
        };
        try
        {
            var report = await reports.StartAsync(id, reportKind, extra, User, ct);
            return Redirect($"/People/{id}/Reports/{report.Id}");
        }
        catch (BusinessRuleViolation violation)
        {
            AddError(violation);
            return Page();
        }
    }
}
