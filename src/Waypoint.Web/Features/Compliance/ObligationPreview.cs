using Waypoint.Core.Compliance;
using Waypoint.Web.Data;

namespace Waypoint.Web.Features.Compliance;

/// <summary>How one obligation would change: added, moved to another due date, met, or no longer needed.</summary>
public sealed record ObligationChange(string Change, Guid PersonId, string What, DateOnly DueOn, DateOnly? WasDueOn, string Because);

/// <summary>
/// BYD-09: what a change would do to obligations, before it is saved. The change is made for real, by the same code
/// that saves it, inside a transaction that is then rolled back; the obligation upkeep notes what it rewrote. So the
/// preview cannot differ from what saving does, and nothing of it stays (not even its audit entry).
/// </summary>
public sealed class ObligationPreview(WaypointDbContext db, WorkQueue queue)
{
    public const string Added = "Added";
    public const string Moved = "Moved";
    public const string Met = "Met";
    public const string Removed = "No longer needed";

    public async Task<IReadOnlyList<ObligationChange>> OfAsync(Func<Task> change, CancellationToken ct)
    {
        var (changes, _) = await WithResultAsync(async () =>
        {
            await change();
            return true;
        }, ct);
        return changes;
    }

    /// <summary>Runs a change and rolls it back, returning what it did to obligations and what the change itself returned.</summary>
    public async Task<(IReadOnlyList<ObligationChange> Changes, T Result)> WithResultAsync<T>(Func<Task<T>> change, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var rewrites = db.ObligationRewrites = [];
        try
        {
            var result = await change();
            return (Describe(rewrites, queue.Today), result);
        }
        finally
        {
            db.ObligationRewrites = null;
            await transaction.RollbackAsync(CancellationToken.None);
            db.ChangeTracker.Clear();
        }
    }

    private static List<ObligationChange> Describe(IEnumerable<(Obligation? Before, Obligation? After)> rewrites, DateOnly today)
    {
        bool Open(Obligation? o) => o is { MetOn: null, WaivedOn: null } && (o.EndedOn is null || o.EndedOn > today);
        var changes = new List<ObligationChange>();
        foreach (var (before, after) in rewrites)
        {
            var o = (after ?? before)!;
            var change = (Open(before), Open(after)) switch
            {
                (false, true) when before is null => Added,
                (true, true) when before!.DueOn != after!.DueOn => Moved,
                (true, false) when after?.MetOn is not null => Met,
                (true, false) => Removed,
                _ => null,
            };
            if (change is not null)
            {
                changes.Add(new ObligationChange(change, o.PersonId, WorkQueue.Describe(o.Kind), o.DueOn, change == Moved ? before!.DueOn : null, o.Facts));
            }
        }
        return changes.OrderBy(c => c.DueOn).ToList();
    }
}
