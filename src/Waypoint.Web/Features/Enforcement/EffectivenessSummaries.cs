using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Waypoint.Core.Common;
using Waypoint.Core.Compliance;
using Waypoint.Core.Contacts;
using Waypoint.Core.Enforcement;
using Waypoint.Core.Orders;
using Waypoint.Core.Plans;
using Waypoint.Web.Audit;
using Waypoint.Web.Auth;
using Waypoint.Web.Data;

namespace Waypoint.Web.Features.Enforcement;

/// <summary>
/// ENF-06 (EB1 P22): when an order has ended, its summary of evidence of effectiveness, drafted from the records in a
/// handful of counting queries (BYD-01) for the officer to complete with progress against the plan and outcomes.
/// </summary>
public sealed class EffectivenessSummaries(WaypointDbContext db, AuditTrail audit, TimeProvider clock)
{
    public const string SummaryRecord = "EffectivenessSummary";

    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>For the engine: each completed summary meets its order's obligation (ENF-06).</summary>
    public static async Task<ILookup<Guid, CaseRecord>> RecordsAsync(IQueryable<EffectivenessSummary> summaries, CancellationToken ct) =>
        (await summaries.Where(s => s.CompletedOn != null).Select(s => new { s.PersonId, s.OrderId, s.CompletedOn }).ToListAsync(ct))
            .ToLookup(s => s.PersonId, s => new CaseRecord(CaseRecordKind.EffectivenessSummaryCompleted, s.CompletedOn!.Value, "Effectiveness summary completed", s.OrderId));

    public Task<List<EffectivenessSummary>> ForPersonAsync(Guid personId, CancellationToken ct) =>
        db.EffectivenessSummaries.AsNoTracking().Where(s => s.PersonId == personId).OrderByDescending(s => s.DraftedAt).ToListAsync(ct);

    public Task<EffectivenessSummary?> FindAsync(Guid personId, Guid summaryId, CancellationToken ct) =>
        db.EffectivenessSummaries.SingleOrDefaultAsync(s => s.PersonId == personId && s.Id == summaryId, ct);

    /// <summary>The person's community orders that have ended (completed, revoked or expired) and have no summary yet.</summary>
    public async Task<List<Order>> EndedWithoutSummaryAsync(Guid personId, CancellationToken ct)
    {
        var today = Today;
        return await db.Orders.AsNoTracking()
            .Where(o => o.PersonId == personId && !o.Custodial && o.SupervisingSiteId != null
                && (o.Status != OrderStatus.Active || o.Dates.Expiry < today)
                && !db.EffectivenessSummaries.Any(s => s.OrderId == o.Id))
            .ToListAsync(ct);
    }

    public async Task<EffectivenessSummary> DraftAsync(Guid personId, Guid orderId, ClaimsPrincipal user, CancellationToken ct)
    {
        var order = (await EndedWithoutSummaryAsync(personId, ct)).FirstOrDefault(o => o.Id == orderId);
        BusinessRuleViolation.ThrowIfBroken(new MustHoldRule(order is not null, "The order must be one of the person's community orders that has ended and has no summary yet", "orderId"));
        var summary = EffectivenessSummary.Draft(personId, orderId, await FactsAsync(order!, ct), Actor.From(user).UserId, WaypointClaims.DisplayNameOf(user), clock.GetUtcNow());
        db.EffectivenessSummaries.Add(summary);
        audit.Record("effectiveness-summary.drafted", SummaryRecord, summary.Id.ToString(), personId, details: new { orderId });
        await db.SaveChangesAsync(ct);
        return summary;
    }

    /// <summary>BYD-01: the facts as recorded over the order's span, each a count done by the database.</summary>
    private async Task<EffectivenessFacts> FactsAsync(Order order, CancellationToken ct)
    {
        var from = order.Dates.SupervisionStart ?? order.Dates.Start;
        var to = order.EndedOn ?? order.Dates.Expiry ?? Today;
        var person = order.PersonId;
        // The work due in the order's span, counted in one pass: all of it, met on time, met late.
        var work = await db.Obligations.AsNoTracking()
            .Where(o => o.PersonId == person && o.DueOn >= from && o.DueOn <= to && o.WaivedOn == null && (o.EndedOn == null || o.MetOn != null))
            .GroupBy(o => 1)
            .Select(g => new { Due = g.Count(), OnTime = g.Count(o => o.MetOn != null && o.MetOn <= o.DueOn), Late = g.Count(o => o.MetOn != null && o.MetOn > o.DueOn) })
            .SingleOrDefaultAsync(ct);
        var contacts = db.Contacts.AsNoTracking().Where(c => c.PersonId == person && (c.OrderId == null || c.OrderId == order.Id) && c.On >= from && c.On <= to)
            .GroupBy(c => c.Outcome).Select(g => new { Outcome = g.Key, Count = g.Count() });
        var counted = await contacts.ToListAsync(ct);
        int Count(ContactOutcome outcome) => counted.Where(c => c.Outcome == outcome).Sum(c => c.Count);
        var nonCompliance = db.NonCompliances.AsNoTracking().Where(n => n.PersonId == person && (n.OrderId == null || n.OrderId == order.Id) && n.OccurredOn >= from && n.OccurredOn <= to);
        var breaches = await db.BreachReferrals.AsNoTracking().Where(b => b.OrderId == order.Id).OrderBy(b => b.StartedOn)
            .Select(b => new { b.StartedOn, b.Status, b.Outcome }).ToListAsync(ct);
        // The plan in force at the end: its interventions and how many were completed.
        var plan = await db.CaseManagementPlans.AsNoTracking().Where(p => p.PersonId == person && p.ApprovedOn != null && p.ApprovedOn <= to)
            .OrderByDescending(p => p.Number).FirstOrDefaultAsync(ct);
        return new EffectivenessFacts(
            from, to, order.Status == OrderStatus.Active ? "Expired" : order.Status.ToString(),
            work?.Due ?? 0, work?.OnTime ?? 0, work?.Late ?? 0,
            Count(ContactOutcome.Attended), Count(ContactOutcome.FailedToAttend), Count(ContactOutcome.AcceptableAbsence),
            await nonCompliance.CountAsync(ct), await nonCompliance.CountAsync(n => n.Status == NonComplianceStatus.NotAcceptable, ct),
            await db.FormalWarnings.CountAsync(w => w.OrderId == order.Id, ct),
            [.. breaches.Select(b => $"Referral of {b.StartedOn:d MMMM yyyy}: {(b.Outcome is { } o ? BreachNames.Outcomes[o] : BreachNames.Statuses[b.Status])}")],
            plan?.Interventions.Count ?? 0, plan?.Interventions.Count(i => i.Status == InterventionStatus.Completed) ?? 0);
    }

    public async Task WriteAsync(EffectivenessSummary summary, string? progress, string? outcomes, CancellationToken ct)
    {
        summary.Write(progress, outcomes);
        audit.Record("effectiveness-summary.written", SummaryRecord, summary.Id.ToString(), summary.PersonId);
        await db.SaveChangesAsync(ct);
    }

    public async Task CompleteAsync(EffectivenessSummary summary, CancellationToken ct)
    {
        summary.Complete(Today);
        audit.Record("effectiveness-summary.completed", SummaryRecord, summary.Id.ToString(), summary.PersonId, details: new { summary.CompletedOn });
        await db.SaveChangesAsync(ct);
    }
}
