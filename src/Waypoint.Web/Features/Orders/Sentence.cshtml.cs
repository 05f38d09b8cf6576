using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Waypoint.Core.Orders;
using Waypoint.Core.People;
using Waypoint.Core.Security;
using Waypoint.Web.Auth;
using Waypoint.Web.Features.People;
using Waypoint.Web.Features.Policy;

namespace Waypoint.Web.Features.Orders;

/// <summary>PPL-04 / PPL-06: a person's orders and the effective sentence derived from them.</summary>
[Microsoft.AspNetCore.Authorization.Authorize(Policy = Policies.ReadPeople)]
public sealed class SentenceModel(PersonRecords people, OrderRecords orders, PolicyPacks packs) : PageModel
{
    public Person? Person { get; private set; }

    public IReadOnlyList<Order> Orders { get; private set; } = [];

    public EffectiveSentence? Effective { get; private set; }

    public DateOnly Today => orders.Today;

    public bool CanKeep => Roles.OrderKeepers.Any(User.IsInRole);

    public string TypeName(Order o) => packs.Find(o.PolicyPack)?.OrderType(o.OrderType)?.Name ?? o.OrderType;

    /// <summary>Site names by id, for the supervising offices.</summary>
    public IReadOnlyDictionary<Guid, string> SiteNames { get; private set; } = new Dictionary<Guid, string>();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        Person = await people.ViewAsync(id, "sentence page", ct);
        if (Person is null)
        {
            return NotFound();
        }
        Orders = await orders.ForPersonAsync(id, ct);
        SiteNames = (await orders.SitesAsync(ct)).ToDictionary(s => s.Id, s => s.Name);
        Effective = EffectiveSentence.Of(Orders);
        return Page();
    }
}
