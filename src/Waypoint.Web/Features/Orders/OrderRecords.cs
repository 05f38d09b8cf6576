using Microsoft.EntityFrameworkCore;
using Waypoint.Core.Orders;
using Waypoint.Core.Policy;
using Waypoint.Core.Staff;
using Waypoint.Web.Audit;
using Waypoint.Web.Data;

namespace Waypoint.Web.Features.Orders;

/// <summary>
/// The changes an order goes through (PPL-04), shared by pages and the API. Each is audited with what changed and
/// why, which is the order's history.
/// </summary>
public sealed class OrderRecords(WaypointDbContext db, AuditTrail audit, TimeProvider clock)
{
    public const string OrderRecord = "Order";

    /// <summary>The person's active community orders with a supervising office: the orders supervision, plans and enforcement are under.</summary>
    public static IQueryable<Order> Supervised(IQueryable<Order> orders, Guid personId) =>
        orders.Where(o => o.PersonId == personId && o.Status == OrderStatus.Active && !o.Custodial && o.SupervisingSiteId != null);

    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public Task<List<Order>> ForPersonAsync(Guid personId, CancellationToken ct) =>
        db.Orders.Where(o => o.PersonId == personId).OrderByDescending(o => o.Dates.Start).ToListAsync(ct);

    public Task<Order?> FindAsync(Guid orderId, CancellationToken ct) => db.Orders.SingleOrDefaultAsync(o => o.Id == orderId, ct);

    /// <summary>The sites an order may name, for checking a supervising office; a few dozen rows of reference data.</summary>
    public async Task<IReadOnlyList<Site>> SitesAsync(CancellationToken ct) => await db.Sites.AsNoTracking().OrderBy(s => s.Name).ToListAsync(ct);

    public async Task<Order> MakeAsync(Guid personId, string pack, OrderTypeDefinition type, string issuingAuthority, OrderDates dates, Guid? supervisingSiteId, CancellationToken ct)
    {
        var order = Order.Make(personId, pack, type.Code, type.Custodial, issuingAuthority.Trim(), dates, Today, supervisingSiteId);
        db.Orders.Add(order);
        audit.Record("order.made", OrderRecord, order.Id.ToString(), personId, details: new { pack, type = type.Code, dates, supervisingSiteId });
        await db.SaveChangesAsync(ct);
        return order;
    }

    public async Task VaryAsync(Order order, OrderDates dates, string? reason, CancellationToken ct)
    {
        var changes = order.Vary(dates, Today);
        if (changes.Count > 0)
        {
            audit.Record("order.varied", OrderRecord, order.Id.ToString(), order.PersonId, changes, reason);
            await db.SaveChangesAsync(ct);
        }
    }

    /// <summary>REC-05: supervision moves to another office, with the reason, in the order's history.</summary>
    public async Task TransferSupervisionAsync(Order order, Guid siteId, string reason, CancellationToken ct)
    {
        var change = order.TransferSupervision(siteId);
        audit.Record("order.supervision-transferred", OrderRecord, order.Id.ToString(), order.PersonId, [change], reason.Trim());
        await db.SaveChangesAsync(ct);
    }

    public async Task EndAsync(Order order, OrderStatus outcome, DateOnly on, string reason, CancellationToken ct)
    {
        order.End(outcome, on, reason.Trim());
        audit.Record(outcome == OrderStatus.Revoked ? "order.revoked" : "order.completed", OrderRecord, order.Id.ToString(), order.PersonId,
            details: new { endedOn = on }, reason: reason.Trim());
        await db.SaveChangesAsync(ct);
    }

    public async Task<SupervisionLevelDecision> SetSupervisionLevelAsync(Order order, string level, string proposed, DateOnly from, string? reason, string decidedBy, CancellationToken ct)
    {
        var decision = order.SetSupervisionLevel(level, proposed, from, reason, decidedBy, Today);
        audit.Record("order.supervision-level", OrderRecord, order.Id.ToString(), order.PersonId, details: new { level, proposed, from }, reason: decision.Reason);
        await db.SaveChangesAsync(ct);
        return decision;
    }

    public async Task<OrderCondition> AddConditionAsync(Order order, string type, string details, int? hours, CancellationToken ct)
    {
        var condition = order.AddCondition(type, details.Trim(), hours);
        audit.Record("order.condition-added", OrderRecord, order.Id.ToString(), order.PersonId, details: new { type, hours });
        await db.SaveChangesAsync(ct);
        return condition;
    }

    public async Task<OrderCondition> SetConditionStatusAsync(Order order, Guid conditionId, ConditionStatus status, string? reason, CancellationToken ct)
    {
        var condition = order.SetConditionStatus(conditionId, status);
        audit.Record("order.condition-status", OrderRecord, order.Id.ToString(), order.PersonId, details: new { condition = conditionId, status = status.ToString() }, reason: reason);
        await db.SaveChangesAsync(ct);
        return condition;
    }
}
