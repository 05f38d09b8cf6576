using Waypoint.Core.Common;

namespace Waypoint.Core.Custody;

/// <summary>PPL-05: custody is recorded as it happens, not in advance.</summary>
public sealed class PlacementMustNotStartInTheFutureRule(DateOnly from, DateOnly today) : IBusinessRule
{
    public bool IsBroken() => from > today;

    public string Message => "The date cannot be in the future";

    public string? Field => "From";
}

/// <summary>PPL-05: a move starts on or after the day the current placement started.</summary>
public sealed class PlacementMustFollowTheCurrentOneRule(Placement? current, DateOnly from) : IBusinessRule
{
    public bool IsBroken() => current is not null && from < current.From;

    public string Message => $"The date must be on or after the current placement began";

    public string? Field => "From";
}

/// <summary>PPL-05: a transfer between prisons records why.</summary>
public sealed class TransferNeedsAReasonRule(Placement? current, Guid siteId, string? reason) : IBusinessRule
{
    public bool IsBroken() => current is not null && current.SiteId != siteId && string.IsNullOrWhiteSpace(reason);

    public string Message => "Give the reason for the transfer";

    public string? Field => "Reason";
}

/// <summary>PPL-05: only someone in custody can be released.</summary>
public sealed class ReleaseNeedsACurrentPlacementRule(Placement? current) : IBusinessRule
{
    public bool IsBroken() => current is null;

    public string Message => "This person is not in custody";
}
