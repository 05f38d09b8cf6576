using Microsoft.AspNetCore.Mvc;
using Waypoint.Core.Security;
using Waypoint.Web.Features.Shared;

namespace Waypoint.Web.Features.People;

/// <summary>PPL-07: search people by name, alias, offender number or identifier, with date of birth; paginated.</summary>
public sealed class IndexModel(PersonSearch search) : WaypointPage
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateParts Dob { get; set; } = new();

    // Not "page": Razor Pages reserves that route value for the page path.
    [BindProperty(SupportsGet = true, Name = "pageNumber")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<PersonSearchHit> Results { get; private set; } = [];

    public int Total { get; private set; }

    public int Pages => (Total + PageSize - 1) / PageSize;

    public bool Searched { get; private set; }

    public bool CanCreate { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        CanCreate = Roles.PeopleWriters.Any(User.IsInRole);
        var dob = Dob.Read("Date of birth", out var dobError);
        if (dobError is not null)
        {
            ModelState.AddModelError(nameof(Dob), dobError);
            return;
        }
        if (Q is { Length: > 200 })
        {
            ModelState.AddModelError(nameof(Q), "Search text must be 200 characters or fewer");
            return;
        }
        if (string.IsNullOrWhiteSpace(Q) && dob is null)
        {
            return;
        }
        Searched = true;
        PageNumber = Math.Clamp(PageNumber, 1, PersonSearch.MaxResults / PageSize);
        (Results, Total) = await search.FindAsync(Q, dob, (PageNumber - 1) * PageSize, PageSize, ct);
    }

    public string PageLink(int page) =>
        $"/People?q={Uri.EscapeDataString(Q ?? "")}&Dob.Day={Uri.EscapeDataString(Dob.Day ?? "")}&Dob.Month={Uri.EscapeDataString(Dob.Month ?? "")}&Dob.Year={Uri.EscapeDataString(Dob.Year ?? "")}&pageNumber={page}";
}
