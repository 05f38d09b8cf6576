using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Waypoint.Core.Common;
using Waypoint.Core.People;
using Waypoint.Core.Plans;
using Waypoint.Core.Security;
using Waypoint.Web.Api;
using Waypoint.Web.Audit;
using Waypoint.Web.Auth;
using Waypoint.Web.Features.People;
using Waypoint.Web.Features.Shared;

namespace Waypoint.Web.Features.Imps;

/// <summary>PLN-09: the person's IMPs, newest first, and starting the IMP or a review.</summary>
[Authorize(Policy = Policies.ReadPeople)]
public sealed class IndexModel(PersonRecords people, Imps imps) : WaypointPage
{
    public Person? Person { get; private set; }

    public IReadOnlyList<IndividualManagementPlan> Versions { get; private set; } = [];

    public ImpContext? Context { get; private set; }

    public bool CanWrite => Roles.ImpWriters.Any(User.IsInRole);

    public IndividualManagementPlan? Open => Versions.FirstOrDefault(v => v.Status != ImpStatus.Approved);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        Person = await people.ViewAsync(id, "imp page", ct);
        if (Person is null)
        {
            return NotFound();
        }
        (Versions, Context) = (await imps.ForPersonAsync(id, ct), await imps.ContextAsync(id, ct));
        return Page();
    }

    public async Task<IActionResult> OnPostStartAsync(Guid id, CancellationToken ct)
    {
        if (!CanWrite)
        {
            return Forbid();
        }
        Person = await people.FindAsync(id, ct);
        if (Person is null)
        {
            return NotFound();
        }
        (Versions, Context) = (await imps.ForPersonAsync(id, ct), await imps.ContextAsync(id, ct));
        if (Context is null)
        {
            ModelState.AddModelError("", "An Individual Management Plan is for a prisoner (COPP 10.3), and this person is not in custody.");
            return Page();
        }
        try
        {
            var imp = await imps.StartAsync(id, User, ct);
            return Redirect($"/People/{id}/Imps/{imp.Id}/Edit");
        }
        catch (BusinessRuleViolation violation)
        {
            AddError(violation);
            return Page();
        }
    }
}

/// <summary>PLN-09: one IMP version, and the step due next: the Assessment Officer submits, the coordinator returns or approves.</summary>
[Authorize(Policy = Policies.ReadPeople)]
public sealed class ImpModel(PersonRecords people, Imps imps) : WaypointPage
{
    public Person? Person { get; private set; }

    public IndividualManagementPlan? Imp { get; private set; }

    public ImpContext? Context { get; private set; }

    public IReadOnlyList<PlanProblem> Problems { get; private set; } = [];

    [BindProperty]
    public int Version { get; set; }

    [BindProperty]
    public string? Comments { get; set; }

    public bool CanSubmit => Roles.ImpWriters.Any(User.IsInRole) && Imp!.Status is ImpStatus.Draft or ImpStatus.Returned;

    public bool CanDecide => Roles.ImpApprovers.Any(User.IsInRole) && Imp!.Status == ImpStatus.Submitted && Imp.AuthorUserId != Actor.From(User).UserId;

    public async Task<IActionResult> OnGetAsync(Guid id, Guid impId, CancellationToken ct)
    {
        Person = await people.ViewAsync(id, "imp page", ct);
        return Person is not null && await LoadAsync(id, impId, ct) ? Page() : NotFound();
    }

    public Task<IActionResult> OnPostSubmitAsync(Guid id, Guid impId, CancellationToken ct) => StepAsync(id, impId, () => CanSubmit, async () =>
    {
        if (Problems.Count > 0)
        {
            foreach (var problem in Problems)
            {
                ModelState.AddModelError("", problem.Message);
            }
            return false;
        }
        await imps.SubmitAsync(Imp!, Context!, ct);
        return true;
    }, "IMP submitted for approval", ct);

    public Task<IActionResult> OnPostReturnAsync(Guid id, Guid impId, CancellationToken ct) => StepAsync(id, impId, () => CanDecide, async () =>
    {
        if (string.IsNullOrWhiteSpace(Comments) || Comments.Length > TextLimits.Long)
        {
            ModelState.AddModelError(nameof(Comments), string.IsNullOrWhiteSpace(Comments) ? "Say what the assessment officer needs to change" : $"Comments must be {TextLimits.Long} characters or fewer");
            return false;
        }
        await imps.ReturnAsync(Imp!, Comments, User, ct);
        return true;
    }, "IMP returned with your comments", ct);

    public Task<IActionResult> OnPostApproveAsync(Guid id, Guid impId, CancellationToken ct) => StepAsync(id, impId, () => CanDecide, async () =>
    {
        await imps.ApproveAsync(Imp!, User, ct);
        return true;
    }, "IMP approved", ct);

    private async Task<IActionResult> StepAsync(Guid id, Guid impId, Func<bool> allowed, Func<Task<bool>> step, string done, CancellationToken ct)
    {
        var shown = Version;
        Person = await people.FindAsync(id, ct);
        if (Person is null || !await LoadAsync(id, impId, ct))
        {
            return NotFound();
        }
        if (!allowed())
        {
            return Forbid();
        }
        ModelState.Clear();
        if (Context is null || shown != Imp!.Version)
        {
            ModelState.AddModelError("", Context is null ? "This person is no longer in custody, so the IMP cannot move on." : "This IMP changed after you opened this page. Nothing was done: check it below, then try again.");
            Response.StatusCode = Context is null ? StatusCodes.Status200OK : StatusCodes.Status409Conflict;
            return Page();
        }
        try
        {
            if (await step())
            {
                TempData["Notice"] = done;
                return Redirect($"/People/{id}/Imps/{impId}");
            }
        }
        catch (BusinessRuleViolation violation)
        {
            ModelState.AddModelError("", violation.Message);
        }
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, Guid impId, CancellationToken ct)
    {
        Imp = await imps.FindAsync(id, impId, ct);
        if (Imp is null)
        {
            return false;
        }
        Context = await imps.ContextAsync(id, ct);
        Problems = Context is not null && Imp.Status is ImpStatus.Draft or ImpStatus.Returned ? imps.Problems(Imp, Context) : [];
        Version = Imp.Version;
        return true;
    }
}

/// <summary>One recommended intervention's fields on the IMP form.</summary>
public sealed class ImpInterventionFields
{
    public Guid? Id { get; set; }

    public string? What { get; set; }

    public string? Kind { get; set; }

    public string? Status { get; set; }
}

/// <summary>PLN-09: writing the IMP; saved as it is (BYD-04), checked at submission; a stale tab is refused.</summary>
[Authorize(Policy = Policies.WriteImps)]
public sealed class EditModel(PersonRecords people, Imps imps) : WaypointPage
{
    public Person? Person { get; private set; }

    public IndividualManagementPlan? Imp { get; private set; }

    public ImpContext? Context { get; private set; }

    [BindProperty]
    public ImpInput Form { get; set; } = new();

    [BindProperty]
    public List<ImpInterventionFields> Interventions { get; set; } = [];

    [BindProperty]
    public int Version { get; set; }

    [BindProperty]
    public string? Command { get; set; }

    public static IEnumerable<(string Code, string Label)> Kinds => Enum.GetValues<ImpInterventionKind>().Select(k => (k.ToString(), k.ToString()));

    public static IEnumerable<(string Code, string Label)> Statuses => Enum.GetValues<InterventionStatus>().Select(s => (s.ToString(), Plans.PlanNames.Status(s)));

    public async Task<IActionResult> OnGetAsync(Guid id, Guid impId, bool add, CancellationToken ct)
    {
        Person = await people.ViewAsync(id, "imp form", ct);
        if (Person is null || !await LoadAsync(id, impId, ct))
        {
            return NotFound();
        }
        if (Imp!.Status is not (ImpStatus.Draft or ImpStatus.Returned))
        {
            return Redirect($"/People/{id}/Imps/{impId}");
        }
        var c = Imp.Content;
        Form = new ImpInput
        {
            Needs = c.Needs, PlacementRecommendation = c.PlacementRecommendation, SecurityClassification = c.SecurityClassification, ExceptionReason = c.ExceptionReason,
            ReviewedWith = c.ReviewedWith, Progress = c.Progress,
            Consulted = new ConsultationInput { TreatmentAssessor = c.Consulted.TreatmentAssessor, EducationAssessor = c.Consulted.EducationAssessor, Prisoner = c.Consulted.Prisoner, Notes = c.Consulted.Notes },
        };
        Interventions = c.Interventions.Select(i => new ImpInterventionFields { Id = i.Id, What = i.What, Kind = i.Kind.ToString(), Status = i.Status.ToString() }).ToList();
        if (add || Interventions.Count == 0)
        {
            Interventions.Add(new ImpInterventionFields());
        }
        Version = Imp.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid impId, CancellationToken ct)
    {
        Person = await people.FindAsync(id, ct);
        if (Person is null || !await LoadAsync(id, impId, ct))
        {
            return NotFound();
        }
        ModelState.Clear();
        var autosave = Command == "autosave";
        if (Context is null || Imp!.Status is not (ImpStatus.Draft or ImpStatus.Returned) || Version != Imp.Version)
        {
            if (autosave)
            {
                return StatusCode(StatusCodes.Status409Conflict);
            }
            ModelState.AddModelError("", Context is null ? "This person is no longer in custody, so the IMP cannot be changed."
                : Version != Imp!.Version ? "This IMP was saved from another page after you opened this one. Nothing was saved here: open it again to see the latest version."
                : "The IMP has been submitted or approved since you opened this page, so it was not changed.");
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        if (Command?.StartsWith("remove-", StringComparison.Ordinal) == true && int.TryParse(Command["remove-".Length..], out var remove) && remove >= 0 && remove < Interventions.Count)
        {
            Interventions.RemoveAt(remove);
        }
        Interventions.RemoveAll(i => string.IsNullOrWhiteSpace(i.What) && i.Id is null);
        Form.Interventions = Interventions.Select(i => new ImpInterventionInput { Id = i.Id, What = i.What, Kind = i.Kind, Status = i.Status }).ToList();
        var v = new Validation();
        if (Form.Read(Context, v) is not { } content)
        {
            if (autosave)
            {
                return StatusCode(StatusCodes.Status422UnprocessableEntity);
            }
            foreach (var (field, messages) in v.Errors)
            {
                ModelState.AddModelError(ControlFor(field), messages[0]);
            }
            return Page();
        }
        await imps.WriteAsync(Imp, content, ct);
        if (autosave)
        {
            Response.Headers["X-Version"] = Imp.Version.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return StatusCode(StatusCodes.Status204NoContent);
        }
        if (Command == "add")
        {
            return Redirect($"/People/{id}/Imps/{impId}/Edit?add=true#interventions");
        }
        if (Command?.StartsWith("remove-", StringComparison.Ordinal) == true)
        {
            return Redirect($"/People/{id}/Imps/{impId}/Edit#interventions");
        }
        TempData["Notice"] = "IMP saved";
        return Redirect($"/People/{id}/Imps/{impId}");
    }

    /// <summary>The control an API field name belongs to, for the error summary.</summary>
    private static string ControlFor(string field) => field.StartsWith("interventions[", StringComparison.Ordinal)
        ? "Interventions" + field["interventions".Length..].Replace(".what", ".What").Replace(".kind", ".Kind").Replace(".status", ".Status")
        : "Form." + string.Join('.', field.Split('.').Select(p => char.ToUpperInvariant(p[0]) + p[1..]));

    private async Task<bool> LoadAsync(Guid id, Guid impId, CancellationToken ct)
    {
        Imp = await imps.FindAsync(id, impId, ct);
        if (Imp is null)
        {
            return false;
        }
        Context = await imps.ContextAsync(id, ct);
        return true;
    }
}
