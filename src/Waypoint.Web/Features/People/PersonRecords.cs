using Microsoft.EntityFrameworkCore;
using Waypoint.Core.People;
using Waypoint.Web.Audit;
using Waypoint.Web.Data;

namespace Waypoint.Web.Features.People;

/// <summary>
/// The changes a person record can go through, shared by pages and the API: each applies the Core rule, writes its
/// audit entry and saves in one transaction (PPL-01..03, REC-03).
/// </summary>
public sealed class PersonRecords(WaypointDbContext db, AuditTrail audit, TimeProvider clock)
{
    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public Task<Person?> FindAsync(Guid id, CancellationToken ct = default) =>
        db.People
            .Include(p => p.Aliases).Include(p => p.Identifiers).Include(p => p.Alerts)
            .Include(p => p.ResponsivityFactors).Include(p => p.SignificantOthers).Include(p => p.CircumstanceChanges)
            .AsSplitQuery()
            .SingleOrDefaultAsync(p => p.Id == id, ct);

    /// <summary>Loads the person for reading and records the view in the audit trail (REC-03).</summary>
    public async Task<Person?> ViewAsync(Guid id, string via, CancellationToken ct = default)
    {
        var person = await FindAsync(id, ct);
        if (person is not null)
        {
            audit.PersonViewed(person.Id, via);
            await db.SaveChangesAsync(ct);
        }
        return person;
    }

    public async Task<Person> RegisterAsync(PersonDetails details, CancellationToken ct = default)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var number = Counters.FormatOffenderNumber(await Counters.NextAsync(db, Counters.OffenderNumber, ct));
        var person = Person.Register(number, details, Today, clock.GetUtcNow());
        db.People.Add(person);
        audit.Record("person.created", AuditTrail.PersonRecord, person.Id.ToString(), person.Id,
            details: new { offenderNumber = number });
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return person;
    }

    public async Task UpdateAsync(Person person, PersonDetails details, string? reason, CancellationToken ct = default)
    {
        var changes = person.UpdateDetails(details, Today);
        if (changes.Count == 0)
        {
            return;
        }
        audit.Record("person.updated", AuditTrail.PersonRecord, person.Id.ToString(), person.Id, changes, reason);
        await db.SaveChangesAsync(ct);
    }

    public async Task<Alias> AddAliasAsync(Person person, string familyName, string givenNames, CancellationToken ct = default)
    {
        var alias = person.AddAlias(familyName.Trim(), givenNames.Trim());
        audit.Record("alias.added", "Alias", alias.Id.ToString(), person.Id, details: new { alias = alias.FullName });
        await db.SaveChangesAsync(ct);
        return alias;
    }

    public async Task<ExternalIdentifier> AddIdentifierAsync(Person person, string type, string value, CancellationToken ct = default)
    {
        var identifier = person.AddIdentifier(type.Trim(), value.Trim());
        audit.Record("identifier.added", "ExternalIdentifier", identifier.Id.ToString(), person.Id,
            details: new { type = identifier.Type, value = identifier.Value });
        await db.SaveChangesAsync(ct);
        return identifier;
    }

    /// <summary>PPL-01: identifier values are unique per type across everyone, so the form can name the clash.</summary>
    public Task<bool> IdentifierInUseAsync(string type, string value, CancellationToken ct = default)
    {
        var t = type.Trim();
        var v = value.Trim();
        return db.Database.SqlQuery<int>($"SELECT 1 AS \"Value\" FROM \"ExternalIdentifiers\" WHERE \"Type\" = {t} AND \"Value\" = {v}").AnyAsync(ct);
    }

    public async Task<Alert> RaiseAlertAsync(Person person, AlertType type, string details, DateOnly start, DateOnly? end, string raisedBy, CancellationToken ct = default)
    {
        var alert = person.RaiseAlert(type, details.Trim(), start, end, raisedBy, clock.GetUtcNow());
        audit.Record("alert.raised", "Alert", alert.Id.ToString(), person.Id,
            details: new { type = alert.Type.ToString(), start = alert.StartDate, end = alert.EndDate });
        await db.SaveChangesAsync(ct);
        return alert;
    }

    public async Task<Alert> EndAlertAsync(Person person, Guid alertId, DateOnly end, string? reason, CancellationToken ct = default)
    {
        var alert = person.EndAlert(alertId, end, Today);
        audit.Record("alert.ended", "Alert", alert.Id.ToString(), person.Id, details: new { end }, reason: reason);
        await db.SaveChangesAsync(ct);
        return alert;
    }

    public async Task<ResponsivityFactor> AddResponsivityFactorAsync(Person person, ResponsivityFactorType type, string details, CancellationToken ct = default)
    {
        var factor = person.AddResponsivityFactor(type, details.Trim());
        audit.Record("responsivity.added", "ResponsivityFactor", factor.Id.ToString(), person.Id, details: new { type = type.ToString() });
        await db.SaveChangesAsync(ct);
        return factor;
    }

    public async Task<CircumstanceChange> RecordCircumstanceChangeAsync(Person person, CircumstanceKind kind, string details, DateOnly occurredOn, ReportedBy reportedBy, string recordedBy, CancellationToken ct = default)
    {
        var change = person.RecordCircumstanceChange(kind, details.Trim(), occurredOn, reportedBy, recordedBy, Today, clock.GetUtcNow());
        audit.Record("circumstances.changed", "CircumstanceChange", change.Id.ToString(), person.Id, details: new { kind = kind.ToString(), occurredOn });
        await db.SaveChangesAsync(ct);
        return change;
    }

    public async Task<SignificantOther> AddSignificantOtherAsync(Person person, string name, SignificantOtherKind kind, string relationship, string? phone, CancellationToken ct = default)
    {
        var other = person.AddSignificantOther(name.Trim(), kind, relationship.Trim(), string.IsNullOrWhiteSpace(phone) ? null : phone.Trim());
        audit.Record("significant-other.added", "SignificantOther", other.Id.ToString(), person.Id, details: new { kind = kind.ToString() });
        await db.SaveChangesAsync(ct);
        return other;
    }
}
