using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Waypoint.Core.Common;
using Waypoint.Core.Compliance;
using Waypoint.Web.Audit;
using Waypoint.Web.Data;
using Waypoint.Web.Features.Shared;

namespace Waypoint.Web.Features.Compliance;

/// <summary>Why a waiver was refused: no such open work (404), work that cannot be waived now (409), or the approver's own (403).</summary>
public sealed record WaiverRefusal(int Status, string Detail);

/// <summary>
/// CMP-02: a team leader waives an obligation with a reason. The waiver is a fact the engine reads, so the obligation
/// is waived in the same save and stays waived through every rebuild; it is audited as a change to the person's record.
/// </summary>
public sealed class Waivers(WaypointDbContext db, AuditTrail audit, WorkQueue queue)
{
    public Task<Obligation?> FindAsync(Guid personId, string key, CancellationToken ct) =>
        db.Obligations.AsNoTracking().FirstOrDefaultAsync(o => o.PersonId == personId && o.Key == key, ct);

    /// <summary>What stops this user waiving it today, if anything.</summary>
    public WaiverRefusal? Refusal(Obligation? obligation, ClaimsPrincipal user)
    {
        if (obligation is null)
        {
            return new(StatusCodes.Status404NotFound, "This person has no such obligation.");
        }
        var today = queue.Today;
        return obligation.StatusOn(today, 0) switch
        {
            ObligationStatus.MetOnTime or ObligationStatus.MetLate => new(StatusCodes.Status409Conflict, $"It was met on {Display.Date(obligation.MetOn!.Value)}: there is nothing to waive."),
            ObligationStatus.Waived => new(StatusCodes.Status409Conflict, $"It was already waived on {Display.Date(obligation.WaivedOn!.Value)} by {obligation.WaivedBy}."),
            ObligationStatus.NoLongerApplicable => new(StatusCodes.Status409Conflict, $"It no longer applies: {obligation.EndedBecause}."),
            _ when obligation.Owner.UserId == Actor.From(user).UserId => new(StatusCodes.Status403Forbidden, "This work falls to you: another team leader must approve waiving it."),
            _ => null,
        };
    }

    /// <summary>Waives it, or says why not (null when waived).</summary>
    public async Task<WaiverRefusal?> WaiveAsync(Obligation? obligation, string reason, ClaimsPrincipal user, CancellationToken ct)
    {
        if (Refusal(obligation, user) is { } refusal)
        {
            return refusal;
        }
        var actor = Actor.From(user);
        var name = Auth.WaypointClaims.DisplayNameOf(user);
        db.ObligationWaivers.Add(new ObligationWaiver(Guid.NewGuid(), obligation!.PersonId, obligation.Key, queue.Today, actor.UserId, name, reason.Trim()));
        audit.Record("obligation.waived", "Obligation", obligation.Key, obligation.PersonId, reason: reason.Trim(),
            details: new { kind = obligation.Kind.ToString(), dueOn = obligation.DueOn, rule = obligation.RuleId });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another team leader waived it at the same moment: the unique key on the obligation refused the second.
            return new(StatusCodes.Status409Conflict, "It was waived by someone else just now.");
        }
        return null;
    }

    public static Api.Validation Validate(string? reason) => new Api.Validation().Required("reason", reason, "why this work need not be done", TextLimits.Long);
}
