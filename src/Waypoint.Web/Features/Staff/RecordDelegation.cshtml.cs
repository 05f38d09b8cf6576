using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Waypoint.Core.Common;
using Waypoint.Web.Audit;
using Waypoint.Web.Auth;
using Waypoint.Web.Features.Shared;

namespace Waypoint.Web.Features.Staff;

/// <summary>REC-01: record that the signed-in authoriser gives a member of staff coordinator duties at a site.</summary>
[Authorize(Policy = Policies.Delegate)]
public sealed class RecordDelegationModel(DelegationRegister register, SiteDirectory sites) : WaypointPage
{
    public IReadOnlyList<SiteSummary> Sites { get; private set; } = [];

    public IReadOnlyList<(string UserId, string Name)> Staff { get; private set; } = [];

    [BindProperty]
    public DelegationInput Input { get; set; } = new();

    [BindProperty]
    public DateParts From { get; set; } = new();

    [BindProperty]
    public DateParts To { get; set; } = new();

    protected override IReadOnlyDictionary<string, string> FieldKeys { get; } = new Dictionary<string, string> { ["from"] = nameof(From), ["to"] = nameof(To) };

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        ModelState.Clear();
        Input.From = From.Read("The start date", out var fromError);
        Input.To = To.Read("The end date", out var toError);
        var (duty, v) = Input.Validate(Staff);
        v.Replace("from", fromError).Replace("to", toError);
        var site = Input.SiteId is { } siteId ? await register.SiteAsync(siteId, ct) : null;
        AddErrors(v);
        if (!ModelState.IsValid || site is null)
        {
            return Page();
        }
        try
        {
            await register.RecordAsync(site, duty!.Value, Input.DelegateUserId!, Actor.From(User), WaypointClaims.DisplayNameOf(User), Input.From!.Value, Input.To, Input.Instrument!, ct);
        }
        catch (BusinessRuleViolation violation)
        {
            AddError(violation);
            return Page();
        }
        TempData["Notice"] = "Delegation recorded";
        return Redirect("/Staff/Delegations");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Sites = await sites.ListAsync(ct);
        Staff = await register.StaffAsync(ct);
    }
}
