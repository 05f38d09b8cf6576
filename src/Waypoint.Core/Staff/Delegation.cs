using Waypoint.Core.Common;

namespace Waypoint.Core.Staff;

/// <summary>
/// REC-01: an entry in the delegation register: who authorised whom to do which duties at which site, from when and
/// until when, under what instrument; revoked rather than deleted, so the register shows who could act when.
/// </summary>
public sealed class Delegation
{
    private Delegation()
    {
    }

    public Guid Id { get; private set; }

    public Guid SiteId { get; private set; }

    public DelegatedDuty Duty { get; private set; }

    public string DelegateUserId { get; private set; } = "";

    /// <summary>Names as they were when recorded, kept as the register's own words.</summary>
    public string DelegateName { get; private set; } = "";

    public string AuthorisedByUserId { get; private set; } = "";

    public string AuthorisedByName { get; private set; } = "";

    public DateOnly From { get; private set; }

    public DateOnly? To { get; private set; }

    /// <summary>The written authority relied on, such as an instrument of delegation or a superintendent's instruction.</summary>
    public string Instrument { get; private set; } = "";

    public DateOnly? RevokedOn { get; private set; }

    public string? RevokedBy { get; private set; }

    public string? RevocationReason { get; private set; }

    public int Version { get; private set; }

    public static Delegation Record(Guid siteId, DelegatedDuty duty, string delegateUserId, string delegateName, string authorisedByUserId, string authorisedByName,
        DateOnly from, DateOnly? to, string instrument)
    {
        BusinessRuleViolation.ThrowIfBroken(new DelegationMustEndOnOrAfterItStartsRule(from, to));
        BusinessRuleViolation.ThrowIfBroken(new NobodyDelegatesToThemselvesRule(delegateUserId, authorisedByUserId));
        return new Delegation
        {
            Id = Guid.NewGuid(), SiteId = siteId, Duty = duty, DelegateUserId = delegateUserId, DelegateName = delegateName,
            AuthorisedByUserId = authorisedByUserId, AuthorisedByName = authorisedByName, From = from, To = to, Instrument = instrument, Version = 1,
        };
    }

    public bool IsActiveOn(DateOnly date) => From <= date && (To is null || To >= date) && (RevokedOn is null || RevokedOn > date);

    public void Revoke(DateOnly on, string by, string reason)
    {
        BusinessRuleViolation.ThrowIfBroken(new DelegationIsRevokedOnceRule(RevokedOn));
        RevokedOn = on < From ? From : on;
        RevokedBy = by;
        RevocationReason = reason;
        Version++;
    }
}

/// <summary>The duties the register delegates. Coordinator duties: allocating case officers and responsible officers.</summary>
public enum DelegatedDuty
{
    CoordinatorDuties,
}

public sealed class DelegationMustEndOnOrAfterItStartsRule(DateOnly from, DateOnly? to) : IBusinessRule
{
    public bool IsBroken() => to < from;

    public string Message => "The delegation must end on or after the day it starts";

    public string? Field => "To";
}

public sealed class NobodyDelegatesToThemselvesRule(string delegateUserId, string authorisedByUserId) : IBusinessRule
{
    public bool IsBroken() => delegateUserId == authorisedByUserId;

    public string Message => "Nobody can authorise a delegation to themselves";

    public string? Field => "DelegateUserId";
}

public sealed class DelegationIsRevokedOnceRule(DateOnly? revokedOn) : IBusinessRule
{
    public bool IsBroken() => revokedOn is not null;

    public string Message => $"This delegation was already revoked on {revokedOn:d MMMM yyyy}";

    public string? Field => null;
}
