using Microsoft.AspNetCore.Mvc.RazorPages;
using Waypoint.Core.Policy;

namespace Waypoint.Web.Features.Policy;

/// <summary>CMP-01 / CMP-06: what the packs say, with their sources and change log, for anyone signed in.</summary>
public sealed class PacksModel(PolicyPacks packs) : PageModel
{
    public IReadOnlyList<PolicyPack> Packs => packs.All;

    public void OnGet()
    {
    }
}
