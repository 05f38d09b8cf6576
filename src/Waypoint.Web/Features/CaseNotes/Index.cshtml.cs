using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Waypoint.Core.CaseNotes;
using Waypoint.Core.People;
using Waypoint.Core.Security;
using Waypoint.Web.Auth;
using Waypoint.Web.Features.People;
using Waypoint.Web.Features.Shared;

namespace Waypoint.Web.Features.CaseNotes;

/// <summary>CON-05: the timeline of a person's case notes, newest first, filterable by category, each with its addenda.</summary>
[Authorize(Policy = Policies.ReadPeople)]
public sealed class IndexModel(PersonRecords people, CaseNotes notes) : WaypointPage
{
    public const int PageSize = 25;

    public Person? Person { get; private set; }

    public IReadOnlyList<CaseNote> Notes { get; private set; } = [];

    public int Total { get; private set; }

    [BindProperty(SupportsGet = true)]
    public string? Category { get; set; }

    [BindProperty(SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public bool CanWrite => Roles.NoteWriters.Any(User.IsInRole);

    public string Query(int page) =>
        QueryString.Create(new Dictionary<string, string?> { ["Category"] = Category, ["PageNumber"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture) }).ToString();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        Person = await people.FindAsync(id, ct);
        if (Person is null)
        {
            return NotFound();
        }
        PageNumber = Math.Max(1, PageNumber);
        var category = Enum.TryParse<CaseNoteCategory>(Category, out var c) && Enum.IsDefined(c) ? c : (CaseNoteCategory?)null;
        (Notes, Total) = await notes.TimelineAsync(id, User, category, (PageNumber - 1) * PageSize, PageSize, ct);
        return Page();
    }
}
