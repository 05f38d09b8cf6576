namespace Waypoint.Web.Data;

/// <summary>
/// Keeps stored obligations current (CMP-03): called by every save that changes a person's orders, custody or
/// allocations, inside that save's transaction, after the change is written.
/// </summary>
public interface IObligationUpkeep
{
    Task RefreshAsync(WaypointDbContext db, IReadOnlyCollection<Guid> personIds, CancellationToken cancellationToken);

    /// <summary>Identifies the rules the engine applies (a digest of the packs): when it changes, stored obligations are re-derived.</summary>
    string RulesDigest { get; }

    /// <summary>Recomputes every person's obligations from their records, reporting how the stored ones differed.</summary>
    Task<ObligationRebuild> RebuildAsync(WaypointDbContext db, TextWriter? progress, CancellationToken cancellationToken);
}

/// <summary>What a full rebuild found (CMP-03): after any change made in a request, every count but the first two is 0.</summary>
public sealed record ObligationRebuild(int People, int Obligations, int Added, int Removed, int Changed)
{
    public int Differences => Added + Removed + Changed;
}
