using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Waypoint.Core.Notifications;
using Waypoint.Core.Security;
using Waypoint.Web.Audit;
using Waypoint.Web.Data;

namespace Waypoint.Web.Features.Notifications;

/// <summary>
/// NTF-01: tells staff what happened on their cases, in the same save as the change. Nobody is told of their own
/// action. The text names the person only by offender number, so a list glanced at over a shoulder gives little away.
/// </summary>
public sealed class Notifications(WaypointDbContext db, IHttpContextAccessor http, TimeProvider clock)
{
    public Task<int> UnreadCountAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var me = Actor.From(user).UserId;
        return db.Notifications.CountAsync(n => n.RecipientUserId == me && n.ReadAt == null, ct);
    }

    public async Task<(IReadOnlyList<Notification> Page, int Total)> ForAsync(ClaimsPrincipal user, bool unreadOnly, int skip, int take, CancellationToken ct)
    {
        var me = Actor.From(user).UserId;
        var mine = db.Notifications.AsNoTracking().Where(n => n.RecipientUserId == me && (!unreadOnly || n.ReadAt == null));
        return (await mine.OrderByDescending(n => n.CreatedAt).ThenBy(n => n.Id).Skip(skip).Take(take).ToListAsync(ct), await mine.CountAsync(ct));
    }

    /// <summary>Marks one of the user's notifications read and returns it; null when it is not theirs.</summary>
    public async Task<Notification?> ReadAsync(ClaimsPrincipal user, Guid id, CancellationToken ct)
    {
        var me = Actor.From(user).UserId;
        var notification = await db.Notifications.SingleOrDefaultAsync(n => n.Id == id && n.RecipientUserId == me, ct);
        if (notification is not null)
        {
            notification.MarkRead(clock.GetUtcNow());
            await db.SaveChangesAsync(ct);
        }
        return notification;
    }

    public Task<int> ReadAllAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var me = Actor.From(user).UserId;
        var now = clock.GetUtcNow();
        return db.Notifications.Where(n => n.RecipientUserId == me && n.ReadAt == null).ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), ct);
    }

    /// <summary>Adds notifications to the unit of work (the caller saves them with its change); never to the user acting.</summary>
    public void Tell(IEnumerable<string> recipients, NotificationKind kind, Guid personId, string text, string link)
    {
        var now = clock.GetUtcNow();
        var actor = http.HttpContext?.User is { } user ? Actor.From(user).UserId : null;
        foreach (var recipient in recipients.Distinct().Where(r => r != actor))
        {
            db.Notifications.Add(Notification.To(recipient, kind, personId, text, link, now));
        }
    }

    /// <summary>
    /// ASM-05, STF-06: those told of a change to a case: its allocated officers, the team leaders of their teams, and
    /// colleagues on its case team today.
    /// </summary>
    public async Task<IReadOnlyList<string>> CaseTeamAsync(Guid personId, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var officers = Officers(personId);
        var leaders = db.Users.Where(u => officers.Contains(u.Id) && u.TeamId != null)
            .Join(db.Teams, u => u.TeamId, t => t.Id, (u, t) => t.TeamLeaderUserId).Where(l => l != null).Select(l => l!);
        var team = db.CaseTeams.Where(c => c.PersonId == personId)
            .SelectMany(c => c.Members.Where(m => m.UserId != null && m.From <= today && (m.To == null || m.To >= today)).Select(m => m.UserId!));
        return await officers.Union(leaders).Union(team).ToListAsync(ct);
    }

    /// <summary>The case's allocated officers only: told of notes others add to their cases.</summary>
    public Task<List<string>> OfficersAsync(Guid personId, CancellationToken ct) => Officers(personId).ToListAsync(ct);

    private IQueryable<string> Officers(Guid personId) =>
        db.CaseAllocations.Where(c => c.PersonId == personId).SelectMany(c => c.Allocations.Where(a => a.To == null).Select(a => a.OfficerUserId));

    /// <summary>Of these accounts, those who may read a confidential note (REC-02).</summary>
    public async Task<IReadOnlyList<string>> ConfidentialReadersAsync(IReadOnlyList<string> userIds, CancellationToken ct) =>
        await db.UserRoles.Where(ur => userIds.Contains(ur.UserId))
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
            .Where(x => Roles.ConfidentialNoteReaders.Contains(x.Name!)).Select(x => x.UserId).Distinct().ToListAsync(ct);

    public static string Describe(NotificationKind kind) => kind switch
    {
        NotificationKind.Allocation => "Allocation",
        NotificationKind.RiskChanged => "Risk level changed",
        NotificationKind.NoteAdded => "Case note added",
        NotificationKind.PlanSubmitted => "Plan submitted",
        NotificationKind.PlanReturned => "Plan returned",
        NotificationKind.PlanApproved => "Plan approved",
        NotificationKind.PlanRefused => "Plan refused",
        NotificationKind.ImpSubmitted => "IMP submitted",
        NotificationKind.ImpReturned => "IMP returned",
        NotificationKind.ImpApproved => "IMP approved",
        NotificationKind.BreachSubmitted => "Breach referral submitted",
        NotificationKind.BreachReturned => "Breach referral returned",
        NotificationKind.BreachApproved => "Breach referral approved",
        _ => kind.ToString(),
    };

    /// <summary>The person's offender number, which notification texts use instead of a name.</summary>
    public Task<string> OffenderNumberAsync(Guid personId, CancellationToken ct) =>
        db.People.Where(p => p.Id == personId).Select(p => p.OffenderNumber).SingleAsync(ct);
}
