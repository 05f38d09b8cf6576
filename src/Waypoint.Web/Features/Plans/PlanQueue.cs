using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Waypoint.Core.Plans;
using Waypoint.Web.Audit;
using Waypoint.Web.Data;

namespace Waypoint.Web.Features.Plans;

/// <summary>A plan waiting for someone, with whose it is.</summary>
public sealed record PlanQueueItem(
    Guid PlanId, Guid PersonId, string OffenderNumber, string PersonName, int Number, bool IsReview, PlanStatus Status, bool PersonSigns,
    string AuthorName, DateTimeOffset? SubmittedAt, DateOnly? ApprovedOn)
{
    public string Version => IsReview ? $"Review {Number - 1}" : "Plan";

    /// <summary>What the officer does next with their own plan.</summary>
    public string Next => Status switch
    {
        PlanStatus.Draft => "Finish and submit",
        PlanStatus.Returned => "Returned: make the changes and resubmit",
        PlanStatus.Approved => "Approved: sign it and present it to the person",
        PlanStatus.OfficerSigned => "Awaiting the person's signature",
        _ => PlanNames.Status(Status),
    };
}

public enum PlanQueueKind
{
    /// <summary>PLN-06: submitted plans a team leader may approve: those written in the teams they lead.</summary>
    AwaitingApproval,

    /// <summary>The officer's own plans that need them next: drafts, returned, approved to sign, awaiting the person.</summary>
    Mine,
}

/// <summary>PLN-06: the team leader's "plans awaiting approval" and the officer's own plans in progress, paged in the database.</summary>
public sealed class PlanQueue(WaypointDbContext db)
{
    public async Task<(IReadOnlyList<PlanQueueItem> Page, int Total)> ForAsync(ClaimsPrincipal user, PlanQueueKind kind, int skip, int take, CancellationToken ct)
    {
        var plans = Of(user, kind);
        var total = await plans.CountAsync(ct);
        var ordered = kind == PlanQueueKind.AwaitingApproval ? plans.OrderBy(p => p.SubmittedAt) : plans.OrderBy(p => p.Status).ThenBy(p => p.SubmittedAt);
        var page = await ordered.ThenBy(p => p.Id).Skip(skip).Take(take)
            .Join(db.People, p => p.PersonId, person => person.Id, (p, person) => new PlanQueueItem(
                p.Id, p.PersonId, person.OffenderNumber, person.GivenNames + " " + person.FamilyName, p.Number, p.ReviewOfId != null, p.Status, p.PersonSigns,
                p.AuthorName, p.SubmittedAt, p.ApprovedOn))
            .ToListAsync(ct);
        return (page, total);
    }

    public Task<int> CountAsync(ClaimsPrincipal user, PlanQueueKind kind, CancellationToken ct) => Of(user, kind).CountAsync(ct);

    private IQueryable<CaseManagementPlan> Of(ClaimsPrincipal user, PlanQueueKind kind)
    {
        var me = Actor.From(user).UserId;
        if (kind == PlanQueueKind.Mine)
        {
            return db.CaseManagementPlans.AsNoTracking().Where(p => p.AuthorUserId == me
                && (p.Status == PlanStatus.Draft || p.Status == PlanStatus.Returned || p.Status == PlanStatus.OfficerSigned || (p.Status == PlanStatus.Approved && p.PersonSigns)));
        }
        // The officers of the teams I lead; and other team leaders at my sites, whose own plans a colleague approves.
        var myTeams = db.Teams.Where(t => t.TeamLeaderUserId == me);
        var authors = db.Users.Where(u => myTeams.Any(t => t.Id == u.TeamId)).Select(u => u.Id)
            .Union(db.Teams.Where(t => t.TeamLeaderUserId != null && myTeams.Any(m => m.SiteId == t.SiteId)).Select(t => t.TeamLeaderUserId!));
        return db.CaseManagementPlans.AsNoTracking().Where(p => p.Status == PlanStatus.Submitted && p.AuthorUserId != me && authors.Contains(p.AuthorUserId));
    }
}
