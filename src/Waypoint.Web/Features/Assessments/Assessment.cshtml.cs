using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Waypoint.Core.Assessments;
using Waypoint.Core.Common;
using Waypoint.Core.People;
using Waypoint.Core.Policy;
using Waypoint.Core.Security;
using Waypoint.Web.Audit;
using Waypoint.Web.Auth;
using Waypoint.Web.Features.People;
using Waypoint.Web.Features.Shared;

namespace Waypoint.Web.Features.Assessments;

/// <summary>
/// ASM-01..04, ASM-07: one assessment. A draft is filled in and saved as the assessor works (BYD-04: a save from a
/// stale tab is refused, not written over), then completed and scored; a completed one shows its result, and its
/// level can be overridden with a reason that another supervisor decides.
/// </summary>
[Authorize(Policy = Policies.ReadPeople)]
public sealed class AssessmentModel(PersonRecords people, Assessments assessments) : WaypointPage
{
    public Person? Person { get; private set; }

    public Assessment? Assessment { get; private set; }

    public PolicyPack? Pack { get; private set; }

    public IReadOnlyList<SubscaleScore> Subscales { get; private set; } = [];

    [BindProperty]
    public AssessmentForm Form { get; set; } = new();

    [BindProperty]
    public DateParts AssessedOn { get; set; } = new();

    [BindProperty]
    public string? Rationale { get; set; }

    [BindProperty]
    public int Version { get; set; }

    [BindProperty]
    public string? OverrideLevel { get; set; }

    [BindProperty]
    public string? OverrideReason { get; set; }

    [BindProperty]
    public string? DecisionNote { get; set; }

    public bool CanAssess => Roles.Assessors.Any(User.IsInRole);

    public bool CanDecide => Roles.OverrideApprovers.Any(User.IsInRole) && Assessment?.AssessorUserId != Actor.From(User).UserId;

    public IEnumerable<(string Code, string Label)> Levels => Assessments.Levels(Pack!, Assessment!.Tool).Select(l => (l.Code, l.Name));

    public async Task<IActionResult> OnGetAsync(Guid id, Guid assessmentId, CancellationToken ct)
    {
        Person = await people.ViewAsync(id, "assessment page", ct);
        if (Person is null || !await LoadAsync(id, assessmentId, ct))
        {
            return NotFound();
        }
        Form = AssessmentForm.From(Assessment!, Pack!.Assessments!);
        AssessedOn = DateParts.From(Assessment!.AssessedOn);
        Rationale = Assessment.Rationale;
        return Page();
    }

    public Task<IActionResult> OnPostSaveDraftAsync(Guid id, Guid assessmentId, CancellationToken ct) => SaveAsync(id, assessmentId, complete: false, ct);

    public Task<IActionResult> OnPostCompleteAsync(Guid id, Guid assessmentId, CancellationToken ct) => SaveAsync(id, assessmentId, complete: true, ct);

    private async Task<IActionResult> SaveAsync(Guid id, Guid assessmentId, bool complete, CancellationToken ct)
    {
        if (!CanAssess)
        {
            return Forbid();
        }
        Person = await people.FindAsync(id, ct);
        if (Person is null || !await LoadAsync(id, assessmentId, ct))
        {
            return NotFound();
        }
        ModelState.Clear();
        if (Version != Assessment!.Version)
        {
            // BYD-04: another tab or person saved this draft since this page was opened; keep both by refusing this one.
            ModelState.AddModelError("", "This assessment was saved from another page after you opened this one. Nothing was saved here: open it again to see the latest answers.");
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        var errors = new List<(string Field, string Message)>();
        var answers = Form.ToJson(Assessment.Tool, Pack!.Assessments!, errors);
        var assessedOn = AssessedOn.Read("The date of the assessment", out var dateError) ?? Assessment.AssessedOn;
        if (dateError is not null)
        {
            errors.Add(("assessedOn", dateError));
        }
        if (Rationale?.Length > TextLimits.Long)
        {
            errors.Add(("rationale", $"The reasons must be {TextLimits.Long} characters or fewer"));
        }
        if (errors.Count > 0)
        {
            return Errors(errors);
        }
        try
        {
            await assessments.SaveDraftAsync(Assessment, assessedOn, JsonDocument.Parse(answers).RootElement, Rationale, ct);
            if (complete && await assessments.CompleteAsync(Assessment, ct) is { } problems)
            {
                Version = Assessment.Version;
                return Errors(problems.Problems.Select(p => (p.Field, p.Problem)).ToList(), "The draft is saved. ");
            }
        }
        catch (BusinessRuleViolation violation)
        {
            return Errors([(violation.Rule.Field ?? "", violation.Message)]);
        }
        TempData["Notice"] = complete ? "Assessment completed" : "Draft saved";
        return Redirect($"/People/{id}/Assessments/{assessmentId}");
    }

    public async Task<IActionResult> OnPostOverrideAsync(Guid id, Guid assessmentId, CancellationToken ct)
    {
        if (!CanAssess)
        {
            return Forbid();
        }
        Person = await people.FindAsync(id, ct);
        if (Person is null || !await LoadAsync(id, assessmentId, ct))
        {
            return NotFound();
        }
        ModelState.Clear();
        if (Levels.All(l => l.Code != OverrideLevel))
        {
            ModelState.AddModelError(nameof(OverrideLevel), "Choose the level it should be");
        }
        if (string.IsNullOrWhiteSpace(OverrideReason))
        {
            ModelState.AddModelError(nameof(OverrideReason), "Give the reason for overriding the computed level");
        }
        if (ModelState.IsValid)
        {
            try
            {
                await assessments.RequestOverrideAsync(Assessment!, OverrideLevel!, OverrideReason!, User, ct);
                TempData["Notice"] = "Override asked for: a supervisor will decide";
                return Redirect($"/People/{id}/Assessments/{assessmentId}");
            }
            catch (BusinessRuleViolation violation)
            {
                ModelState.AddModelError(nameof(OverrideLevel), violation.Message);
            }
        }
        Subscales = ScoredSubscales();
        return Page();
    }

    public async Task<IActionResult> OnPostDecideAsync(Guid id, Guid assessmentId, bool approve, CancellationToken ct)
    {
        Person = await people.FindAsync(id, ct);
        if (Person is null || !await LoadAsync(id, assessmentId, ct))
        {
            return NotFound();
        }
        if (!Roles.OverrideApprovers.Any(User.IsInRole))
        {
            return Forbid();
        }
        ModelState.Clear();
        if (!approve && string.IsNullOrWhiteSpace(DecisionNote))
        {
            ModelState.AddModelError(nameof(DecisionNote), "Say why the override is declined");
        }
        if (ModelState.IsValid)
        {
            try
            {
                await assessments.DecideOverrideAsync(Assessment!, approve, DecisionNote, User, ct);
                TempData["Notice"] = approve ? "Override approved" : "Override declined";
                return Redirect($"/People/{id}/Assessments/{assessmentId}");
            }
            catch (BusinessRuleViolation violation)
            {
                ModelState.AddModelError("", violation.Message);
            }
        }
        Subscales = ScoredSubscales();
        return Page();
    }

    private IActionResult Errors(List<(string Field, string Message)> errors, string prefix = "")
    {
        foreach (var (field, message) in errors)
        {
            ModelState.AddModelError(AssessmentForm.ControlFor(field), prefix + message);
            prefix = "";
        }
        Version = Assessment!.Version;
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, Guid assessmentId, CancellationToken ct)
    {
        Assessment = await assessments.FindAsync(id, assessmentId, ct);
        if (Assessment is null)
        {
            return false;
        }
        Pack = await assessments.PackForAsync(id, ct);
        Subscales = ScoredSubscales();
        return true;
    }

    /// <summary>An LSI-R's subscale scores, recomputed from its kept answers for display.</summary>
    private IReadOnlyList<SubscaleScore> ScoredSubscales()
    {
        if (Assessment is not { Tool: AssessmentTool.LsiR, Status: not AssessmentStatus.Draft })
        {
            return [];
        }
        var items = JsonSerializer.Deserialize<Dictionary<string, int[]>>(Assessment.Answers) ?? [];
        return LsiR.Check(Pack!.Assessments!.LsiR, items).Count == 0 ? LsiR.Score(Pack.Assessments.LsiR, items).Subscales : [];
    }
}
