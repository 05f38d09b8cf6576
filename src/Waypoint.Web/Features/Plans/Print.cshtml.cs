using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Waypoint.Core.People;
using Waypoint.Core.Plans;
using Waypoint.Web.Audit;
using Waypoint.Web.Auth;
using Waypoint.Web.Data;
using Waypoint.Web.Features.People;
using Waypoint.Web.Features.Shared;

namespace Waypoint.Web.Features.Plans;

/// <summary>PLN-07: a plan version laid out for printing and signing (the print stylesheet drops the service's navigation).</summary>
[Authorize(Policy = Policies.ReadPeople)]
public sealed class PrintModel(PersonRecords people, Plans plans) : WaypointPage
{
    public Person? Person { get; private set; }

    public CaseManagementPlan? Plan { get; private set; }

    public PlanContext? Context { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, Guid planId, CancellationToken ct)
    {
        Person = await people.ViewAsync(id, "plan printed", ct);
        Plan = Person is null ? null : await plans.FindAsync(id, planId, ct);
        if (Plan is null)
        {
            return NotFound();
        }
        Context = await plans.ContextAsync(id, ct);
        return Page();
    }
}

/// <summary>PLN-07: a plan version as a PDF to sign; the download is audited like any read of the record.</summary>
[Authorize(Policy = Policies.ReadPeople)]
public sealed class PdfModel(PersonRecords people, Plans plans, IWebHostEnvironment host) : WaypointPage
{
    public async Task<IActionResult> OnGetAsync(Guid id, Guid planId, CancellationToken ct)
    {
        var person = await people.ViewAsync(id, "plan PDF downloaded", ct);
        var plan = person is null ? null : await plans.FindAsync(id, planId, ct);
        if (plan is null)
        {
            return NotFound();
        }
        var pdf = PlanDocument.Render(plan, await plans.ContextAsync(id, ct), person!, host.ContentRootPath);
        if (pdf is null)
        {
            return new ObjectResult(new ProblemDetails
            {
                Status = StatusCodes.Status503ServiceUnavailable, Title = "PDF not available",
                Detail = "The PDF typeface was not found: Waypoint was built without its front end (the fonts folder). Use Print for signing instead.",
            }) { StatusCode = StatusCodes.Status503ServiceUnavailable };
        }
        return File(pdf, "application/pdf", $"case-management-plan-{person!.OffenderNumber}-{PlanNames.Version(plan).Replace(' ', '-').ToLowerInvariant()}.pdf");
    }
}
