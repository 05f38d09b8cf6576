using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Waypoint.Core.Common;
using Waypoint.Core.People;
using Waypoint.Core.Staff;
using Waypoint.Web.Audit;
using Waypoint.Web.Auth;
using Waypoint.Web.Data;
using Waypoint.Web.Features.People;
using Waypoint.Web.Features.Shared;

namespace Waypoint.Web.Features.Allocation;

/// <summary>STF-02: allocate a case officer (prison) or responsible officer (community), with reason and handover note.</summary>
[Authorize(Policy = Policies.Allocate)]
public sealed class AllocateModel(PersonRecords people, Allocations allocations, Features.Staff.Workloads workloads, CoordinatorDuties duties, WaypointDbContext db) : WaypointPage
{
    public Person? Person { get; private set; }

    public IReadOnlyList<Officer> Officers { get; private set; } = [];

    /// <summary>Each officer's workload against capacity, shown beside their name (STF-04).</summary>
    public IReadOnlyDictionary<string, OfficerWorkload> Workloads { get; private set; } = new Dictionary<string, OfficerWorkload>();

    public string? SiteName { get; private set; }

    public Core.Staff.Allocation? CurrentOfficer { get; private set; }

    [BindProperty]
    public string? Kind { get; set; }

    [BindProperty]
    public string? OfficerUserId { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public string? HandoverNote { get; set; }

    [BindProperty]
    public string? OverCapacityReason { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        Person = await people.ViewAsync(id, "allocation form", ct);
        if (Person is null)
        {
            return NotFound();
        }
        await LoadAsync(id, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        Person = await people.FindAsync(id, ct);
        if (Person is null)
        {
            return NotFound();
        }
        await LoadAsync(id, ct);
        ModelState.Clear();
        var input = new AllocationInput { Kind = Kind, OfficerUserId = OfficerUserId, Reason = Reason, HandoverNote = HandoverNote, OverCapacityReason = OverCapacityReason };
        var (kind, v) = input.Validate();
        var officer = Officers.FirstOrDefault(o => o.UserId == OfficerUserId);
        if (!string.IsNullOrEmpty(OfficerUserId) && officer is null)
        {
            v.Add("officerUserId", "Choose an officer from the list");
        }
        AddErrors(v, "");
        if (await duties.RefusalAsync(User, id, ct) is { } refusal)
        {
            ModelState.AddModelError("", refusal);
            Response.StatusCode = StatusCodes.Status403Forbidden;
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        try
        {
            var record = await allocations.ForPersonAsync(id, ct);
            await allocations.AllocateAsync(record, kind!.Value, officer!, allocations.Today, Reason!, HandoverNote, Actor.From(User).UserName, OverCapacityReason, ct);
        }
        catch (BusinessRuleViolation violation)
        {
            AddError(violation, "");
            return Page();
        }
        TempData["Notice"] = $"{officer!.Name} allocated to {Person.FullName}";
        return kind == AllocationKind.CaseOfficer ? Redirect("/Allocation/Awaiting") : Redirect($"/People/{id}");
    }

    private async Task LoadAsync(Guid personId, CancellationToken ct)
    {
        var current = await db.CustodyRecords.AsNoTracking().Where(c => c.PersonId == personId)
            .SelectMany(c => c.Placements.Where(p => p.To == null)).Select(p => new { p.SiteId, p.SiteName }).FirstOrDefaultAsync(ct);
        // In the community, the officers of the office supervising the person's order.
        current ??= await db.Orders.AsNoTracking().Where(o => o.PersonId == personId && o.Status == Core.Orders.OrderStatus.Active && o.SupervisingSiteId != null)
            .Join(db.Sites, o => o.SupervisingSiteId, s => s.Id, (o, s) => new { SiteId = s.Id, SiteName = s.Name }).FirstOrDefaultAsync(ct);
        Kind ??= current is null || await db.Sites.AnyAsync(s => s.Id == current.SiteId && s.Kind == SiteKind.CommunityOffice, ct)
            ? nameof(AllocationKind.ResponsibleOfficer) : nameof(AllocationKind.CaseOfficer);
        SiteName = current?.SiteName;
        Officers = await allocations.OfficersAsync(current?.SiteId, ct);
        Workloads = await workloads.ForOfficersAsync(Officers.Select(o => o.UserId).ToList(), ct);
        var record = await db.CaseAllocations.AsNoTracking().SingleOrDefaultAsync(c => c.PersonId == personId, ct);
        CurrentOfficer = record?.Current(Enum.TryParse<AllocationKind>(Kind, out var k) ? k : AllocationKind.CaseOfficer);
    }
}
