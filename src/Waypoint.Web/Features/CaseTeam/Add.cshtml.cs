using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Waypoint.Core.Common;
using Waypoint.Core.People;
using Waypoint.Web.Auth;
using Waypoint.Web.Features.People;
using Waypoint.Web.Features.Shared;

namespace Waypoint.Web.Features.CaseTeam;

/// <summary>STF-06: add a colleague, or someone outside the service, to a person's case team.</summary>
[Authorize(Policy = Policies.WritePeople)]
public sealed class AddModel(PersonRecords people, CaseTeams teams) : WaypointPage
{
    public Person? Person { get; private set; }

    public IReadOnlyList<Colleague> Colleagues { get; private set; } = [];

    [BindProperty]
    public CaseTeamMemberInput Input { get; set; } = new();

    [BindProperty]
    public DateParts From { get; set; } = new();

    protected override IReadOnlyDictionary<string, string> FieldKeys { get; } = new Dictionary<string, string> { ["from"] = nameof(From) };

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        Person = await people.ViewAsync(id, "case team form", ct);
        Colleagues = await teams.ColleaguesAsync(ct);
        return Person is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        Person = await people.FindAsync(id, ct);
        if (Person is null)
        {
            return NotFound();
        }
        Colleagues = await teams.ColleaguesAsync(ct);
        ModelState.Clear();
        Input.From = From.Read("The date they joined", out var dateError);
        AddErrors(Input.Validate(Colleagues, out var colleague).Replace("from", dateError));
        if (!ModelState.IsValid)
        {
            return Page();
        }
        try
        {
            var member = await teams.AddAsync(await teams.ForPersonAsync(id, ct), colleague, Input, Input.From ?? teams.Today, ct);
            TempData["Notice"] = $"{member.Name} added to the case team";
            return Redirect($"/People/{id}/CaseTeam");
        }
        catch (BusinessRuleViolation violation)
        {
            AddError(violation);
            return Page();
        }
    }
}
