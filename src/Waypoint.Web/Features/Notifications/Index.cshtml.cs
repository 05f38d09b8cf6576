using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Waypoint.Core.Notifications;

namespace Waypoint.Web.Features.Notifications;

/// <summary>NTF-01: the signed-in user's notifications; opening one marks it read and goes to its record.</summary>
public sealed class IndexModel(Notifications notifications) : PageModel
{
    public const int PageSize = 25;

    public IReadOnlyList<Notification> Items { get; private set; } = [];

    public int Total { get; private set; }

    [BindProperty(SupportsGet = true)]
    public bool All { get; set; }

    [BindProperty(SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public async Task OnGetAsync(CancellationToken ct)
    {
        PageNumber = Math.Max(1, PageNumber);
        (Items, Total) = await notifications.ForAsync(User, !All, (PageNumber - 1) * PageSize, PageSize, ct);
    }

    public async Task<IActionResult> OnPostOpenAsync(Guid notificationId, CancellationToken ct) =>
        await notifications.ReadAsync(User, notificationId, ct) is { } read && read.Link.StartsWith('/') ? LocalRedirect(read.Link) : NotFound();

    public async Task<IActionResult> OnPostReadAllAsync(CancellationToken ct)
    {
        await notifications.ReadAllAsync(User, ct);
        return Redirect("/Notifications");
    }
}
