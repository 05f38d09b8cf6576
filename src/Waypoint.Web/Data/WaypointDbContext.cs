using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Waypoint.Core.Audit;
using Waypoint.Core.Compliance;
using Waypoint.Core.Custody;
using Waypoint.Core.Orders;
using Waypoint.Core.People;
using Waypoint.Core.Search;
using Waypoint.Core.Staff;

namespace Waypoint.Web.Data;

/// <summary>
/// Waypoint's database. Each provider has a subclass so that each keeps its own migrations; this class holds the model
/// and the two things every save must do in its own transaction: keep the name search index current and seal new audit
/// entries onto the hash chain.
/// </summary>
public abstract class WaypointDbContext(DbContextOptions options, IObligationUpkeep? upkeep)
    : IdentityDbContext<WaypointUser>(options), IDataProtectionKeyContext
{
    public DbSet<Person> People => Set<Person>();

    public DbSet<PersonSearchName> PersonSearchNames => Set<PersonSearchName>();

    public DbSet<SearchWord> SearchWords => Set<SearchWord>();

    public DbSet<Order> Orders => Set<Order>();

    public DbSet<CustodyRecord> CustodyRecords => Set<CustodyRecord>();

    public DbSet<CaseAllocation> CaseAllocations => Set<CaseAllocation>();

    public DbSet<Site> Sites => Set<Site>();

    public DbSet<Team> Teams => Set<Team>();

    public DbSet<StaffMember> StaffMembers => Set<StaffMember>();

    public DbSet<CaseTeam> CaseTeams => Set<CaseTeam>();

    public DbSet<Core.CaseNotes.CaseNote> CaseNotes => Set<Core.CaseNotes.CaseNote>();

    public DbSet<Core.Assessments.Assessment> Assessments => Set<Core.Assessments.Assessment>();

    public DbSet<Core.Assessments.CollateralCheck> CollateralChecks => Set<Core.Assessments.CollateralCheck>();

    public DbSet<Core.Plans.CaseManagementPlan> CaseManagementPlans => Set<Core.Plans.CaseManagementPlan>();

    public DbSet<Core.Plans.RefusalStep> RefusalSteps => Set<Core.Plans.RefusalStep>();

    public DbSet<Core.Plans.IndividualManagementPlan> IndividualManagementPlans => Set<Core.Plans.IndividualManagementPlan>();

    public DbSet<Core.Documents.Document> Documents => Set<Core.Documents.Document>();

    public DbSet<Core.Documents.DocumentContent> DocumentContents => Set<Core.Documents.DocumentContent>();

    public DbSet<Core.Contacts.Contact> Contacts => Set<Core.Contacts.Contact>();

    public DbSet<Core.Contacts.Induction> Inductions => Set<Core.Contacts.Induction>();

    public DbSet<Core.Contacts.ContactReport> ContactReports => Set<Core.Contacts.ContactReport>();

    public DbSet<Core.Enforcement.NonCompliance> NonCompliances => Set<Core.Enforcement.NonCompliance>();

    public DbSet<Core.Enforcement.FormalWarning> FormalWarnings => Set<Core.Enforcement.FormalWarning>();

    public DbSet<Core.Enforcement.BreachReferral> BreachReferrals => Set<Core.Enforcement.BreachReferral>();

    public DbSet<Core.Enforcement.EffectivenessSummary> EffectivenessSummaries => Set<Core.Enforcement.EffectivenessSummary>();

    public DbSet<Core.Notifications.Notification> Notifications => Set<Core.Notifications.Notification>();

    public DbSet<Delegation> Delegations => Set<Delegation>();

    public DbSet<Obligation> Obligations => Set<Obligation>();

    public DbSet<ObligationWaiver> ObligationWaivers => Set<ObligationWaiver>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();

    public DbSet<DiaryFeed> DiaryFeeds => Set<DiaryFeed>();

    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();

    public DbSet<Counter> Counters => Set<Counter>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public abstract bool IsPostgres { get; }

    /// <summary>Keeps obligations current on save; none for design-time contexts.</summary>
    public IObligationUpkeep? ObligationUpkeep => upkeep;

    /// <summary>
    /// While a what-if preview listens (BYD-09), each stored obligation the upkeep replaces, adds or removes; null
    /// otherwise, so a rebuild keeps nothing.
    /// </summary>
    public List<(Obligation? Before, Obligation? After)>? ObligationRewrites { get; set; }

    private bool upkeepPaused;

    /// <summary>
    /// For bulk loads such as the demo seed: saves stop re-deriving obligations until the returned scope ends, and the
    /// loader rebuilds them once at the end, which is far quicker than per batch.
    /// </summary>
    public IDisposable PauseObligationUpkeep()
    {
        upkeepPaused = true;
        return new UpkeepPause(this);
    }

    private sealed class UpkeepPause(WaypointDbContext db) : IDisposable
    {
        public void Dispose() => db.upkeepPaused = false;
    }

    // Entries wait here, not in the change tracker, until the save seals them: their key (the sequence number) is only
    // known then, and two unsealed entries would otherwise clash on it.
    private readonly List<AuditEntry> pendingAudit = [];

    /// <summary>Adds an audit entry to this unit of work; the next save seals it onto the chain with the change (REC-03).</summary>
    public void Audit(AuditEntry entry) => pendingAudit.Add(entry);

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(WaypointDbContext).Assembly, t => t.Namespace?.StartsWith("Waypoint.Web.Data.Configurations", StringComparison.Ordinal) == true);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var newAudit = pendingAudit.ToList();
        var renamed = ChangeTracker.Entries<Person>().Where(e => e.State is EntityState.Added or EntityState.Modified).ToList();
        var affected = upkeep is null || upkeepPaused ? [] : PeopleWhoseFactsChanged();
        var accessChanged = ChangeTracker.Entries().Any(e => (e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted) && Auth.AccessEpoch.Concerns(e.Entity));
        var written = await SaveAsync(newAudit, renamed, affected, acceptAllChangesOnSuccess, cancellationToken);
        if (accessChanged)
        {
            Auth.AccessEpoch.Advance();
        }
        return written;
    }

    private async Task<int> SaveAsync(
        List<AuditEntry> newAudit, List<Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry<Person>> renamed, List<Guid> affected,
        bool acceptAllChangesOnSuccess, CancellationToken cancellationToken)
    {
        if (newAudit.Count == 0 && renamed.Count == 0 && affected.Count == 0)
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
                AuditEntries.AddRange(newAudit);
            }
            var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            pendingAudit.RemoveAll(newAudit.Contains);
            if (affected.Count > 0)
            {
                // The obligations follow the change in the same transaction (CMP-03), read back from what was just written.
                await upkeep!.RefreshAsync(this, affected, cancellationToken);
            }
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

    /// <summary>The people whose orders, custody, allocations, waivers or case records this save changes: the engine's facts (CMP-03).</summary>
    private List<Guid> PeopleWhoseFactsChanged() =>
        ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(e => e.Entity switch
            {
                Order o => o.PersonId,
                CustodyRecord c => c.PersonId,
                CaseAllocation c => c.PersonId,
                ObligationWaiver w => w.PersonId,
                Core.Assessments.Assessment a => a.PersonId,
                Core.Plans.CaseManagementPlan p => p.PersonId,
                Core.Plans.IndividualManagementPlan p => p.PersonId,
                Core.Contacts.Contact c => c.PersonId,
                Core.Contacts.Induction i => i.PersonId,
                Core.Contacts.ContactReport r => r.PersonId,
                Core.Enforcement.NonCompliance n => n.PersonId,
                Core.Enforcement.FormalWarning w => w.PersonId,
                Core.Enforcement.BreachReferral r => r.PersonId,
                Core.Enforcement.EffectivenessSummary s => s.PersonId,
                _ => Guid.Empty,
            })
            .Where(id => id != Guid.Empty)
            .Distinct()
            .ToList();

    private Task ReindexNamesAsync(List<Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry<Person>> people, CancellationToken cancellationToken) =>
        IndexNamesAsync(
            people.Select(e => (e.Entity.Id, e.Entity.SearchableNames())).ToList(),
            people.Where(e => e.State == EntityState.Modified).Select(e => e.Entity.Id).ToList(),
            cancellationToken);

    /// <summary>
    /// Rebuilds the whole name search index from the people, in batches. Migrations that change the index's shape
    /// empty it; <see cref="DatabaseSetup.MigrateAsync"/> then calls this.
    /// </summary>
    public async Task RebuildSearchIndexAsync(CancellationToken cancellationToken = default)
    {
        await PersonSearchNames.ExecuteDeleteAsync(cancellationToken);
        var after = "";
        while (true)
        {
            var batch = await People.AsNoTracking()
                .Where(p => string.Compare(p.OffenderNumber, after) > 0)
                .OrderBy(p => p.OffenderNumber).Take(1000)
                .Select(p => new { p.Id, p.OffenderNumber, p.GivenNames, p.FamilyName, Aliases = p.Aliases.Select(a => a.GivenNames + " " + a.FamilyName).ToList() })
                .ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                return;
            }
            await IndexNamesAsync(batch.Select(p => (p.Id, p.Aliases.Prepend($"{p.GivenNames} {p.FamilyName}"))).ToList(), [], cancellationToken);
            await base.SaveChangesAsync(true, cancellationToken);
            ChangeTracker.Clear();
            after = batch[^1].OffenderNumber;
        }
    }

    private async Task IndexNamesAsync(IReadOnlyList<(Guid PersonId, IEnumerable<string> Names)> people, List<Guid> replacing, CancellationToken cancellationToken)
    {
        if (people.Count == 0)
        {
            return;
        }
        if (replacing.Count > 0)
        {
            await PersonSearchNames.Where(n => replacing.Contains(n.PersonId)).ExecuteDeleteAsync(cancellationToken);
        }
        var names = people
            .SelectMany(p => p.Names.Select(NameMatch.IndexText).Distinct().Select(text => (Id: p.PersonId, Text: text)))
            .ToList();
        var wordIds = await SearchWordIdsAsync(names.SelectMany(n => NameMatch.WordsOf(n.Text)).Select(NameMatch.IndexText).Distinct().ToList(), cancellationToken);
        PersonSearchNames.AddRange(names.Select(n => new PersonSearchName
        {
            PersonId = n.Id,
            Text = n.Text,
            Words = NameMatch.WordsOf(n.Text).Select(NameMatch.IndexText).Distinct().Select(w => new PersonSearchNameWord { WordId = wordIds[w] }).ToList(),
        }));
    }

    /// <summary>Adds any words the index lacks and returns every word's id; safe when two writers add the same word.</summary>
    private async Task<Dictionary<string, long>> SearchWordIdsAsync(List<string> words, CancellationToken cancellationToken)
    {
        var ids = new Dictionary<string, long>();
        foreach (var chunk in words.Chunk(500))
        {
            var values = string.Join(", ", chunk.Select((_, i) => $"({{{i}}})"));
            // Only placeholders are spliced in; every word is a parameter.
            var sql = $"INSERT INTO \"SearchWords\" (\"Word\") VALUES {values} ON CONFLICT (\"Word\") DO NOTHING";
            await Database.ExecuteSqlRawAsync(sql, chunk.Cast<object>(), cancellationToken);
            foreach (var w in await SearchWords.AsNoTracking().Where(w => chunk.Contains(w.Word)).ToListAsync(cancellationToken))
            {
                ids[w.Word] = w.Id;
            }
        }
        return ids;
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
