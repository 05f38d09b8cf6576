using System.Security.Claims;
using System.Security.Cryptography;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Microsoft.EntityFrameworkCore;
using Waypoint.Core.Audit;
using Waypoint.Core.Contacts;
using Waypoint.Web.Audit;
using Waypoint.Web.Data;

namespace Waypoint.Web.Features.Contacts;

/// <summary>
/// CON-02: an officer's appointments as an iCalendar feed (RFC 5545, written with Ical.Net) at a secret, revocable
/// address, so their own calendar shows them. A calendar program cannot sign in and its data leaves Waypoint, so the
/// feed names people by initials and offender number only: never a full name, an alert or what the contact is for.
/// </summary>
public sealed class DiaryFeeds(WaypointDbContext db, TimeProvider clock)
{
    public const string DiaryFeedRecord = "DiaryFeed";

    /// <summary>The feed covers a month back and three months ahead: what a calendar needs, and no more.</summary>
    private const int DaysBack = 31, DaysAhead = 92;

    public Task<DiaryFeed?> ActiveAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var me = Actor.From(user).UserId;
        return db.DiaryFeeds.AsNoTracking().FirstOrDefaultAsync(f => f.UserId == me && f.RevokedAt == null, ct);
    }

    /// <summary>A new secret address for the user's feed, returned once; any earlier one stops working.</summary>
    public async Task<string> CreateAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var actor = Actor.From(user);
        var now = clock.GetUtcNow();
        await RevokeAllAsync(actor.UserId, now, ct);
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).Replace('+', '-').Replace('/', '_').TrimEnd('=');
        var feed = new DiaryFeed { Id = Guid.NewGuid(), UserId = actor.UserId, TokenHash = Hash(token), CreatedAt = now };
        db.DiaryFeeds.Add(feed);
        db.Audit(AuditEntry.Create(now, actor.UserId, actor.UserName, "diary-feed.created", DiaryFeedRecord, feed.Id.ToString(), null, null, null));
        await db.SaveChangesAsync(ct);
        return token;
    }

    public async Task<bool> RevokeAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var actor = Actor.From(user);
        var now = clock.GetUtcNow();
        var revoked = await RevokeAllAsync(actor.UserId, now, ct);
        if (revoked > 0)
        {
            db.Audit(AuditEntry.Create(now, actor.UserId, actor.UserName, "diary-feed.revoked", DiaryFeedRecord, actor.UserId, null, null, null));
            await db.SaveChangesAsync(ct);
        }
        return revoked > 0;
    }

    private Task<int> RevokeAllAsync(string userId, DateTimeOffset now, CancellationToken ct) =>
        db.DiaryFeeds.Where(f => f.UserId == userId && f.RevokedAt == null).ExecuteUpdateAsync(u => u.SetProperty(f => f.RevokedAt, now), ct);

    /// <summary>The calendar for a feed's secret, or null when there is no such feed or it was revoked. Each read is audited.</summary>
    public async Task<string?> CalendarAsync(string token, CancellationToken ct)
    {
        var hash = Hash(token);
        var feed = await db.DiaryFeeds.SingleOrDefaultAsync(f => f.TokenHash == hash && f.RevokedAt == null, ct);
        if (feed is null)
        {
            return null;
        }
        var now = clock.GetUtcNow();
        // A locked or expired account's feed stops with the account, as its sign-in and API tokens do.
        var owner = await db.Users.AsNoTracking().SingleAsync(u => u.Id == feed.UserId, ct);
        if ((owner.LockoutEnabled && owner.LockoutEnd > now) || owner.AccessExpiresAt <= now)
        {
            return null;
        }
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var (from, to) = (today.AddDays(-DaysBack), today.AddDays(DaysAhead));
        var entries = await db.Contacts.AsNoTracking()
            .Where(c => c.OfficerUserId == feed.UserId && c.On >= from && c.On <= to)
            .Join(db.People, c => c.PersonId, p => p.Id, (c, p) => new { c.Id, c.Kind, c.On, c.At, c.Minutes, c.Place, c.Outcome, p.OffenderNumber, p.GivenNames, p.FamilyName })
            .ToListAsync(ct);
        var calendar = new Calendar { ProductId = "-//Waypoint//Diary//EN" };
        calendar.AddProperty("X-WR-CALNAME", $"Waypoint: {owner.DisplayName}");
        foreach (var e in entries)
        {
            var initials = $"{Initial(e.GivenNames)}{Initial(e.FamilyName)}";
            // Floating local times: the officer's calendar shows them at the wall-clock time they were booked for.
            var start = e.On.ToDateTime(e.At);
            calendar.Events.Add(new CalendarEvent
            {
                Uid = $"{e.Id}@waypoint",
                Summary = $"{ContactNames.Kinds[e.Kind]}: {initials} {e.OffenderNumber}",
                Location = e.Place,
                DtStart = new CalDateTime(start),
                DtEnd = new CalDateTime(start.AddMinutes(e.Minutes)),
                Status = e.Outcome is ContactOutcome.Rescheduled or ContactOutcome.CancelledByService ? "CANCELLED" : "CONFIRMED",
            });
        }
        feed.LastReadAt = now;
        db.Audit(AuditEntry.Create(now, feed.UserId, owner.UserName ?? feed.UserId, "diary-feed.read", DiaryFeedRecord, feed.Id.ToString(), null, null, null));
        await db.SaveChangesAsync(ct);
        return new CalendarSerializer().SerializeToString(calendar);
    }

    /// <summary>The address a calendar program subscribes to.</summary>
    public static string Url(HttpRequest request, string token) => $"{request.Scheme}://{request.Host}{request.PathBase}/diary/feed/{token}.ics";

    private static string Initial(string name) => name.Trim() is { Length: > 0 } n ? $"{char.ToUpperInvariant(n[0])}." : "";

    private static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(token)));
}
