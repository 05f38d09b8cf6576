using FsCheck.Xunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Waypoint.Core.Common;
using Waypoint.Core.Custody;
using Waypoint.Core.Orders;
using Waypoint.Core.Staff;
using Waypoint.Web.Data;
using Waypoint.Web.Tests.Infrastructure;
using static Waypoint.Web.Tests.Infrastructure.HttpExtensions;

namespace Waypoint.Web.Tests.Compliance;

/// <summary>
/// CMP-03: whatever sequence of receptions, moves, releases, allocations and orders a person goes through, each saved
/// on its own as a request would, the obligations stored along the way equal those a full derivation gives at the end.
/// </summary>
public abstract class IncrementalEqualsRebuildTests(AppFixture app)
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    [Property(MaxTest = 25)]
    [Trait("Req", "CMP-03")]
    public bool StoredObligations_EqualAFullDerivation_AfterAnySequenceOfChanges(int[] steps) =>
        RunAsync(steps.Take(12).ToArray()).GetAwaiter().GetResult();

    private async Task<bool> RunAsync(int[] steps)
    {
        var prisons = new[] { await app.SiteAsync(SiteKind.Prison), await app.SiteAsync(SiteKind.Prison) };
        var office = await app.CommunityOfficeAsync();
        var personId = await app.WithDbAsync(async db =>
        {
            var person = Core.People.Person.Register($"P{Guid.NewGuid():N}"[..9].ToUpperInvariant(),
                new Core.People.PersonDetails(UniqueName("Property"), "Test", new DateOnly(1990, 1, 1), Core.People.Gender.NotStated, Core.People.IndigenousStatus.Neither, "English", false, null, null, null, Core.People.PersonStatus.Active, null, null),
                Today, DateTimeOffset.UtcNow);
            db.People.Add(person);
            await db.SaveChangesAsync();
            return person.Id;
        });
        var day = Today.AddDays(-300);
        foreach (var step in steps)
        {
            var n = Math.Abs((long)step);
            day = day.AddDays(1 + (int)(n / 36 % 9));
            if (day > Today)
            {
                break;
            }
            await ApplyAsync(personId, (int)(n % 6), (int)(n / 6 % 2), day, prisons, office);
        }
        return await app.WithDbAsync(async db =>
        {
            var stored = (await db.Obligations.AsNoTracking().Where(o => o.PersonId == personId).ToListAsync()).OrderBy(o => o.Key).ToList();
            var derived = (await app.Services.GetRequiredService<Features.Compliance.Obligations>().DeriveAsync(db, [personId], CancellationToken.None)).OrderBy(o => o.Key).ToList();
            return stored.SequenceEqual(derived);
        });
    }

    /// <summary>One change, saved on its own; one the rules refuse (a release when not in custody…) changes nothing.</summary>
    private Task ApplyAsync(Guid personId, int op, int which, DateOnly day, Guid[] prisons, Guid office) => app.WithDbAsync(async db =>
    {
        var custody = await db.CustodyRecords.SingleOrDefaultAsync(c => c.PersonId == personId);
        if (custody is null)
        {
            custody = CustodyRecord.For(personId);
            db.CustodyRecords.Add(custody);
        }
        var allocation = await db.CaseAllocations.SingleOrDefaultAsync(c => c.PersonId == personId);
        if (allocation is null)
        {
            allocation = CaseAllocation.For(personId);
            db.CaseAllocations.Add(allocation);
        }
        try
        {
            switch (op)
            {
                case 0:
                    var transfer = custody.Current is { } now && now.SiteId != prisons[which];
                    custody.Place(prisons[which], "Prison", null, day, permanent: true, transfer ? "Transfer" : null, Today);
                    if (transfer)
                    {
                        allocation.EndCurrent(AllocationKind.CaseOfficer, day);
                    }
                    break;
                case 1:
                    custody.Place(prisons[1 - which], "Prison", null, day, permanent: false, "Court", Today);
                    break;
                case 2:
                    custody.Release(day, "Sentence served", Today);
                    allocation.EndCurrent(AllocationKind.CaseOfficer, day);
                    break;
                case 3:
                    allocation.Allocate(which == 0 ? AllocationKind.CaseOfficer : AllocationKind.ResponsibleOfficer, $"officer-{day.DayNumber % 3}", "Officer", day, "Test", null, "test", Today);
                    break;
                case 4:
                    db.Orders.Add(Order.Make(personId, "community", "CCO", false, "Court", new OrderDates(day, day, day, null, null, null, null), Today, office));
                    break;
                default:
                    var active = await db.Orders.Where(o => o.PersonId == personId && o.Status == OrderStatus.Active).OrderBy(o => o.Dates.Start).FirstOrDefaultAsync();
                    active?.End(which == 0 ? OrderStatus.Completed : OrderStatus.Revoked, day, "Test");
                    break;
            }
            return await db.SaveChangesAsync();
        }
        catch (BusinessRuleViolation)
        {
            return 0;
        }
    });
}

[Collection(SqliteCollection.Name)]
public sealed class IncrementalEqualsRebuildOnSqlite(SqliteApp app) : IncrementalEqualsRebuildTests(app);

[Collection(PostgresCollection.Name)]
public sealed class IncrementalEqualsRebuildOnPostgres(PostgresApp app) : IncrementalEqualsRebuildTests(app);
