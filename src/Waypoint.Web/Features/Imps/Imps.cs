using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Waypoint.Core.Common;
using Waypoint.Core.Compliance;
using Waypoint.Core.Notifications;
using Waypoint.Core.Orders;
using Waypoint.Core.Plans;
using Waypoint.Core.Policy;
using Waypoint.Web.Audit;
using Waypoint.Web.Auth;
using Waypoint.Web.Data;
using Waypoint.Web.Features.Policy;

namespace Waypoint.Web.Features.Imps;

/// <summary>
/// What an IMP is written against: the pack of the prison the person is in, whether the pack's threshold requires an
/// IMP for their effective sentence (PLN-09), and the security classifications it may recommend.
/// </summary>
public sealed record ImpContext(PolicyPack Pack, string Prison, EffectiveSentence? Sentence, bool Required)
{
    public IReadOnlyList<string> Classifications => Pack.SecurityClassifications.Select(c => c.Code).ToList();
}

/// <summary>
/// PLN-09 (COPP 10.3): a prisoner's Individual Management Plans: developed by an Assessment Officer, approved by the
/// case management coordinator or an authorised assistant superintendent (never its author), reviewed with the case
/// officer. Approvals are facts for the engine: the first anchors the reporting cycle, each review meets its step.
/// </summary>
public sealed class Imps(WaypointDbContext db, PolicyPacks packs, AuditTrail audit, Notifications.Notifications notifications, TimeProvider clock)
{
    public const string ImpRecord = "IndividualManagementPlan";

    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>Each approved version, for the engine: the initial IMP's approval, or a review's (COPP 10.3).</summary>
    public static async Task<ILookup<Guid, CaseRecord>> RecordsAsync(IQueryable<IndividualManagementPlan> imps, CancellationToken ct) =>
        (await imps.Where(i => i.Status == ImpStatus.Approved).Select(i => new { i.PersonId, IsReview = i.ReviewOfId != null, On = i.ApprovedOn!.Value }).ToListAsync(ct))
            .ToLookup(i => i.PersonId, i => i.IsReview
                ? new CaseRecord(CaseRecordKind.ImpReviewed, i.On, "IMP review approved")
                : new CaseRecord(CaseRecordKind.ImpApproved, i.On, "IMP approved"));

    public Task<List<IndividualManagementPlan>> ForPersonAsync(Guid personId, CancellationToken ct) =>
        db.IndividualManagementPlans.AsNoTracking().Where(i => i.PersonId == personId).OrderByDescending(i => i.Number).ToListAsync(ct);

    public Task<IndividualManagementPlan?> FindAsync(Guid personId, Guid impId, CancellationToken ct) =>
        db.IndividualManagementPlans.SingleOrDefaultAsync(i => i.PersonId == personId && i.Id == impId, ct);

    /// <summary>The context for a person in prison; null for anyone not in custody (an IMP is a prison plan).</summary>
    public async Task<ImpContext?> ContextAsync(Guid personId, CancellationToken ct)
    {
        var siteId = await PrisonNowAsync(personId, ct);
        var site = siteId is null ? null : await db.Sites.AsNoTracking().SingleOrDefaultAsync(s => s.Id == siteId, ct);
        if (site is null || packs.ForSite(site) is not { } pack)
        {
            return null;
        }
        var sentence = EffectiveSentence.Of(await db.Orders.AsNoTracking().Where(o => o.PersonId == personId).ToListAsync(ct));
        var threshold = sentence is null ? null : pack.RuleInForce(ComplianceEngine.ImpThresholdRule, sentence.Start);
        var required = sentence is not null && threshold?.Period is { } period && sentence.IsLongerThan(start => pack.After(period, start));
        return new ImpContext(pack, site.Name, sentence, required);
    }

    /// <summary>The initial IMP, or a review of the approved one; refused while a version is still open.</summary>
    public async Task<IndividualManagementPlan> StartAsync(Guid personId, ClaimsPrincipal user, CancellationToken ct)
    {
        var latest = await db.IndividualManagementPlans.Where(i => i.PersonId == personId).OrderByDescending(i => i.Number).FirstOrDefaultAsync(ct);
        var (me, name) = (Actor.From(user).UserId, WaypointClaims.DisplayNameOf(user));
        var imp = latest is null ? IndividualManagementPlan.Draft(personId, me, name) : latest.StartReview(me, name);
        db.IndividualManagementPlans.Add(imp);
        audit.Record(latest is null ? "imp.started" : "imp.review-started", ImpRecord, imp.Id.ToString(), personId, details: new { imp.Number });
        await db.SaveChangesAsync(ct);
        return imp;
    }

    public async Task WriteAsync(IndividualManagementPlan imp, ImpContent content, CancellationToken ct)
    {
        imp.Write(content);
        audit.Record("imp.draft-saved", ImpRecord, imp.Id.ToString(), imp.PersonId, details: new { imp.Number });
        await db.SaveChangesAsync(ct);
    }

    public IReadOnlyList<PlanProblem> Problems(IndividualManagementPlan imp, ImpContext context) => imp.ProblemsSubmitting(context.Required, context.Classifications);

    public async Task SubmitAsync(IndividualManagementPlan imp, ImpContext context, CancellationToken ct)
    {
        imp.Submit(Problems(imp, context), clock.GetUtcNow());
        audit.Record("imp.submitted", ImpRecord, imp.Id.ToString(), imp.PersonId, details: new { imp.Number });
        notifications.Tell(await ApproversAtAsync(imp.PersonId, ct), NotificationKind.ImpSubmitted, imp.PersonId,
            $"{imp.AuthorName} submitted {Describe(imp)} for {await notifications.OffenderNumberAsync(imp.PersonId, ct)} for approval", Link(imp));
        await db.SaveChangesAsync(ct);
    }

    public async Task ReturnAsync(IndividualManagementPlan imp, string comments, ClaimsPrincipal user, CancellationToken ct)
    {
        imp.Return(comments, Actor.From(user).UserId);
        audit.Record("imp.returned", ImpRecord, imp.Id.ToString(), imp.PersonId, details: new { imp.Number });
        notifications.Tell([imp.AuthorUserId], NotificationKind.ImpReturned, imp.PersonId,
            $"{WaypointClaims.DisplayNameOf(user)} returned {Describe(imp)} for {await notifications.OffenderNumberAsync(imp.PersonId, ct)} with comments", Link(imp));
        await db.SaveChangesAsync(ct);
    }

    public async Task ApproveAsync(IndividualManagementPlan imp, ClaimsPrincipal user, CancellationToken ct)
    {
        imp.Approve(Actor.From(user).UserId, WaypointClaims.DisplayNameOf(user), Today);
        audit.Record("imp.approved", ImpRecord, imp.Id.ToString(), imp.PersonId, details: new { imp.Number });
        notifications.Tell([imp.AuthorUserId, .. await notifications.OfficersAsync(imp.PersonId, ct)], NotificationKind.ImpApproved, imp.PersonId,
            $"{WaypointClaims.DisplayNameOf(user)} approved {Describe(imp)} for {await notifications.OffenderNumberAsync(imp.PersonId, ct)}", Link(imp));
        await db.SaveChangesAsync(ct);
    }

    public static string Describe(IndividualManagementPlan imp) => imp.IsReview ? $"IMP review {imp.Number - 1}" : "the IMP";

    public static string Version(IndividualManagementPlan imp) => imp.IsReview ? $"Review {imp.Number - 1}" : "Initial IMP";

    public static string StatusName(ImpStatus status) => status switch
    {
        ImpStatus.Submitted => "Awaiting approval",
        ImpStatus.Returned => "Returned to the assessment officer",
        _ => status.ToString(),
    };

    /// <summary>Those who approve IMPs at the prison the person is in.</summary>
    private async Task<List<string>> ApproversAtAsync(Guid personId, CancellationToken ct)
    {
        var siteId = await PrisonNowAsync(personId, ct);
        var approverRoles = db.Roles.Where(r => Core.Security.Roles.ImpApprovers.Contains(r.Name!)).Select(r => r.Id);
        return await db.Users.Where(u => db.Teams.Any(t => t.Id == u.TeamId && t.SiteId == siteId) && db.UserRoles.Any(ur => ur.UserId == u.Id && approverRoles.Contains(ur.RoleId)))
            .Select(u => u.Id).ToListAsync(ct);
    }

    /// <summary>The prison the person is placed at today, if any.</summary>
    /// <summary>The prison the person is placed at today, if any.</summary>
    public Task<Guid?> PrisonNowAsync(Guid personId, CancellationToken ct)
    {
        var today = Today;
        return db.CustodyRecords.Where(c => c.PersonId == personId)
            .SelectMany(c => c.Placements.Where(p => p.From <= today && (p.To == null || p.To > today)).Select(p => (Guid?)p.SiteId)).FirstOrDefaultAsync(ct);
    }

    private static string Link(IndividualManagementPlan imp) => $"/People/{imp.PersonId}/Imps/{imp.Id}";
}
