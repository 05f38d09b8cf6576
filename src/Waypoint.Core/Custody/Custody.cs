using Waypoint.Core.Common;

namespace Waypoint.Core.Custody;

/// <summary>
/// A person's time in prison (PPL-05): placements at prisons and units with dates, which placement is the permanent
/// one, transfers with their reason, security classification history, and release. One record per person.
/// </summary>
public sealed class CustodyRecord
{
    private readonly List<Placement> placements = [];
    private readonly List<SecurityClassification> classifications = [];

    private CustodyRecord()
    {
    }

    public Guid PersonId { get; private set; }

    public int Version { get; private set; }

    public IReadOnlyList<Placement> Placements => placements;

    public IReadOnlyList<SecurityClassification> Classifications => classifications;

    public static CustodyRecord For(Guid personId) => new() { PersonId = personId, Version = 1 };

    /// <summary>The placement open on a date, if the person is in custody then.</summary>
    public Placement? PlacementOn(DateOnly date) => placements.LastOrDefault(p => p.From <= date && (p.To is null || p.To > date));

    public Placement? Current => placements.LastOrDefault(p => p.To is null);

    /// <summary>The permanent placement the person arrived at most recently: the allocation clock starts from it (STF-02).</summary>
    public Placement? LatestPermanent => placements.LastOrDefault(p => p.Permanent);

    public SecurityClassification? ClassificationOn(DateOnly date) => classifications.Where(c => c.From <= date).MaxBy(c => c.From);

    /// <summary>
    /// Received into custody or moved: a new placement from a date, closing the current one the same day. A move to a
    /// different prison is a transfer and needs a reason; a temporary move (court, hospital) is not permanent.
    /// </summary>
    public Placement Place(Guid siteId, string siteName, string? unit, DateOnly from, bool permanent, string? reason, DateOnly today)
    {
        var current = Current;
        BusinessRuleViolation.ThrowIfBroken(new PlacementMustNotStartInTheFutureRule(from, today));
        BusinessRuleViolation.ThrowIfBroken(new PlacementMustFollowTheCurrentOneRule(current, from));
        BusinessRuleViolation.ThrowIfBroken(new TransferNeedsAReasonRule(current, siteId, reason));
        current?.Close(from, null);
        var placement = new Placement(siteId, siteName, unit, from, permanent, reason);
        placements.Add(placement);
        Version++;
        return placement;
    }

    /// <summary>Released from custody on a date: the current placement closes with the release reason.</summary>
    public Placement Release(DateOnly on, string reason, DateOnly today)
    {
        var current = Current;
        BusinessRuleViolation.ThrowIfBroken(new ReleaseNeedsACurrentPlacementRule(current));
        BusinessRuleViolation.ThrowIfBroken(new PlacementMustFollowTheCurrentOneRule(current, on));
        BusinessRuleViolation.ThrowIfBroken(new PlacementMustNotStartInTheFutureRule(on, today));
        current!.Close(on, reason);
        Version++;
        return current;
    }

    public SecurityClassification Classify(string level, DateOnly from, string reason, string decidedBy, DateOnly today)
    {
        BusinessRuleViolation.ThrowIfBroken(new PlacementMustNotStartInTheFutureRule(from, today));
        var classification = new SecurityClassification(level, from, reason, decidedBy);
        classifications.Add(classification);
        Version++;
        return classification;
    }
}

/// <summary>A stay at one prison (and unit) between two dates (PPL-05).</summary>
public sealed class Placement
{
    private Placement()
    {
    }

    internal Placement(Guid siteId, string siteName, string? unit, DateOnly from, bool permanent, string? reason)
    {
        Id = Guid.NewGuid();
        SiteId = siteId;
        SiteName = siteName;
        Unit = unit;
        From = from;
        Permanent = permanent;
        Reason = reason;
    }

    public Guid Id { get; private set; }

    public Guid SiteId { get; private set; }

    /// <summary>The prison's name when the person was placed there, kept as it was.</summary>
    public string SiteName { get; private set; } = "";

    public string? Unit { get; private set; }

    public DateOnly From { get; private set; }

    public DateOnly? To { get; private set; }

    public bool Permanent { get; private set; }

    /// <summary>Why the person moved here (a transfer's reason).</summary>
    public string? Reason { get; private set; }

    /// <summary>Set when this placement ended with release from custody.</summary>
    public string? ReleaseReason { get; private set; }

    internal void Close(DateOnly on, string? releaseReason)
    {
        To = on;
        ReleaseReason = releaseReason;
    }
}

/// <summary>A security classification decision from a date (PPL-05). The level names come from the prison's rules.</summary>
public sealed class SecurityClassification
{
    private SecurityClassification()
    {
    }

    internal SecurityClassification(string level, DateOnly from, string reason, string decidedBy)
    {
        Id = Guid.NewGuid();
        Level = level;
        From = from;
        Reason = reason;
        DecidedBy = decidedBy;
    }

    public Guid Id { get; private set; }

    public string Level { get; private set; } = "";

    public DateOnly From { get; private set; }

    public string Reason { get; private set; } = "";

    public string DecidedBy { get; private set; } = "";
}
