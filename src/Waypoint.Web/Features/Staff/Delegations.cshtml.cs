using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Waypoint.Core.Security;

namespace Waypoint.Web.Features.Staff;

/// <summary>REC-01: the delegation register, current entries first, with who authorised each.</summary>
public sealed class DelegationsModel(DelegationRegister register) : PageModel
{
    public const int PageSize = 50;

    public IReadOnlyList<DelegationResponse> Entries { get; private set; } = [];

    public int Total { get; private set; }

    [BindProperty(SupportsGet = true)]
    public bool All { get; set; }

    [BindProperty(SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public bool MayRecord => Roles.Delegators.Any(User.IsInRole);

    public async Task OnGetAsync(CancellationToken ct)
    {
        PageNumber = Math.Max(1, PageNumber);
        (Entries, Total) = await register.ListAsync(null, !All, (PageNumber - 1) * PageSize, PageSize, ct);
    }
}
