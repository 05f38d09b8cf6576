using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Waypoint.Core.Contacts;
using Waypoint.Core.People;
using Waypoint.Core.Security;
using Waypoint.Web.Auth;
using Waypoint.Web.Features.People;
using Waypoint.Web.Features.Shared;

namespace Waypoint.Web.Features.Contacts;

/// <summary>CON-01, CON-02: a person's appointments and contacts, newest first, with where their induction stands.</summary>
[Authorize(Policy = Policies.ReadPeople)]
public sealed class IndexModel(PersonRecords people, Contacts contacts, Inductions inductions) : WaypointPage
{
    public const int PageSize = 25;

    public Person? Person { get; private set; }

    public IReadOnlyList<Contact> All { get; private set; } = [];

    public int Total { get; private set; }

    public IReadOnlyList<Induction> InductionSessions { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public bool CanKeep => Roles.ContactKeepers.Any(User.IsInRole);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        Person = await people.ViewAsync(id, "contacts page", ct);
        if (Person is null)
        {
            return NotFound();
        }
        PageNumber = Math.Max(1, PageNumber);
        (All, Total) = await contacts.ForPersonAsync(id, (PageNumber - 1) * PageSize, PageSize, ct);
        InductionSessions = await inductions.ForPersonAsync(id, ct);
        return Page();
    }
}
