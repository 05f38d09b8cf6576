using Waypoint.Core.Custody;
using Waypoint.Core.Orders;
using Waypoint.Core.Policy;
using Waypoint.Core.Staff;

namespace Waypoint.Core.Compliance;

/// <summary>
/// Everything the engine reads about one person (DESIGN: facts + pack + date → obligations): their orders, custody and
/// allocations, and the sites they touch with each site's pack. Plans, reports, contacts and assessments join this
/// record as their modules arrive; each then satisfies its obligation kind.
/// </summary>
public sealed record PersonFacts(
    Guid PersonId,
    IReadOnlyList<Order> Orders,
    CustodyRecord? Custody,
    CaseAllocation? Allocation,
    IReadOnlyDictionary<Guid, SiteRules> Sites);

/// <summary>A site as the rules see it: its code (for site overrides, CMP-07) and its pack.</summary>
public sealed record SiteRules(Guid Id, string Code, PolicyPack? Pack);
