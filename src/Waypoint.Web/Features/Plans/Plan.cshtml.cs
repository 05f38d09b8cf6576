using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Waypoint.Core.Common;
using Waypoint.Core.People;
using Waypoint.Core.Plans;
using Waypoint.Core.Security;
using Waypoint.Web.Audit;
using Waypoint.Web.Auth;
using Waypoint.Web.Features.People;
using Waypoint.Web.Features.Shared;

namespace Waypoint.Web.Features.Plans;

/// <summary>
/// PLN-02..07: one version of the plan, as written, with the step that is due next for whoever may take it: the officer
/// submits, the team leader returns or approves, the officer signs and records the person's signature or refusal.
/// </summary>
[Authorize(Policy = Policies.ReadPeople)]
public sealed class PlanModel(PersonRecords people, Plans plans, Documents.Documents documents) : WaypointPage
{
    public Person? Person { get; private set; }

    public CaseManagementPlan? Plan { get; private set; }

    public PlanContext? Context { get; private set; }

    public IReadOnlyList<PlanProblem> Problems { get; private set; } = [];

    [BindProperty]
    public int Version { get; set; }

    [BindProperty]
    public string? Comments { get; set; }

    [BindProperty]
    public DateParts SignedOn { get; set; } = new();

    [BindProperty]
    public string? DisagreesWith { get; set; }

    /// <summary>PLN-07: a scan of the signed paper copy.</summary>
    [BindProperty]
    public IFormFile? SignedCopy { get; set; }

    /// <summary>PLN-07: the documents attached to this version: the plan as agreed, and any scans of signed copies.</summary>
    public IReadOnlyList<Core.Documents.Document> Attached { get; private set; } = [];

    public bool CanAttach => CanWrite && Plan!.ApprovedOn is not null;

    private string Me => Actor.From(User).UserId;

    public bool CanWrite => Roles.PlanWriters.Any(User.IsInRole);

    public bool CanSubmit => CanWrite && Plan!.Status is PlanStatus.Draft or PlanStatus.Returned;

    public bool CanDecide => Roles.PlanApprovers.Any(User.IsInRole) && Plan!.Status == PlanStatus.Submitted && Plan.AuthorUserId != Me;

    public bool CanSignAsOfficer => Plan!.Status == PlanStatus.Approved && Plan.PersonSigns && Plan.AuthorUserId == Me;

    public bool CanRecordPerson => CanWrite && Plan!.Status == PlanStatus.OfficerSigned;

    public async Task<IActionResult> OnGetAsync(Guid id, Guid planId, CancellationToken ct)
    {
        Person = await people.ViewAsync(id, "plan page", ct);
        if (Person is null || !await LoadAsync(id, planId, ct))
        {
            return NotFound();
        }
        return Page();
    }

    public Task<IActionResult> OnPostSubmitAsync(Guid id, Guid planId, CancellationToken ct) =>
        StepAsync(id, planId, () => CanSubmit, async () =>
        {
            if (Problems.Count > 0)
            {
                foreach (var problem in Problems)
                {
                    ModelState.AddModelError(problem.Field == "domains" ? "risk-domains" : "", problem.Message);
                }
                return false;
            }
            await plans.SubmitAsync(Plan!, Context!, ct);
            return true;
        }, "Plan submitted to the team leader", ct);

    public Task<IActionResult> OnPostReturnAsync(Guid id, Guid planId, CancellationToken ct) =>
        StepAsync(id, planId, () => CanDecide, async () =>
        {
            if (string.IsNullOrWhiteSpace(Comments) || Comments.Length > TextLimits.Long)
            {
                ModelState.AddModelError(nameof(Comments), string.IsNullOrWhiteSpace(Comments) ? "Say what the officer needs to change" : $"Comments must be {TextLimits.Long} characters or fewer");
                return false;
            }
            await plans.ReturnAsync(Plan!, Comments, User, ct);
            return true;
        }, "Plan returned to the officer with your comments", ct);

    public Task<IActionResult> OnPostApproveAsync(Guid id, Guid planId, CancellationToken ct) =>
        StepAsync(id, planId, () => CanDecide, async () =>
        {
            await plans.ApproveAsync(Plan!, Context!, User, ct);
            return true;
        }, "Plan approved and signed", ct);

    public Task<IActionResult> OnPostSignAsync(Guid id, Guid planId, CancellationToken ct) =>
        StepAsync(id, planId, () => CanSignAsOfficer, async () =>
        {
            if (ReadDate(nameof(SignedOn), "The date you signed") is not { } on)
            {
                return false;
            }
            await plans.SignAsOfficerAsync(Plan!, on, User, ct);
            return true;
        }, "Signed: now present the plan to the person", ct);

    public Task<IActionResult> OnPostPersonSignedAsync(Guid id, Guid planId, CancellationToken ct) =>
        StepAsync(id, planId, () => CanRecordPerson, async () =>
        {
            if (ReadDate(nameof(SignedOn), "The date the person signed") is not { } on)
            {
                return false;
            }
            await plans.RecordPersonSignedAsync(Plan!, on, ct);
            return true;
        }, "The person's signature is recorded: the plan is in force", ct);

    public Task<IActionResult> OnPostRefusedAsync(Guid id, Guid planId, CancellationToken ct) =>
        StepAsync(id, planId, () => CanRecordPerson, async () =>
        {
            var on = ReadDate(nameof(SignedOn), "The date the person refused");
            if (string.IsNullOrWhiteSpace(DisagreesWith) || DisagreesWith.Length > TextLimits.Long)
            {
                ModelState.AddModelError(nameof(DisagreesWith), string.IsNullOrWhiteSpace(DisagreesWith) ? "Record what the person disagrees with" : $"What the person disagrees with must be {TextLimits.Long} characters or fewer");
            }
            if (on is null || !ModelState.IsValid)
            {
                return false;
            }
            await plans.RecordRefusalAsync(Plan!, DisagreesWith!, on.Value, User, ct);
            return true;
        }, "The refusal is recorded and case noted: follow the refusal process (C23.2 6.1)", ct);

    /// <summary>PLN-07 (C23.2 4.2): the signed paper copy, scanned, attached to this version.</summary>
    public async Task<IActionResult> OnPostAttachAsync(Guid id, Guid planId, CancellationToken ct)
    {
        Person = await people.FindAsync(id, ct);
        if (Person is null || !await LoadAsync(id, planId, ct))
        {
            return NotFound();
        }
        if (!CanAttach)
        {
            return Forbid();
        }
        ModelState.Clear();
        var result = await documents.UploadAsync(id, SignedCopy, Core.Documents.DocumentKind.SignedPlan, $"{PlanNames.Version(Plan!)}: signed copy", Plans.PlanRecord, planId.ToString(), User, ct);
        if (result.Document is null)
        {
            ModelState.AddModelError(nameof(SignedCopy), result.Problem!);
            return Page();
        }
        TempData["Notice"] = "The signed copy is attached to this version";
        return Redirect($"/People/{id}/Plans/{planId}");
    }

    /// <summary>
    /// One step: only by whoever may take it, only from the version the page showed (a step taken meanwhile in another
    /// tab is not repeated), with broken rules shown in the error summary.
    /// </summary>
    private async Task<IActionResult> StepAsync(Guid id, Guid planId, Func<bool> allowed, Func<Task<bool>> step, string done, CancellationToken ct)
    {
        var shown = Version;
        Person = await people.FindAsync(id, ct);
        if (Person is null || !await LoadAsync(id, planId, ct))
        {
            return NotFound();
        }
        if (!allowed())
        {
            return Forbid();
        }
        ModelState.Clear();
        if (Context is null)
        {
            ModelState.AddModelError("", "This person no longer has an active supervised community order, so the plan cannot move on.");
            return Page();
        }
        if (shown != Plan!.Version)
        {
            ModelState.AddModelError("", "This plan changed after you opened this page. Nothing was done: check the plan below, then try again.");
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        try
        {
            if (await step())
            {
                TempData["Notice"] = done;
                return Redirect($"/People/{id}/Plans/{planId}");
            }
        }
        catch (BusinessRuleViolation violation)
        {
            ModelState.AddModelError("", violation.Message);
        }
        return Page();
    }

    /// <summary>The date of a signature or refusal: today when left blank; never in the future nor before approval.</summary>
    private DateOnly? ReadDate(string field, string label)
    {
        string? problem = null;
        var on = SignedOn.IsEmpty ? plans.Today : SignedOn.Read(label, out problem);
        if (on > plans.Today)
        {
            problem = $"{label} must be today or in the past";
        }
        else if (on < Plan!.ApprovedOn)
        {
            problem = $"{label} cannot be before the plan was approved ({Display.Date(Plan.ApprovedOn)})";
        }
        if (problem is not null)
        {
            ModelState.AddModelError(field, problem);
            return null;
        }
        return on;
    }

    private async Task<bool> LoadAsync(Guid id, Guid planId, CancellationToken ct)
    {
        Plan = await plans.FindAsync(id, planId, ct);
        if (Plan is null)
        {
            return false;
        }
        Context = await plans.ContextAsync(id, ct);
        Attached = await documents.ForRecordAsync(Plans.PlanRecord, planId.ToString(), ct);
        Problems = Context is not null && Plan.Status is PlanStatus.Draft or PlanStatus.Returned ? plans.Problems(Plan, Context) : [];
        Version = Plan.Version;
        return true;
    }
}
