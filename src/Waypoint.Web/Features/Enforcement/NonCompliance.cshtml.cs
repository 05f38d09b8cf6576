using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Waypoint.Core.Common;
using Waypoint.Core.Enforcement;
using Waypoint.Core.People;
using Waypoint.Core.Security;
using Waypoint.Web.Auth;
using Waypoint.Web.Features.People;
using Waypoint.Web.Features.Shared;

namespace Waypoint.Web.Features.Enforcement;

/// <summary>
/// ENF-02, BYD-02: one apparent non-compliance: verify it, wait for evidence the person promised (to the pack's
/// deadline), and record the decision and what was agreed.
/// </summary>
[Authorize(Policy = Policies.ReadPeople)]
public sealed class NonComplianceModel(PersonRecords people, NonCompliances records, Warnings warnings) : WaypointPage
{
    public Person? Person { get; private set; }

    public NonCompliance? Record { get; private set; }

    public DateOnly? DecideBy { get; private set; }

    /// <summary>The warning that answers it, if one was given.</summary>
    public FormalWarning? Warning { get; private set; }

    /// <summary>Verified, not acceptable, nothing agreed instead, no warning yet: a warning or breach action follows (EB1 P18-P19).</summary>
    public bool CanWarn => Record is { Status: NonComplianceStatus.NotAcceptable, AddressedOtherwise: not true } && Warning is null && Roles.Enforcers.Any(User.IsInRole);

    public DateOnly Today => records.Today;

    [BindProperty]
    public EvidenceRequestInput Evidence { get; set; } = new();

    [BindProperty]
    public VerificationInput Decision { get; set; } = new();

    [BindProperty]
    public string? Acceptable { get; set; }

    [BindProperty]
    public string? Otherwise { get; set; }

    [BindProperty]
    public int Version { get; set; }

    protected override IReadOnlyDictionary<string, string> FieldKeys { get; } = new Dictionary<string, string>
    {
        ["acceptable"] = nameof(Acceptable), ["addressedOtherwise"] = nameof(Otherwise),
    };

    public bool CanAct => Record is { IsOpen: true } && Roles.Enforcers.Any(User.IsInRole);

    public async Task<IActionResult> OnGetAsync(Guid id, Guid recordId, CancellationToken ct)
    {
        if (!await LoadAsync(id, recordId, "non-compliance page", ct))
        {
            return NotFound();
        }
        Version = Record!.Version;
        return Page();
    }

    public Task<IActionResult> OnPostEvidenceAsync(Guid id, Guid recordId, CancellationToken ct) =>
        StepAsync(id, recordId, "Evidence", () => Evidence.Validate(), record => records.AwaitEvidenceAsync(record, Evidence.Evidence!, Evidence.PersonAccount, records.Today, ct),
            "Waiting for evidence", ct);

    public Task<IActionResult> OnPostDecideAsync(Guid id, Guid recordId, CancellationToken ct)
    {
        Verification? verification = null;
        return StepAsync(id, recordId, "Decision", () =>
        {
            Decision.Acceptable = Acceptable switch { "yes" => true, "no" => false, _ => null };
            Decision.AddressedOtherwise = Otherwise switch { "yes" => true, "no" => false, _ => null };
            return Decision.Validate(records.Today, out verification);
        }, record => records.DecideAsync(record, verification!, User, ct), "Decision recorded", ct);
    }

    private async Task<IActionResult> StepAsync(
        Guid id, Guid recordId, string prefix, Func<Api.Validation> validate, Func<NonCompliance, Task> step, string done, CancellationToken ct)
    {
        if (!Roles.Enforcers.Any(User.IsInRole))
        {
            return Forbid();
        }
        if (!await LoadAsync(id, recordId, null, ct))
        {
            return NotFound();
        }
        ModelState.Clear();
        AddErrors(validate(), prefix);
        if (Version != Record!.Version)
        {
            ModelState.AddModelError("", "Someone changed this record after you opened it. Check it below, then try again.");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        try
        {
            await step(Record);
            TempData["Notice"] = done;
            return Redirect($"/People/{id}/Enforcement/{recordId}");
        }
        catch (BusinessRuleViolation violation)
        {
            AddError(violation, prefix);
            return Page();
        }
    }

    private async Task<bool> LoadAsync(Guid id, Guid recordId, string? viewedVia, CancellationToken ct)
    {
        Person = viewedVia is null ? await people.FindAsync(id, ct) : await people.ViewAsync(id, viewedVia, ct);
        Record = Person is null ? null : await records.FindAsync(id, recordId, ct);
        if (Record is null)
        {
            return false;
        }
        DecideBy = (await records.DeadlinesAsync(id, ct)).TryGetValue(recordId, out var d) ? d : null;
        Warning = await warnings.ForNonComplianceAsync(recordId, ct);
        return true;
    }
}
