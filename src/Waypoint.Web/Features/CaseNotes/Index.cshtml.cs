using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Waypoint.Core.CaseNotes;
using Waypoint.Core.People;
using Waypoint.Core.Security;
using Waypoint.Web.Auth;
using Waypoint.Web.Features.People;
using Waypoint.Web.Features.Shared;

namespace Waypoint.Web.Features.CaseNotes;

/// <summary>
/// CON-05: the person's timeline, newest first: case notes with their addenda, and among them contacts, formal warnings
/// and breach referral steps; filtered by what to show, or by a note category.
/// </summary>
[Authorize(Policy = Policies.ReadPeople)]
public sealed class IndexModel(PersonRecords people, Timeline timeline) : WaypointPage
{
    public const int PageSize = 25;

    public Person? Person { get; private set; }

    public static readonly IReadOnlyList<(string Code, string Label)> Shows =
    [
        (nameof(TimelineShow.Everything), "Everything"), (nameof(TimelineShow.Notes), "Case notes"), (nameof(TimelineShow.Contacts), "Contacts"),
        (nameof(TimelineShow.Warnings), "Formal warnings"), (nameof(TimelineShow.BreachAction), "Breach action"),
    ];

    public IReadOnlyList<TimelineEntry> Entries { get; private set; } = [];

    public int Total { get; private set; }

    [BindProperty(SupportsGet = true)]
    public string? Show { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Category { get; set; }

    [BindProperty(SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public bool CanWrite => Roles.NoteWriters.Any(User.IsInRole);

    public string Query(int page) =>
        QueryString.Create(new Dictionary<string, string?> { ["Show"] = Show, ["Category"] = Category, ["PageNumber"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture) }).ToString();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        Person = await people.FindAsync(id, ct);
        if (Person is null)
        {
            return NotFound();
        }
        PageNumber = Math.Max(1, PageNumber);
        var category = Enum.TryParse<CaseNoteCategory>(Category, out var c) && Enum.IsDefined(c) ? c : (CaseNoteCategory?)null;
        var show = Enum.TryParse<TimelineShow>(Show, out var s) && Enum.IsDefined(s) ? s : TimelineShow.Everything;
        (Entries, Total) = await timeline.ReadAsync(id, User, show, category, (PageNumber - 1) * PageSize, PageSize, ct);
        return Page();
    }
}
