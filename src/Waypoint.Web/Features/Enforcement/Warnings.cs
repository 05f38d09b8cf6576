using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Waypoint.Core.Common;
using Waypoint.Core.Compliance;
using Waypoint.Core.Documents;
using Waypoint.Core.Enforcement;
using Waypoint.Core.Orders;
using Waypoint.Web.Audit;
using Waypoint.Web.Auth;
using Waypoint.Web.Data;
using Waypoint.Web.Features.Policy;
using Waypoint.Web.Features.Shared;

namespace Waypoint.Web.Features.Enforcement;

/// <summary>An order's warnings against the pack's window (BYD-02), for the person's pages.</summary>
public sealed record OrderWarnings(Guid OrderId, string OrderType, WarningWindow Window);

/// <summary>What a new warning starts from: the order, what it answers, and the consequences worded from the record (BYD-01).</summary>
public sealed record WarningDraft(Guid? OrderId, Guid? NonComplianceId, string? Reason, string? Consequences);

/// <summary>
/// ENF-03 (EB1 P18): formal warnings. Giving one writes the warning letter from the stored facts and attaches it as a
/// PDF in the same save, so the letter is on file whether or not it is printed.
/// </summary>
public sealed class Warnings(
    WaypointDbContext db, PolicyPacks packs, Documents.Documents documents, AuditTrail audit, IWebHostEnvironment host, TimeProvider clock)
{
    public const string WarningRecord = "FormalWarning";

    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public static async Task<ILookup<Guid, CaseRecord>> RecordsAsync(IQueryable<FormalWarning> warnings, CancellationToken ct) =>
        (await warnings.Select(w => new { w.Id, w.PersonId, w.OrderId, w.GivenOn }).ToListAsync(ct))
            .ToLookup(w => w.PersonId, w => new CaseRecord(CaseRecordKind.Warning, w.GivenOn, "Formal warning", w.OrderId, w.Id.ToString()));

    public Task<List<FormalWarning>> ForPersonAsync(Guid personId, CancellationToken ct) =>
        db.FormalWarnings.AsNoTracking().Where(w => w.PersonId == personId).OrderByDescending(w => w.GivenOn).ThenByDescending(w => w.RecordedAt).ToListAsync(ct);

    public Task<FormalWarning?> ForNonComplianceAsync(Guid nonComplianceId, CancellationToken ct) =>
        db.FormalWarnings.AsNoTracking().SingleOrDefaultAsync(w => w.NonComplianceId == nonComplianceId, ct);

    /// <summary>BYD-02: for each active supervised order, how many warnings count and when the oldest leaves the window.</summary>
    public async Task<IReadOnlyList<OrderWarnings>> WindowsAsync(Guid personId, CancellationToken ct)
    {
        var orders = await SupervisedAsync(personId, ct);
        var given = (await db.FormalWarnings.AsNoTracking().Where(w => w.PersonId == personId).Select(w => new { w.OrderId, w.GivenOn }).ToListAsync(ct)).ToLookup(w => w.OrderId, w => w.GivenOn);
        var today = Today;
        return orders
            .Select(o => (o, Pack: o.Site is null ? null : packs.ForSite(o.Site)))
            .Select(x => x.Pack is null ? null : WarningWindow.On(given[x.o.Order.Id], x.Pack, x.Pack.RuleAt(x.o.Site!.Code, ComplianceEngine.WarningThresholdRule, today).Rule, today) is { } window
                ? new OrderWarnings(x.o.Order.Id, x.o.Order.OrderType, window) : null)
            .OfType<OrderWarnings>().ToList();
    }

    /// <summary>The warning as the officer starts it: for a non-compliance, its order and what happened; the consequences from the order's breach authority.</summary>
    public async Task<WarningDraft> DraftAsync(Guid personId, NonCompliance? answering, CancellationToken ct)
    {
        var orders = await SupervisedAsync(personId, ct);
        var order = orders.FirstOrDefault(o => o.Order.Id == answering?.OrderId) ?? (orders.Count == 1 ? orders[0] : null);
        var type = order?.Site is null ? null : packs.ForSite(order.Site)?.OrderTypes.FirstOrDefault(t => t.Code == order.Order.OrderType);
        return new WarningDraft(
            order?.Order.Id, answering?.Id,
            answering is null ? null : $"{answering.Concerning} ({Display.Date(answering.OccurredOn)}). {answering.Reason}".Trim(),
            type is null ? null : FormalWarning.DefaultConsequences(type.Name, BreachNames.Authority(type.BreachAuthority)));
    }

    public async Task<FormalWarning> GiveAsync(WarningInput input, WarningMethod method, NonCompliance? answering, ClaimsPrincipal user, CancellationToken ct)
    {
        var orders = await SupervisedAsync(input.PersonId, ct);
        var order = orders.FirstOrDefault(o => o.Order.Id == input.OrderId);
        BusinessRuleViolation.ThrowIfBroken(new MustHoldRule(order is not null, Contacts.OrderChoice.NotOneOfThem, "orderId"));
        var answered = answering is not null && await db.FormalWarnings.AnyAsync(w => w.NonComplianceId == answering.Id, ct);
        BusinessRuleViolation.ThrowIfBroken(new MustHoldRule(!answered, "A warning has already been given for this non-compliance", "nonComplianceId"));
        var (me, name) = (Actor.From(user).UserId, WaypointClaims.DisplayNameOf(user));
        var warning = FormalWarning.Give(
            input.PersonId, order!.Order.Id, answering, input.GivenOn ?? Today, method, input.Reason ?? "", input.Consequences ?? "", me, name, clock.GetUtcNow(), Today);
        db.FormalWarnings.Add(warning);
        audit.Record("warning.given", WarningRecord, warning.Id.ToString(), warning.PersonId, details: new { warning.OrderId, warning.GivenOn, method = method.ToString(), warning.NonComplianceId });
        var person = await db.People.AsNoTracking().SingleAsync(p => p.Id == warning.PersonId, ct);
        if (WarningLetter.Render(warning, person, order.Order.OrderType, host.ContentRootPath) is { } letter)
        {
            documents.Attach(warning.PersonId, DocumentKind.Letter, $"Warning letter, {Display.Date(warning.GivenOn)}", $"warning-{person.OffenderNumber}-{warning.GivenOn:yyyy-MM-dd}.pdf",
                DocumentFormat.Pdf, letter, WarningRecord, warning.Id.ToString(), me, name);
        }
        await db.SaveChangesAsync(ct);
        return warning;
    }

    private sealed record Supervised(Order Order, Core.Staff.Site? Site);

    private async Task<List<Supervised>> SupervisedAsync(Guid personId, CancellationToken ct) =>
        (await Orders.OrderRecords.Supervised(db.Orders.AsNoTracking(), personId)
            .OrderBy(o => o.Dates.SupervisionStart)
            .Select(o => new { Order = o, Site = db.Sites.FirstOrDefault(s => s.Id == o.SupervisingSiteId) })
            .ToListAsync(ct)).Select(x => new Supervised(x.Order, x.Site)).ToList();
}

/// <summary>A warning as sent: the method is a code of <see cref="WarningMethod"/>.</summary>
public sealed class WarningInput
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid PersonId { get; set; }

    public Guid? OrderId { get; set; }

    public Guid? NonComplianceId { get; set; }

    public DateOnly? GivenOn { get; set; }

    public string? Method { get; set; }

    public string? Reason { get; set; }

    public string? Consequences { get; set; }

    public Api.Validation Validate(out WarningMethod? method)
    {
        var v = new Api.Validation()
            .Required("reason", Reason, "what the warning is for", FormalWarning.MaxText)
            .Required("consequences", Consequences, "the likely consequences", FormalWarning.MaxText);
        method = v.Code<WarningMethod>("method", Method, "how the warning was given");
        if (OrderId is null)
        {
            v.Add("orderId", "Select the order the warning is under");
        }
        return v;
    }
}
