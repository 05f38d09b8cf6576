using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Waypoint.Core.Common;
using Waypoint.Core.Compliance;
using Waypoint.Core.Contacts;
using Waypoint.Core.Enforcement;
using Waypoint.Core.Orders;
using Waypoint.Core.Security;
using Waypoint.Web.Audit;
using Waypoint.Web.Auth;
using Waypoint.Web.Data;
using Waypoint.Web.Features.Shared;

namespace Waypoint.Web.Features.Contacts;

/// <summary>An order a contact or induction can be under: the person's active supervised community orders.</summary>
public sealed record OrderChoice(Guid Id, string OrderType, DateOnly? SupervisionStart)
{
    public string Label => SupervisionStart is { } start ? $"{OrderType}, supervised from {Display.Date(start)}" : OrderType;

    public const string NotOneOfThem = "The order must be one of the person's active supervised orders";

    /// <summary>Adds the error when an order was named and is not one of the choices.</summary>
    public static Api.Validation Check(Api.Validation v, IReadOnlyList<OrderChoice> orders, Guid? orderId) =>
        orderId is { } id && orders.All(o => o.Id != id) ? v.Add("orderId", NotOneOfThem) : v;
}

/// <summary>
/// CON-02: a person's appointments and contacts, and each officer's diary. An outcome is recorded once; a failed
/// attendance records an apparent non-compliance awaiting verification in the same save (ENF-01), and a kept contact
/// is a fact for the engine's contact frequency.
/// </summary>
public sealed class Contacts(WaypointDbContext db, AuditTrail audit, TimeProvider clock)
{
    public const string ContactRecord = "Contact";

    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>Kept contacts, for the engine: the day, the order, and the kind, which the pack may count or not.</summary>
    public static async Task<ILookup<Guid, CaseRecord>> RecordsAsync(IQueryable<Contact> contacts, CancellationToken ct) =>
        (await contacts.Where(c => c.Outcome == ContactOutcome.Attended).Select(c => new { c.PersonId, c.On, c.OrderId, c.Kind }).ToListAsync(ct))
            .ToLookup(c => c.PersonId, c => new CaseRecord(CaseRecordKind.Contact, c.On, $"{ContactNames.Kinds[c.Kind]} on {Display.Date(c.On)}", c.OrderId, c.Kind.ToString()));

    public async Task<(IReadOnlyList<Contact> Page, int Total)> ForPersonAsync(Guid personId, int skip, int take, CancellationToken ct)
    {
        var contacts = db.Contacts.AsNoTracking().Where(c => c.PersonId == personId);
        return (await contacts.OrderByDescending(c => c.On).ThenByDescending(c => c.At).ThenBy(c => c.Id).Skip(skip).Take(take).ToListAsync(ct), await contacts.CountAsync(ct));
    }

    public Task<Contact?> FindAsync(Guid personId, Guid contactId, CancellationToken ct) =>
        db.Contacts.SingleOrDefaultAsync(c => c.PersonId == personId && c.Id == contactId, ct);

    /// <summary>The orders a contact can be under; the only one is taken when the officer names none.</summary>
    public Task<List<OrderChoice>> OrdersAsync(Guid personId, CancellationToken ct) =>
        Orders.OrderRecords.Supervised(db.Orders.AsNoTracking(), personId)
            .OrderBy(o => o.Dates.SupervisionStart)
            .Select(o => new OrderChoice(o.Id, o.OrderType, o.Dates.SupervisionStart)).ToListAsync(ct);

    /// <summary>
    /// The diaries this user may book into: their own and, for a team leader, those of the officers in the teams they
    /// lead (covering an absence, or booking for a new officer).
    /// </summary>
    public async Task<List<DiaryOwner>> DiariesAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var (me, name) = Officer(user);
        var team = user.IsInRole(Roles.TeamLeader)
            ? await db.Users.AsNoTracking().Where(u => u.Id != me && db.Teams.Any(t => t.Id == u.TeamId && t.TeamLeaderUserId == me))
                .OrderBy(u => u.DisplayName).Select(u => new DiaryOwner(u.Id, u.DisplayName)).ToListAsync(ct)
            : [];
        return [new DiaryOwner(me, name), .. team];
    }

    /// <summary>Books an appointment in the signed-in officer's diary, or the named one's (see <see cref="DiariesAsync"/>).</summary>
    public async Task<Contact> BookAsync(ContactDetails details, string? officerUserId, ClaimsPrincipal user, CancellationToken ct)
    {
        var owner = await DiaryOwnerAsync(officerUserId, user, ct);
        var contact = Contact.Book(details, owner.UserId, owner.Name, Officer(user).UserId, clock.GetUtcNow(), Today);
        db.Contacts.Add(contact);
        audit.Record("contact.booked", ContactRecord, contact.Id.ToString(), contact.PersonId, details: new { kind = contact.Kind.ToString(), contact.On, at = contact.At.ToString("HH:mm"), officer = owner.UserId });
        await db.SaveChangesAsync(ct);
        return contact;
    }

    /// <summary>Records a contact that happened without an appointment, as kept, by the signed-in officer or the named one.</summary>
    public async Task<Contact> RecordAsync(ContactDetails details, string? notes, string? officerUserId, ClaimsPrincipal user, CancellationToken ct)
    {
        var owner = await DiaryOwnerAsync(officerUserId, user, ct);
        var (me, name) = Officer(user);
        var contact = Contact.RecordUnbooked(details, notes, owner.UserId, owner.Name, me, name, clock.GetUtcNow(), Today);
        db.Contacts.Add(contact);
        audit.Record("contact.recorded", ContactRecord, contact.Id.ToString(), contact.PersonId, details: new { kind = contact.Kind.ToString(), contact.On, officer = owner.UserId });
        await db.SaveChangesAsync(ct);
        return contact;
    }

    private async Task<DiaryOwner> DiaryOwnerAsync(string? officerUserId, ClaimsPrincipal user, CancellationToken ct)
    {
        var (me, name) = Officer(user);
        if (officerUserId is null || officerUserId == me)
        {
            return new DiaryOwner(me, name);
        }
        var owner = (await DiariesAsync(user, ct)).FirstOrDefault(d => d.UserId == officerUserId);
        BusinessRuleViolation.ThrowIfBroken(new MustHoldRule(
            owner is not null, "Book into your own diary; a team leader may also book into the diary of an officer in a team they lead", "officerUserId"));
        return owner!;
    }

    /// <summary>
    /// Records what happened; a failed attendance also records the apparent non-compliance it is (ENF-01), under the
    /// appointment's order, or the person's only supervised order, awaiting verification.
    /// </summary>
    public async Task<NonCompliance?> RecordOutcomeAsync(
        Contact contact, ContactOutcome outcome, TimeOnly? actualAt, string? notes, string? evidence, ClaimsPrincipal user, CancellationToken ct)
    {
        var (me, name) = Officer(user);
        var now = clock.GetUtcNow();
        contact.RecordOutcome(outcome, actualAt, notes, evidence, me, name, now, Today);
        audit.Record("contact.outcome", ContactRecord, contact.Id.ToString(), contact.PersonId, details: new { outcome = outcome.ToString() });
        NonCompliance? apparent = null;
        if (outcome == ContactOutcome.FailedToAttend)
        {
            var orders = await OrdersAsync(contact.PersonId, ct);
            apparent = NonCompliance.Record(
                contact.PersonId, contact.OrderId ?? (orders.Count == 1 ? orders[0].Id : null), NonComplianceSource.Officer, null, contact.On,
                $"Failed to attend: {ContactNames.Kinds[contact.Kind].ToLowerInvariant()} on {Display.Date(contact.On)} at {Display.Time(contact.At)}",
                null, contact.Id, me, name, now, Today);
            db.NonCompliances.Add(apparent);
            audit.Record("non-compliance.recorded", Enforcement.NonCompliances.NonComplianceRecord, apparent.Id.ToString(), contact.PersonId, details: new { source = apparent.Source.ToString(), contact = contact.Id });
        }
        await db.SaveChangesAsync(ct);
        return apparent;
    }

    public async Task<Contact> RescheduleAsync(Contact contact, DateOnly on, TimeOnly at, string? reason, ClaimsPrincipal user, CancellationToken ct)
    {
        var (me, name) = Officer(user);
        var moved = contact.Reschedule(on, at, reason, me, name, clock.GetUtcNow(), Today);
        db.Contacts.Add(moved);
        audit.Record("contact.rescheduled", ContactRecord, contact.Id.ToString(), contact.PersonId, details: new { to = moved.Id, moved.On, at = moved.At.ToString("HH:mm") });
        await db.SaveChangesAsync(ct);
        return moved;
    }

    private static (string UserId, string Name) Officer(ClaimsPrincipal user) => (Actor.From(user).UserId, WaypointClaims.DisplayNameOf(user));
}

/// <summary>An officer whose diary an appointment can go in.</summary>
public sealed record DiaryOwner(string UserId, string Name);
