using System.Security.Claims;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Waypoint.Core.Common;
using Waypoint.Core.Compliance;
using Waypoint.Core.Enforcement;
using Waypoint.Core.Notifications;
using Waypoint.Core.Orders;
using Waypoint.Core.Plans;
using Waypoint.Web.Audit;
using Waypoint.Web.Auth;
using Waypoint.Web.Data;
using Waypoint.Web.Features.Policy;
using Waypoint.Web.Features.Shared;

namespace Waypoint.Web.Features.Enforcement;

/// <summary>A referral awaiting a team leader, with the person it is about.</summary>
public sealed record BreachQueueItem(Guid ReferralId, Guid PersonId, string OffenderNumber, string PersonName, string AuthorName, string Authority, DateOnly StartedOn);

/// <summary>
/// ENF-04 (C23.2 6.2; EB1 P19): breach action from the draft to the authority's decision. Starting one meets the
/// engine's breach-action obligation; a team leader approves it before it is sent; a decision that varies or revokes
/// the order changes the order through its own history, in the same save.
/// </summary>
public sealed class Breaches(
    WaypointDbContext db, PolicyPacks packs, Orders.OrderRecords orders, AuditTrail audit, Notifications.Notifications notifications, TimeProvider clock)
{
    public const string BreachRecord = "BreachReferral";

    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public static async Task<ILookup<Guid, CaseRecord>> RecordsAsync(IQueryable<BreachReferral> referrals, CancellationToken ct) =>
        (await referrals.Select(r => new { r.Id, r.PersonId, r.OrderId, r.StartedOn }).ToListAsync(ct))
            .ToLookup(r => r.PersonId, r => new CaseRecord(CaseRecordKind.BreachReferralStarted, r.StartedOn, "Breach referral started", r.OrderId, r.Id.ToString()));

    public Task<List<BreachReferral>> ForPersonAsync(Guid personId, CancellationToken ct) =>
        db.BreachReferrals.AsNoTracking().Where(r => r.PersonId == personId).OrderByDescending(r => r.StartedOn).ToListAsync(ct);

    public Task<BreachReferral?> FindAsync(Guid personId, Guid referralId, CancellationToken ct) =>
        db.BreachReferrals.SingleOrDefaultAsync(r => r.PersonId == personId && r.Id == referralId, ct);

    /// <summary>The referrals submitted by officers in the teams the user leads, oldest first.</summary>
    public Task<List<BreachQueueItem>> AwaitingApprovalAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var me = Actor.From(user).UserId;
        var mine = db.Users.Where(u => db.Teams.Any(t => t.Id == u.TeamId && t.TeamLeaderUserId == me)).Select(u => u.Id);
        return db.BreachReferrals.AsNoTracking().Where(r => r.Status == BreachStatus.Submitted && mine.Contains(r.AuthorUserId))
            .OrderBy(r => r.StartedOn)
            .Join(db.People, r => r.PersonId, p => p.Id, (r, p) => new BreachQueueItem(r.Id, r.PersonId, p.OffenderNumber, p.GivenNames + " " + p.FamilyName, r.AuthorName, r.Authority, r.StartedOn))
            .ToListAsync(ct);
    }

    /// <summary>
    /// Starts breach action under an order, the authority the order type names and grounds drafted from what is
    /// recorded (BYD-01); one open referral per order.
    /// </summary>
    public async Task<BreachReferral> StartAsync(Guid personId, Guid orderId, Guid? planId, ClaimsPrincipal user, CancellationToken ct)
    {
        var order = await db.Orders.AsNoTracking().SingleOrDefaultAsync(o => o.Id == orderId && o.PersonId == personId && o.Status == OrderStatus.Active && !o.Custodial, ct);
        BusinessRuleViolation.ThrowIfBroken(new MustHoldRule(order is not null, "The order must be one of the person's active community orders", "orderId"));
        var open = await db.BreachReferrals.AnyAsync(r => r.OrderId == orderId && r.Status != BreachStatus.Decided && r.Status != BreachStatus.Withdrawn, ct);
        BusinessRuleViolation.ThrowIfBroken(new MustHoldRule(!open, "Breach action is already open under this order", "orderId"));
        var site = await db.Sites.AsNoTracking().SingleOrDefaultAsync(s => s.Id == order!.SupervisingSiteId, ct);
        var type = (site is null ? null : packs.ForSite(site))?.OrderTypes.FirstOrDefault(t => t.Code == order!.OrderType);
        BusinessRuleViolation.ThrowIfBroken(new MustHoldRule(type is { BreachAuthority: not "None" }, "The pack names no authority that hears a breach of this order", "orderId"));
        var plan = planId is null ? null : await db.CaseManagementPlans.AsNoTracking().SingleOrDefaultAsync(p => p.Id == planId && p.PersonId == personId, ct);
        BusinessRuleViolation.ThrowIfBroken(new MustHoldRule(planId is null || plan is { Status: PlanStatus.Refused }, "The plan must be one the person refused to sign", "planId"));
        // C23.2 6.1: breach on a continued refusal follows telling the person that conditions are non-negotiable.
        BusinessRuleViolation.ThrowIfBroken(new MustHoldRule(
            plan is null || await db.RefusalSteps.AnyAsync(s => s.PlanId == plan.Id && s.Kind == RefusalStepKind.ConditionsExplained, ct),
            "First record that the person was told court-ordered conditions are non-negotiable and that continued refusal leads to breach action", "planId"));
        var referral = BreachReferral.Start(
            personId, orderId, type!.BreachAuthority, await GroundsAsync(order!, type.Name, plan, ct), plan?.Id,
            Actor.From(user).UserId, WaypointClaims.DisplayNameOf(user), clock.GetUtcNow());
        db.BreachReferrals.Add(referral);
        audit.Record("breach.started", BreachRecord, referral.Id.ToString(), personId, details: new { referral.OrderId, referral.Authority, referral.PlanId });
        await db.SaveChangesAsync(ct);
        return referral;
    }

    /// <summary>BYD-01: the grounds as recorded: the order and its conditions, the non-compliance not accepted, the warnings, a plan refusal.</summary>
    private async Task<string> GroundsAsync(Order order, string orderName, CaseManagementPlan? refused, CancellationToken ct)
    {
        var failures = await db.NonCompliances.AsNoTracking()
            .Where(n => n.PersonId == order.PersonId && n.Status == NonComplianceStatus.NotAcceptable && (n.OrderId == null || n.OrderId == order.Id))
            .OrderBy(n => n.OccurredOn).ToListAsync(ct);
        var warnings = await db.FormalWarnings.AsNoTracking().Where(w => w.OrderId == order.Id).OrderBy(w => w.GivenOn).ToListAsync(ct);
        var text = new StringBuilder();
        text.AppendLine($"{orderName}, made by {order.IssuingAuthority}, from {Display.Date(order.Dates.Start)}{(order.Dates.Expiry is { } e ? $" to {Display.Date(e)}" : "")}.");
        foreach (var condition in order.Conditions.Where(c => c.Status == ConditionStatus.Active))
        {
            text.AppendLine($"Condition: {condition.ConditionType}{(string.IsNullOrWhiteSpace(condition.Details) ? "" : $", {condition.Details}")}.");
        }
        text.AppendLine();
        foreach (var n in failures)
        {
            text.AppendLine($"{Display.Date(n.OccurredOn)}: {n.Concerning}. Verified with {n.CheckedWith}; reason: {n.Reason}; not acceptable.");
        }
        foreach (var w in warnings)
        {
            text.AppendLine($"Formal warning {Display.Date(w.GivenOn)} ({WarningNames.Methods[w.Method].ToLowerInvariant()}): {w.Reason}");
        }
        if (refused is not null)
        {
            text.AppendLine($"Refused to sign the Case Management Plan on {Display.Date(refused.RefusedOn)}: {refused.RefusalReason}");
        }
        return text.ToString().Trim();
    }

    public Task WriteAsync(BreachReferral referral, string grounds, CancellationToken ct) =>
        StepAsync(referral, "breach.written", () => referral.Write(grounds), ct);

    public async Task SubmitAsync(BreachReferral referral, ClaimsPrincipal user, CancellationToken ct)
    {
        var leaders = await db.Users.Where(u => u.Id == referral.AuthorUserId && u.TeamId != null)
            .Join(db.Teams, u => u.TeamId, t => t.Id, (u, t) => t.TeamLeaderUserId).Where(l => l != null).Select(l => l!).ToListAsync(ct);
        var number = await notifications.OffenderNumberAsync(referral.PersonId, ct);
        await StepAsync(referral, "breach.submitted", () =>
        {
            referral.Submit(WaypointClaims.DisplayNameOf(user), clock.GetUtcNow());
            notifications.Tell(leaders, NotificationKind.BreachSubmitted, referral.PersonId, $"{referral.AuthorName} submitted a breach referral for {number} for approval", Link(referral));
        }, ct);
    }

    public async Task ReturnAsync(BreachReferral referral, string comments, ClaimsPrincipal user, CancellationToken ct)
    {
        var number = await notifications.OffenderNumberAsync(referral.PersonId, ct);
        await StepAsync(referral, "breach.returned", () =>
        {
            referral.Return(comments, Actor.From(user).UserId, WaypointClaims.DisplayNameOf(user), clock.GetUtcNow());
            notifications.Tell([referral.AuthorUserId], NotificationKind.BreachReturned, referral.PersonId,
                $"{WaypointClaims.DisplayNameOf(user)} returned the breach referral for {number} with comments", Link(referral));
        }, ct);
    }

    public async Task ApproveAsync(BreachReferral referral, ClaimsPrincipal user, CancellationToken ct)
    {
        var number = await notifications.OffenderNumberAsync(referral.PersonId, ct);
        await StepAsync(referral, "breach.approved", () =>
        {
            referral.Approve(Actor.From(user).UserId, WaypointClaims.DisplayNameOf(user), clock.GetUtcNow());
            notifications.Tell([referral.AuthorUserId], NotificationKind.BreachApproved, referral.PersonId,
                $"{WaypointClaims.DisplayNameOf(user)} approved the breach referral for {number}: send it", Link(referral));
        }, ct);
    }

    public Task SendAsync(BreachReferral referral, DateOnly on, ClaimsPrincipal user, CancellationToken ct) =>
        StepAsync(referral, "breach.sent", () => referral.MarkSent(on, WaypointClaims.DisplayNameOf(user), clock.GetUtcNow(), Today), ct);

    public Task ListHearingAsync(BreachReferral referral, DateOnly on, string? place, ClaimsPrincipal user, CancellationToken ct) =>
        StepAsync(referral, "breach.hearing-listed", () => referral.ListHearing(on, place, WaypointClaims.DisplayNameOf(user), clock.GetUtcNow()), ct);

    public Task WithdrawAsync(BreachReferral referral, string reason, ClaimsPrincipal user, CancellationToken ct) =>
        StepAsync(referral, "breach.withdrawn", () => referral.Withdraw(reason, WaypointClaims.DisplayNameOf(user), clock.GetUtcNow()), ct);

    /// <summary>
    /// The authority's decision. Revoked ends the order; varied with a new expiry changes its dates; each through the
    /// order's own history and audit, in the same save as the decision.
    /// </summary>
    public async Task DecideAsync(BreachReferral referral, BreachOutcome outcome, DateOnly on, string? notes, DateOnly? newExpiry, ClaimsPrincipal user, CancellationToken ct)
    {
        referral.Decide(outcome, on, notes, WaypointClaims.DisplayNameOf(user), clock.GetUtcNow(), Today);
        audit.Record("breach.decided", BreachRecord, referral.Id.ToString(), referral.PersonId, details: new { outcome = outcome.ToString(), on });
        var order = await db.Orders.SingleAsync(o => o.Id == referral.OrderId, ct);
        var why = $"Breach referral decided by the {BreachNames.Authority(referral.Authority)} on {Display.Date(on)}";
        if (outcome == BreachOutcome.OrderRevoked)
        {
            await orders.EndAsync(order, OrderStatus.Revoked, on, why, ct);
        }
        else if (outcome == BreachOutcome.OrderVaried && newExpiry is { } expiry)
        {
            await orders.VaryAsync(order, order.Dates with { Expiry = expiry }, why, ct);
        }
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The move, then its audit entry and anything it tells people, saved together; a refused move adds nothing.</summary>
    private async Task StepAsync(BreachReferral referral, string action, Action step, CancellationToken ct)
    {
        step();
        audit.Record(action, BreachRecord, referral.Id.ToString(), referral.PersonId, details: new { status = referral.Status.ToString() });
        await db.SaveChangesAsync(ct);
    }

    private static string Link(BreachReferral referral) => $"/People/{referral.PersonId}/Enforcement/Breach/{referral.Id}";
}
