using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Waypoint.Core.Audit;
using Waypoint.Core.People;
using Waypoint.Core.Search;
using Waypoint.Core.Staff;

namespace Waypoint.Web.Data;

/// <summary>
/// Waypoint's database. Each provider has a subclass so that each keeps its own migrations; this class holds the model
/// and the two things every save must do in its own transaction: keep the name search index current and seal new audit
/// entries onto the hash chain.
/// </summary>
public abstract class WaypointDbContext(DbContextOptions options)
    : IdentityDbContext<WaypointUser>(options), IDataProtectionKeyContext
{
    public DbSet<Person> People => Set<Person>();

    public DbSet<PersonSearchName> PersonSearchNames => Set<PersonSearchName>();

    public DbSet<Site> Sites => Set<Site>();

    public DbSet<Team> Teams => Set<Team>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();

    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();

    public DbSet<Counter> Counters => Set<Counter>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public abstract bool IsPostgres { get; }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(WaypointDbContext).Assembly, t => t.Namespace?.StartsWith("Waypoint.Web.Data.Configurations", StringComparison.Ordinal) == true);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var newAudit = ChangeTracker.Entries<AuditEntry>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList();
        var renamed = ChangeTracker.Entries<Person>().Where(e => e.State is EntityState.Added or EntityState.Modified).ToList();
        if (newAudit.Count == 0 && renamed.Count == 0)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        var ownTransaction = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            await ReindexNamesAsync(renamed, cancellationToken);
            if (newAudit.Count > 0)
            {
                await SealAuditAsync(newAudit, cancellationToken);
            }
            var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            if (ownTransaction is not null)
            {
                await ownTransaction.CommitAsync(cancellationToken);
            }
            return written;
        }
        finally
        {
            if (ownTransaction is not null)
            {
                await ownTransaction.DisposeAsync();
            }
        }
    }

    private async Task ReindexNamesAsync(List<Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry<Person>> people, CancellationToken cancellationToken)
    {
        foreach (var entry in people)
        {
            var person = entry.Entity;
            if (entry.State == EntityState.Modified)
            {
                await PersonSearchNames.Where(n => n.PersonId == person.Id).ExecuteDeleteAsync(cancellationToken);
            }
            PersonSearchNames.AddRange(person.SearchableNames()
                .Select(NameMatch.IndexText)
                .Distinct()
                .Select(text => new PersonSearchName { PersonId = person.Id, Text = text }));
        }
    }

    /// <summary>Serialises writers on the chain so two requests never claim the same sequence number.</summary>
    protected abstract Task LockAuditChainAsync(CancellationToken cancellationToken);

    private async Task SealAuditAsync(List<AuditEntry> entries, CancellationToken cancellationToken)
    {
        await LockAuditChainAsync(cancellationToken);
        var last = await AuditEntries.AsNoTracking()
            .OrderByDescending(a => a.Sequence)
            .Select(a => new { a.Sequence, a.Hash })
            .FirstOrDefaultAsync(cancellationToken);
        var sequence = last?.Sequence ?? 0;
        var previous = last?.Hash ?? AuditChain.Genesis;
        foreach (var entry in entries)
        {
            entry.Seal(++sequence, previous);
            previous = entry.Hash;
        }
    }
}
