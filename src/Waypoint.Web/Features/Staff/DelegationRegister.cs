using Microsoft.EntityFrameworkCore;
using Waypoint.Core.Common;
using Waypoint.Core.Staff;
using Waypoint.Web.Audit;
using Waypoint.Web.Data;

namespace Waypoint.Web.Features.Staff;

public sealed record DelegationResponse(
    Guid Id, Guid SiteId, string SiteName, string Duty, string DelegateUserId, string DelegateName, string AuthorisedByName,
    DateOnly From, DateOnly? To, string Instrument, DateOnly? RevokedOn, string? RevokedBy, string? RevocationReason, bool Active, int Version);

/// <summary>
/// REC-01: the delegation register (who authorised whom, for what, where and when) and which role does coordinator
/// duties at each site. Every entry and change is audited; entries are revoked, never deleted.
/// </summary>
public sealed class DelegationRegister(WaypointDbContext db, AuditTrail audit, TimeProvider clock)
{
    public const string DelegationRecord = "Delegation";

    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public async Task<(IReadOnlyList<DelegationResponse> Page, int Total)> ListAsync(Guid? siteId, bool currentOnly, int skip, int take, CancellationToken ct)
    {
        var today = Today;
        var entries = db.Delegations.AsNoTracking().AsQueryable();
        if (siteId is { } site)
        {
            entries = entries.Where(d => d.SiteId == site);
        }
        if (currentOnly)
        {
            entries = entries.Where(d => d.From <= today && (d.To == null || d.To >= today) && (d.RevokedOn == null || d.RevokedOn > today));
        }
        var total = await entries.CountAsync(ct);
        var page = await entries.OrderByDescending(d => d.From).ThenBy(d => d.DelegateName).ThenBy(d => d.Id).Skip(skip).Take(take)
            .Join(db.Sites, d => d.SiteId, s => s.Id, (d, s) => new { Delegation = d, Site = s.Name })
            .ToListAsync(ct);
        return (page.Select(p => Response(p.Delegation, p.Site, today)).ToList(), total);
    }

    public async Task<DelegationResponse?> FindAsync(Guid id, CancellationToken ct)
    {
        var entry = await db.Delegations.AsNoTracking().Where(d => d.Id == id)
            .Join(db.Sites, d => d.SiteId, s => s.Id, (d, s) => new { Delegation = d, Site = s.Name }).SingleOrDefaultAsync(ct);
        return entry is null ? null : Response(entry.Delegation, entry.Site, Today);
    }

    /// <summary>Staff in teams, who can be given duties, by name.</summary>
    public async Task<IReadOnlyList<(string UserId, string Name)>> StaffAsync(CancellationToken ct) =>
        (await db.Users.AsNoTracking().Where(u => u.TeamId != null).OrderBy(u => u.DisplayName).Select(u => new { u.Id, u.DisplayName }).ToListAsync(ct))
            .Select(u => (u.Id, u.DisplayName)).ToList();

    public async Task<Delegation> RecordAsync(Site site, DelegatedDuty duty, string delegateUserId, Actor authorisedBy, string authorisedByName, DateOnly from, DateOnly? to, string instrument, CancellationToken ct)
    {
        var delegateName = await db.Users.Where(u => u.Id == delegateUserId).Select(u => u.DisplayName).SingleAsync(ct);
        var entry = Delegation.Record(site.Id, duty, delegateUserId, delegateName, authorisedBy.UserId, authorisedByName, from, to, instrument.Trim());
        db.Delegations.Add(entry);
        audit.Record("delegation.recorded", DelegationRecord, entry.Id.ToString(), null,
            details: new { site = site.Code, duty = duty.ToString(), to = delegateName, from, until = to }, reason: entry.Instrument);
        await db.SaveChangesAsync(ct);
        return entry;
    }

    public Task<Delegation?> ForChangeAsync(Guid id, CancellationToken ct) => db.Delegations.SingleOrDefaultAsync(d => d.Id == id, ct);

    public async Task RevokeAsync(Delegation entry, string by, string reason, CancellationToken ct)
    {
        entry.Revoke(Today, by, reason.Trim());
        audit.Record("delegation.revoked", DelegationRecord, entry.Id.ToString(), null, details: new { on = entry.RevokedOn }, reason: entry.RevocationReason);
        await db.SaveChangesAsync(ct);
    }

    public Task<Site?> SiteAsync(Guid siteId, CancellationToken ct) => db.Sites.SingleOrDefaultAsync(s => s.Id == siteId, ct);

    public async Task AssignCoordinatorDutiesAsync(Site site, string role, CancellationToken ct)
    {
        var change = site.AssignCoordinatorDuties(role);
        audit.Record("site.coordinator-duties", "Site", site.Id.ToString(), null, [change]);
        await db.SaveChangesAsync(ct);
    }

    private static DelegationResponse Response(Delegation d, string site, DateOnly today) => new(
        d.Id, d.SiteId, site, d.Duty.ToString(), d.DelegateUserId, d.DelegateName, d.AuthorisedByName, d.From, d.To, d.Instrument,
        d.RevokedOn, d.RevokedBy, d.RevocationReason, d.IsActiveOn(today), d.Version);
}

/// <summary>A delegation to record (REC-01). The authoriser is whoever records it.</summary>
public sealed class DelegationInput
{
    public Guid? SiteId { get; set; }

    public string? Duty { get; set; }

    public string? DelegateUserId { get; set; }

    public DateOnly? From { get; set; }

    public DateOnly? To { get; set; }

    public string? Instrument { get; set; }

    public (DelegatedDuty? Duty, Api.Validation Validation) Validate(IReadOnlyList<(string UserId, string Name)> staff)
    {
        var v = new Api.Validation()
            .Required("instrument", Instrument, "the instrument or instruction relied on", TextLimits.Long)
            .Required("delegateUserId", DelegateUserId, "the member of staff given the duties", TextLimits.Short);
        var duty = v.Code<DelegatedDuty>("duty", Duty ?? nameof(DelegatedDuty.CoordinatorDuties), "the duties delegated");
        if (SiteId is null)
        {
            v.Add("siteId", "Choose the site where the duties are done");
        }
        if (From is null)
        {
            v.Add("from", "Enter the date the delegation starts");
        }
        if (!string.IsNullOrWhiteSpace(DelegateUserId) && staff.All(s => s.UserId != DelegateUserId))
        {
            v.Add("delegateUserId", "Choose a member of staff who works in a team");
        }
        return (duty, v);
    }
}

public sealed class RevocationInput
{
    public string? Reason { get; set; }
}

public sealed class CoordinatorDutiesInput
{
    public string? Role { get; set; }
}
