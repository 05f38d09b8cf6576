using Microsoft.EntityFrameworkCore;
using Waypoint.Core.Assessments;
using Waypoint.Core.Compliance;
using Waypoint.Web.Data;
using Waypoint.Web.Features.Policy;

namespace Waypoint.Web.Features.Compliance;

/// <summary>
/// CMP-03: reads people's facts, runs the engine and stores what it derives. The same code serves the change in a
/// request and the full rebuild, so the two cannot drift apart.
/// </summary>
public sealed class Obligations(PolicyPacks packs) : IObligationUpkeep
{
    public string RulesDigest { get; } = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(
        System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(new { ComplianceEngine.Revision, packs.All })))[..24];

    public async Task RefreshAsync(WaypointDbContext db, IReadOnlyCollection<Guid> personIds, CancellationToken cancellationToken)
    {
        var ids = personIds.ToList();
        var derived = (await DeriveAsync(db, ids, cancellationToken)).ToDictionary(o => o.Key);
        var stored = await db.Obligations.AsNoTracking().Where(o => ids.Contains(o.PersonId)).ToDictionaryAsync(o => o.Key, cancellationToken);
        await WriteDifferencesAsync(db, stored, derived, cancellationToken);
    }

    public async Task<ObligationRebuild> RebuildAsync(WaypointDbContext db, TextWriter? progress, CancellationToken cancellationToken)
    {
        const int Batch = 1000;
        int people = 0, total = 0, added = 0, removed = 0, changed = 0;
        var after = "";
        while (true)
        {
            var batch = await db.People.AsNoTracking().Where(p => string.Compare(p.OffenderNumber, after) > 0).OrderBy(p => p.OffenderNumber)
                .Select(p => new { p.Id, p.OffenderNumber }).Take(Batch).ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                break;
            }
            var ids = batch.Select(p => p.Id).ToList();
            var (from, to) = (after, batch[^1].OffenderNumber);
            // The batch as a range of the people table, not a list of a thousand ids sent with every query.
            var inBatch = db.People.Where(p => string.Compare(p.OffenderNumber, from) > 0 && string.Compare(p.OffenderNumber, to) <= 0).Select(p => p.Id);
            var derived = (await DeriveAsync(db, ids, inBatch, cancellationToken)).ToDictionary(o => o.Key);
            var stored = await db.Obligations.AsNoTracking().Where(o => inBatch.Contains(o.PersonId)).ToDictionaryAsync(o => o.Key, cancellationToken);
            added += derived.Keys.Count(k => !stored.ContainsKey(k));
            removed += stored.Keys.Count(k => !derived.ContainsKey(k));
            changed += derived.Count(d => stored.TryGetValue(d.Key, out var s) && s != d.Value);
            await WriteDifferencesAsync(db, stored, derived, cancellationToken);
            people += ids.Count;
            total += derived.Count;
            after = batch[^1].OffenderNumber;
            if (progress is not null && people % 10_000 == 0)
            {
                await progress.WriteLineAsync($"  {people} people checked");
            }
        }
        return new ObligationRebuild(people, total, added, removed, changed);
    }

    /// <summary>
    /// Makes the stored obligations what the engine derived: only what differs is written, so a change or a clean
    /// rebuild that alters nothing writes nothing. The rows it adds are let go afterwards, leaving the caller's unit of
    /// work as it was.
    /// </summary>
    private static async Task WriteDifferencesAsync(WaypointDbContext db, Dictionary<string, Obligation> stored, Dictionary<string, Obligation> derived, CancellationToken cancellationToken)
    {
        var stale = stored.Values.Where(s => !derived.TryGetValue(s.Key, out var d) || d != s).Select(s => s.Key).ToList();
        var fresh = derived.Values.Where(d => !stored.TryGetValue(d.Key, out var s) || s != d).ToList();
        db.ObligationRewrites?.AddRange(stale.Concat(fresh.Select(f => f.Key)).Distinct()
            .Select(key => (stored.GetValueOrDefault(key), derived.GetValueOrDefault(key))));
        if (stale.Count > 0)
        {
            await db.Obligations.Where(o => stale.Contains(o.Key)).ExecuteDeleteAsync(cancellationToken);
        }
        if (fresh.Count == 0)
        {
            return;
        }
        // Thousands of new rows in a rebuild: tell the tracker once rather than scanning it for changes on every add.
        var detecting = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        db.Obligations.AddRange(fresh);
        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(cancellationToken);
        foreach (var added in fresh)
        {
            db.Entry(added).State = EntityState.Detached;
        }
        db.ChangeTracker.AutoDetectChangesEnabled = detecting;
    }

    /// <summary>What the engine derives today from these people's stored facts, in one query per kind of fact.</summary>
    public Task<List<Obligation>> DeriveAsync(WaypointDbContext db, IReadOnlyCollection<Guid> personIds, CancellationToken cancellationToken)
    {
        var ids = personIds.ToList();
        return DeriveAsync(db, ids, db.People.Where(p => ids.Contains(p.Id)).Select(p => p.Id), cancellationToken);
    }

    private async Task<List<Obligation>> DeriveAsync(WaypointDbContext db, IReadOnlyList<Guid> ids, IQueryable<Guid> people, CancellationToken cancellationToken)
    {
        var orders = (await db.Orders.AsNoTracking().Where(o => people.Contains(o.PersonId)).ToListAsync(cancellationToken)).ToLookup(o => o.PersonId);
        var custody = await db.CustodyRecords.AsNoTracking().Where(c => people.Contains(c.PersonId)).ToDictionaryAsync(c => c.PersonId, cancellationToken);
        var allocations = await db.CaseAllocations.AsNoTracking().Where(c => people.Contains(c.PersonId)).ToDictionaryAsync(c => c.PersonId, cancellationToken);
        var waivers = (await db.ObligationWaivers.AsNoTracking().Where(w => people.Contains(w.PersonId)).ToListAsync(cancellationToken)).ToLookup(w => w.PersonId);
        var sites = (await db.Sites.AsNoTracking().ToListAsync(cancellationToken))
            .ToDictionary(s => s.Id, s => new SiteRules(s.Id, s.Code, packs.ForSite(s)));
        // Completed risk-of-reoffending assessments (ASM-04), superseded ones included: each is a fact at its date.
        var assessments = (await Assessments.Assessments.Reoffending(db).Where(a => people.Contains(a.PersonId)).ToListAsync(cancellationToken))
            .OrderBy(a => a.AssessedOn)
            .ToLookup(a => a.PersonId, a => new CaseRecord(
                CaseRecordKind.Assessment, a.AssessedOn, a.Tool == AssessmentTool.LsiR ? "LSI-R" : "LSI-R: SV", Value: a.Level));
        var plans = (await Plans.Plans.Records(db.CaseManagementPlans.Where(p => people.Contains(p.PersonId))).ToListAsync(cancellationToken)).ToLookup(p => p.PersonId);
        var imps = await Imps.Imps.RecordsAsync(db.IndividualManagementPlans.Where(i => people.Contains(i.PersonId)), cancellationToken);
        var contacts = await Contacts.Contacts.RecordsAsync(db.Contacts.Where(c => people.Contains(c.PersonId)), cancellationToken);
        var inductions = await Contacts.Inductions.RecordsAsync(db.Inductions.Where(i => people.Contains(i.PersonId)), cancellationToken);
        var reports = await Contacts.ContactReports.RecordsAsync(db.ContactReports.Where(r => people.Contains(r.PersonId)), cancellationToken);
        var nonCompliance = await Enforcement.NonCompliances.RecordsAsync(db.NonCompliances.Where(n => people.Contains(n.PersonId)), cancellationToken);
        var warnings = await Enforcement.Warnings.RecordsAsync(db.FormalWarnings.Where(w => people.Contains(w.PersonId)), cancellationToken);
        var breaches = await Enforcement.Breaches.RecordsAsync(db.BreachReferrals.Where(b => people.Contains(b.PersonId)), cancellationToken);
        var summaries = await Enforcement.EffectivenessSummaries.RecordsAsync(db.EffectivenessSummaries.Where(s => people.Contains(s.PersonId)), cancellationToken);
        return ids.SelectMany(id => ComplianceEngine.Derive(new PersonFacts(
            id, orders[id].ToList(), custody.GetValueOrDefault(id), allocations.GetValueOrDefault(id), sites,
            Records: [.. assessments[id], .. plans[id].SelectMany(p => p.Records()), .. imps[id], .. contacts[id], .. inductions[id], .. reports[id], .. nonCompliance[id], .. warnings[id], .. breaches[id],
                .. summaries[id]],
            Waivers: waivers[id].ToList()))).ToList();
    }
}
