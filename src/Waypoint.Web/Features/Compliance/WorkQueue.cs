using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Waypoint.Core.Compliance;
using Waypoint.Web.Audit;
using Waypoint.Web.Auth;
using Waypoint.Web.Data;
using Waypoint.Web.Features.Policy;

namespace Waypoint.Web.Features.Compliance;

/// <summary>One piece of open work in a queue, with the person it is about, whose it is, and its status today.</summary>
public sealed record WorkItem(
    string Key, Guid PersonId, string OffenderNumber, string Name, string Kind, string What, DateOnly DueOn, string Status,
    string Rule, string RuleSource, string Facts, bool Mine, string Owner);

/// <summary>Whose work a queue shows (CMP-04): the user's own, or that of the officers in the teams they lead.</summary>
public enum WorkScope
{
    Mine,
    Team,
}

/// <summary>
/// CMP-04: the work that falls to someone: obligations owned by them as an officer, and those owned by coordinator
/// duties at a site where they do those duties (REC-01). Open means not met and still applicable; the status is derived
/// from today and the pack's due-soon window when read, so the queue is right without a nightly job.
/// </summary>
public sealed class WorkQueue(WaypointDbContext db, PolicyPacks packs, CoordinatorDuties duties, TimeProvider clock)
{
    public const string DueSoonRule = "due-soon-window";

    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public async Task<(IReadOnlyList<WorkItem> Page, int Total)> ForAsync(
        ClaimsPrincipal user, WorkScope scope, ObligationKind? kind, ObligationStatus? status, int skip, int take, CancellationToken ct, bool count = true)
    {
        var me = Actor.From(user).UserId;
        var today = Today;
        int? total;
        List<WorkRow> page;
        // Without a count (the API's cursor only needs to know whether more follow), one row beyond the page says so.
        var rows = count ? take : take + 1;
        if (scope == WorkScope.Mine && status is null && (await duties.SitesAsync(user, ct)).Count == 0)
        {
            var compiled = OwnWorkQueries.For(db);
            total = count ? await compiled.Count(db, me, today, kind, ct) : null;
            // All of it is the user's own, so the owner's name is theirs, as signed in.
            var myName = WaypointClaims.DisplayNameOf(user);
            page = await compiled.Page(db, me, today, kind, skip, rows).Select(r => r with { Officer = myName }).ToListAsync(ct);
        }
        else
        {
            var open = await OpenAsync(user, scope, kind, status, ct);
            total = count ? await open.CountAsync(ct) : null;
            // One read for the page, of the columns the queue shows: the person and the owner's name come with each obligation.
            page = await open.OrderBy(o => o.DueOn).ThenBy(o => o.Key).Skip(skip).Take(rows)
                .Join(db.People, o => o.PersonId, p => p.Id, (o, p) => new WorkRow(
                    o.Key, o.PersonId, p.OffenderNumber, p.GivenNames + " " + p.FamilyName, o.Kind, o.DueOn, o.PackId, o.RuleId, o.RuleSource, o.Facts,
                    o.Owner.UserId, o.Owner.CoordinatorSiteId,
                    db.Users.Where(u => u.Id == o.Owner.UserId).Select(u => u.DisplayName).FirstOrDefault(),
                    db.Sites.Where(s => s.Id == o.Owner.CoordinatorSiteId).Select(s => s.Name).FirstOrDefault()))
                .ToListAsync(ct);
        }
        total ??= skip + page.Count;
        return (page.Take(take).Select(x => new WorkItem(
            x.Key, x.PersonId, x.OffenderNumber, x.Name, x.Kind.ToString(), Describe(x.Kind), x.DueOn,
            Obligation.OpenStatus(x.DueOn, today, DueSoonDays(x.PackId, today)).ToString(), x.RuleId, x.RuleSource, x.Facts,
            x.OwnerUserId == me,
            OwnerName(new ObligationOwner(x.OwnerUserId, x.OwnerSiteId), x.Officer, x.Site))).ToList(), total.Value);
    }

    /// <summary>
    /// An officer's own queue, with no coordinator duties and no status filter, is nearly every request the queue gets.
    /// As compiled queries they skip EF's translation of the expression tree on every request, which measured as half
    /// the request's cost (BENCHMARKS.md). They ask exactly what OpenAsync and the page above ask for that case. A
    /// compiled query serves one model, so there is a pair per database provider's context.
    /// </summary>
    private sealed class OwnWorkQueries
    {
        public readonly Func<WaypointDbContext, string, DateOnly, ObligationKind?, int, int, IAsyncEnumerable<WorkRow>> Page = EF.CompileAsyncQuery(
            (WaypointDbContext db, string me, DateOnly today, ObligationKind? kind, int skip, int take) => db.Obligations.AsNoTracking()
                .Where(o => o.Owner.UserId == me && o.MetOn == null && o.WaivedOn == null && (o.EndedOn == null || o.EndedOn > today) && (kind == null || o.Kind == kind))
                .OrderBy(o => o.DueOn).ThenBy(o => o.Key).Skip(skip).Take(take)
                .Join(db.People, o => o.PersonId, p => p.Id, (o, p) => new WorkRow(
                    o.Key, o.PersonId, p.OffenderNumber, p.GivenNames + " " + p.FamilyName, o.Kind, o.DueOn, o.PackId, o.RuleId, o.RuleSource, o.Facts,
                    me, null, null, null)));

        public readonly Func<WaypointDbContext, string, DateOnly, ObligationKind?, CancellationToken, Task<int>> Count = EF.CompileAsyncQuery(
            (WaypointDbContext db, string me, DateOnly today, ObligationKind? kind, CancellationToken ct) =>
                db.Obligations.Count(o => o.Owner.UserId == me && o.MetOn == null && o.WaivedOn == null && (o.EndedOn == null || o.EndedOn > today) && (kind == null || o.Kind == kind)));

        private static readonly ConcurrentDictionary<Type, OwnWorkQueries> ByContext = new();

        public static OwnWorkQueries For(WaypointDbContext db) => ByContext.GetOrAdd(db.GetType(), _ => new OwnWorkQueries());
    }

    private sealed record WorkRow(
        string Key, Guid PersonId, string OffenderNumber, string Name, ObligationKind Kind, DateOnly DueOn, string PackId, string RuleId,
        string RuleSource, string Facts, string? OwnerUserId, Guid? OwnerSiteId, string? Officer, string? Site);

    /// <summary>Whose work it is, in words, given the officer's or the site's name as read.</summary>
    public static string OwnerName(ObligationOwner owner, string? officer, string? site) => owner switch
    {
        { UserId: not null } => officer ?? "An officer no longer listed",
        { CoordinatorSiteId: not null } => $"Coordinator duties at {site ?? "a site no longer listed"}",
        _ => "Nobody allocated",
    };

    public static string OwnerName(ObligationOwner owner, IReadOnlyDictionary<string, string> users, IReadOnlyDictionary<Guid, string> sites) =>
        OwnerName(owner, owner.UserId is { } u ? users.GetValueOrDefault(u) : null, owner.CoordinatorSiteId is { } s ? sites.GetValueOrDefault(s) : null);

    /// <summary>Whether the user leads a team, and so has a team queue.</summary>
    public Task<bool> LeadsATeamAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var me = Actor.From(user).UserId;
        return db.Teams.AnyAsync(t => t.TeamLeaderUserId == me, ct);
    }

    /// <summary>How much open work falls to the user, in all and by status: the home page's counts (CMP-04).</summary>
    public async Task<(int Overdue, int DueSoon, int All)> CountsAsync(ClaimsPrincipal user, WorkScope scope, CancellationToken ct) =>
        (await (await OpenAsync(user, scope, null, ObligationStatus.Overdue, ct)).CountAsync(ct),
         await (await OpenAsync(user, scope, null, ObligationStatus.DueSoon, ct)).CountAsync(ct),
         await (await OpenAsync(user, scope, null, null, ct)).CountAsync(ct));

    /// <summary>
    /// Open work as a query: the user's own as officer or at a site where they do coordinator duties; or, for a team
    /// leader, the work of the officers in the teams they lead.
    /// </summary>
    private async Task<IQueryable<Obligation>> OpenAsync(ClaimsPrincipal user, WorkScope scope, ObligationKind? kind, ObligationStatus? status, CancellationToken ct)
    {
        var me = Actor.From(user).UserId;
        var today = Today;
        var open = db.Obligations.AsNoTracking().Where(o => o.MetOn == null && o.WaivedOn == null && (o.EndedOn == null || o.EndedOn > today));
        if (scope == WorkScope.Team)
        {
            var team = db.Users.Where(u => db.Teams.Any(t => t.Id == u.TeamId && t.TeamLeaderUserId == me)).Select(u => u.Id);
            open = open.Where(o => o.Owner.UserId != null && team.Contains(o.Owner.UserId));
        }
        else
        {
            var coordinatorSites = await duties.SitesAsync(user, ct);
            // Most officers do no coordinator duties: their queue is one indexed condition, and EF can keep its SQL.
            open = coordinatorSites.Count == 0
                ? open.Where(o => o.Owner.UserId == me)
                : open.Where(o => o.Owner.UserId == me || (o.Owner.CoordinatorSiteId != null && coordinatorSites.Contains(o.Owner.CoordinatorSiteId.Value)));
        }
        if (kind is { } k)
        {
            open = open.Where(o => o.Kind == k);
        }
        return status switch
        {
            ObligationStatus.Overdue => open.Where(o => o.DueOn < today),
            ObligationStatus.DueSoon => open.Where(WithinDueSoonWindow(today)),
            ObligationStatus.Upcoming => open.Where(o => o.DueOn >= today).Where(Not(WithinDueSoonWindow(today))),
            _ => open,
        };
    }


    public int DueSoonDays(string packId, DateOnly on) => packs.Find(packId)?.RuleInForce(DueSoonRule, on)?.Period is { } p ? p.After(on).DayNumber - on.DayNumber : 0;

    /// <summary>Due within each pack's own window: one condition per pack, since the window is a pack value.</summary>
    private Expression<Func<Obligation, bool>> WithinDueSoonWindow(DateOnly today)
    {
        var o = Expression.Parameter(typeof(Obligation), "o");
        Expression any = Expression.Constant(false);
        foreach (var pack in packs.All)
        {
            var limit = today.AddDays(DueSoonDays(pack.Id, today));
            Expression<Func<Obligation, bool>> one = x => x.PackId == pack.Id && x.DueOn >= today && x.DueOn <= limit;
            any = Expression.OrElse(any, Expression.Invoke(one, o));
        }
        return Expression.Lambda<Func<Obligation, bool>>(any, o);
    }

    private static Expression<Func<Obligation, bool>> Not(Expression<Func<Obligation, bool>> predicate) =>
        Expression.Lambda<Func<Obligation, bool>>(Expression.Not(predicate.Body), predicate.Parameters);

    public static string Describe(ObligationKind kind) => kind switch
    {
        ObligationKind.AllocateCaseOfficer => "Allocate a case officer",
        ObligationKind.CaseManagementPlan => "Case Management Plan due",
        ObligationKind.PrimaryContactReport => "Primary contact report due",
        ObligationKind.CaseManagementPlanReview => "Case Management Plan review due",
        ObligationKind.ImpDue => "Individual Management Plan due",
        ObligationKind.ImpReview => "IMP review due",
        ObligationKind.RegularContactReport => "Regular contact report due",
        ObligationKind.Contact => "Contact due",
        ObligationKind.Reassessment => "Reassessment due",
        ObligationKind.ReleaseBriefing => "Release and reintegration briefing due",
        ObligationKind.CommunityHandover => "Community officer allocation before release",
        ObligationKind.Induction => "Induction due",
        ObligationKind.VerifyNonCompliance => "Verify apparent non-compliance",
        ObligationKind.BreachAction => "Decide on breach action",
        ObligationKind.EffectivenessSummary => "Effectiveness summary due",
        _ => kind.ToString(),
    };
}
