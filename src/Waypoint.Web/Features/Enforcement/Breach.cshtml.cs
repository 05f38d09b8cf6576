using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Waypoint.Core.Common;
using Waypoint.Core.Enforcement;
using Waypoint.Core.People;
using Waypoint.Core.Security;
using Waypoint.Web.Auth;
using Waypoint.Web.Features.Contacts;
using Waypoint.Web.Features.People;
using Waypoint.Web.Features.Shared;

namespace Waypoint.Web.Features.Enforcement;

/// <summary>
/// ENF-04: one referral and its path: the officer edits the grounds and submits; a team leader (not its author)
/// returns or approves; the officer records it sent, the hearing and the decision, or withdraws it.
/// </summary>
[Authorize(Policy = Policies.ReadPeople)]
public sealed class BreachModel(PersonRecords people, Breaches breaches) : WaypointPage
{
    public Person? Person { get; private set; }

    public BreachReferral? Referral { get; private set; }

    [BindProperty]
    public string? Grounds { get; set; }

    [BindProperty]
    public string? Comments { get; set; }

    [BindProperty]
    public DateParts HearingOn { get; set; } = new();

    [BindProperty]
    public string? Place { get; set; }

    [BindProperty]
    public string? Outcome { get; set; }

    [BindProperty]
    public string? Notes { get; set; }

    [BindProperty]
    public DateParts NewExpiry { get; set; } = new();

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public int Version { get; set; }

    public bool IsEnforcer => Roles.Enforcers.Any(User.IsInRole);

    public bool IsApprover => Roles.BreachApprovers.Any(User.IsInRole);

    public static IEnumerable<(string Code, string Label)> Outcomes => BreachNames.Outcomes.Select(o => (o.Key.ToString(), o.Value));

    public async Task<IActionResult> OnGetAsync(Guid id, Guid referralId, CancellationToken ct)
    {
        if (!await LoadAsync(id, referralId, "breach referral page", ct))
        {
            return NotFound();
        }
        Version = Referral!.Version;
        Grounds = Referral.Grounds;
        return Page();
    }

    public Task<IActionResult> OnPostSaveAsync(Guid id, Guid referralId, CancellationToken ct) =>
        StepAsync(id, referralId, Roles.Enforcers, r => breaches.WriteAsync(r, Grounds ?? "", ct), "Grounds saved", ct);

    public Task<IActionResult> OnPostSubmitAsync(Guid id, Guid referralId, CancellationToken ct) =>
        StepAsync(id, referralId, Roles.Enforcers, async r =>
        {
            if (Grounds != r.Grounds)
            {
                r.Write(Grounds ?? "");
            }
            await breaches.SubmitAsync(r, User, ct);
        }, "Submitted to your team leader for approval", ct);

    public Task<IActionResult> OnPostReturnAsync(Guid id, Guid referralId, CancellationToken ct) =>
        StepAsync(id, referralId, Roles.BreachApprovers, r => breaches.ReturnAsync(r, Comments ?? "", User, ct), "Returned to the officer", ct);

    public Task<IActionResult> OnPostApproveAsync(Guid id, Guid referralId, CancellationToken ct) =>
        StepAsync(id, referralId, Roles.BreachApprovers, r => breaches.ApproveAsync(r, User, ct), "Approved: the officer can now send it", ct);

    public Task<IActionResult> OnPostSentAsync(Guid id, Guid referralId, CancellationToken ct) =>
        StepAsync(id, referralId, Roles.Enforcers, r => breaches.SendAsync(r, breaches.Today, User, ct), "Recorded as sent", ct);

    public Task<IActionResult> OnPostHearingAsync(Guid id, Guid referralId, CancellationToken ct) =>
        StepAsync(id, referralId, Roles.Enforcers, r =>
        {
            if (HearingOn.Read("The day of the hearing", out var error) is not { } on)
            {
                throw new BusinessRuleViolation(new MustHoldRule(false, error ?? "Enter the day of the hearing", "hearingOn"));
            }
            return breaches.ListHearingAsync(r, on, Place, User, ct);
        }, "Hearing recorded", ct);

    public Task<IActionResult> OnPostOutcomeAsync(Guid id, Guid referralId, CancellationToken ct) =>
        StepAsync(id, referralId, Roles.Enforcers, r =>
        {
            if (!Enum.TryParse<BreachOutcome>(Outcome, out var outcome) || !Enum.IsDefined(outcome))
            {
                throw new BusinessRuleViolation(new MustHoldRule(false, "Select what was decided", "outcome"));
            }
            var expiry = NewExpiry.Read("The new expiry", out var error);
            BusinessRuleViolation.ThrowIfBroken(new MustHoldRule(error is null, error ?? "", "newExpiry"));
            return breaches.DecideAsync(r, outcome, breaches.Today, Notes, expiry, User, ct);
        }, "Decision recorded", ct);

    public Task<IActionResult> OnPostWithdrawAsync(Guid id, Guid referralId, CancellationToken ct) =>
        StepAsync(id, referralId, Roles.Enforcers, r => breaches.WithdrawAsync(r, Reason ?? "", User, ct), "Referral withdrawn", ct);

    private async Task<IActionResult> StepAsync(Guid id, Guid referralId, string[] roles, Func<BreachReferral, Task> step, string done, CancellationToken ct)
    {
        if (!roles.Any(User.IsInRole))
        {
            return Forbid();
        }
        if (!await LoadAsync(id, referralId, null, ct))
        {
            return NotFound();
        }
        ModelState.Clear();
        if (Version != Referral!.Version)
        {
            ModelState.AddModelError("", "Someone changed this referral after you opened it. Check it below, then try again.");
            return Page();
        }
        try
        {
            await step(Referral);
            TempData["Notice"] = done;
            return Redirect($"/People/{id}/Enforcement/Breach/{referralId}");
        }
        catch (BusinessRuleViolation violation)
        {
            var field = violation.Rule.Field is { } f ? char.ToUpperInvariant(f[0]) + f[1..] : "";
            ModelState.AddModelError(field is "HearingOn" or "Grounds" or "Comments" or "Outcome" or "Notes" or "NewExpiry" or "Reason" ? field : "", violation.Message);
            return Page();
        }
    }

    private async Task<bool> LoadAsync(Guid id, Guid referralId, string? viewedVia, CancellationToken ct)
    {
        Person = viewedVia is null ? await people.FindAsync(id, ct) : await people.ViewAsync(id, viewedVia, ct);
        Referral = Person is null ? null : await breaches.FindAsync(id, referralId, ct);
        return Referral is not null;
    }
}
