using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Waypoint.Core.Compliance;
using Waypoint.Web.Auth;
using Waypoint.Web.Data;

namespace Waypoint.Web.Features.Compliance.Reporting;

/// <summary>How a compliance report breaks its figures down (CMP-05).</summary>
public enum ReportGrouping
{
    Site,
    Team,
    Officer,
    Rule,
}

/// <summary>Which of the judged obligations a figure counts (BYD-03: each figure links to exactly these).</summary>
public enum ReportOutcome
{
    Due,
    OnTime,
    Late,
    NotMet,
}

/// <summary>
/// What a report or its drill-down covers. Officer is a user id, or "coordinator:{site id}" for work owned by coordinator
/// duties; Team "none" is work of officers in no team or owned by coordinator duties.
/// </summary>
public sealed record ReportFilter(DateOnly From, DateOnly To, Guid? Site = null, string? Team = null, string? Officer = null, string? Rule = null)
{
    public const string CoordinatorPrefix = "coordinator:";
    public const string NoTeam = "none";
}

/// <summary>One line of a report: the obligations due in the period for a site, team, officer or rule, and how they were met.</summary>
public sealed record ReportRow(string Label, ReportFilter Filter, int Due, int OnTime, int Late, int NotMet)
{
    public int? Rate => OnTimeRate(OnTime, Due);

    /// <summary>On-time rate as a whole percentage; none when nothing was due.</summary>
    public static int? OnTimeRate(int onTime, int due) => due == 0 ? null : (int)Math.Round(100.0 * onTime / due, MidpointRounding.AwayFromZero);
}

/// <summary>One month of the trend.</summary>
public sealed record TrendPoint(DateOnly Month, ReportFilter Filter, int Due, int OnTime)
{
    public int? Rate => ReportRow.OnTimeRate(OnTime, Due);

    public string Label => Month.ToString("MMM yyyy", CultureInfo.InvariantCulture);
}

public sealed record ComplianceFigures(ReportFilter Filter, ReportGrouping By, DateOnly JudgedTo, IReadOnlyList<ReportRow> Rows, ReportRow Total, IReadOnlyList<TrendPoint> Trend);

/// <summary>One obligation behind a figure.</summary>
public sealed record ReportedObligation(string Key, Guid PersonId, string OffenderNumber, string Name, string What, string Rule, DateOnly DueOn, DateOnly? MetOn, string Outcome, string Owner);

/// <summary>
/// CMP-05: on-time rates for a period by site, team, officer or rule, with a monthly trend; BYD-03: every figure is a
/// filter over one query (<see cref="Judged"/>) that the drill-down lists, so the two cannot disagree. An obligation is
/// judged once it has fallen due (up to today) unless waived or no longer applicable by its due date: met by the due
/// date is on time, met after it is late, otherwise not met. Scoped to the sites the user works at (REC-05) unless
/// their role sees the jurisdiction.
/// </summary>
public sealed class ComplianceReport(WaypointDbContext db, PersonAccess access, WorkQueue queue)
{
    public async Task<ComplianceFigures> FiguresAsync(ReportFilter filter, ReportGrouping by, CancellationToken ct)
    {
        var judged = await JudgedAsync(filter, ct);
        // Counted in the database by the parts any grouping is made of; a few rows per officer and rule, folded here.
        var parts = await judged
            .GroupBy(o => new { o.SiteId, o.Owner.UserId, o.Owner.CoordinatorSiteId, o.RuleId })
            .Select(g => new Part(g.Key.SiteId, g.Key.UserId, g.Key.CoordinatorSiteId, g.Key.RuleId,
                g.Count(), g.Count(o => o.MetOn != null && o.MetOn <= o.DueOn), g.Count(o => o.MetOn != null && o.MetOn > o.DueOn)))
            .ToListAsync(ct);
        var days = await judged.GroupBy(o => o.DueOn)
            .Select(g => new { Day = g.Key, Due = g.Count(), OnTime = g.Count(o => o.MetOn != null && o.MetOn <= o.DueOn) })
            .ToListAsync(ct);

        var names = await NamesAsync(parts, ct);
        var rows = parts.GroupBy(p => Group(p, by, names, filter))
            .Select(g => new ReportRow(g.Key.Label, g.Key.Filter, g.Sum(p => p.Due), g.Sum(p => p.OnTime), g.Sum(p => p.Late), g.Sum(p => p.Due - p.OnTime - p.Late)))
            .OrderBy(r => r.Label, StringComparer.CurrentCulture)
            .ToList();
        var total = new ReportRow("All", filter, rows.Sum(r => r.Due), rows.Sum(r => r.OnTime), rows.Sum(r => r.Late), rows.Sum(r => r.NotMet));

        var trend = new List<TrendPoint>();
        for (var month = new DateOnly(filter.From.Year, filter.From.Month, 1); month <= filter.To; month = month.AddMonths(1))
        {
            var (start, end) = (Max(month, filter.From), Min(month.AddMonths(1).AddDays(-1), filter.To));
            var inMonth = days.Where(d => d.Day >= start && d.Day <= end).ToList();
            trend.Add(new TrendPoint(month, filter with { From = start, To = end }, inMonth.Sum(d => d.Due), inMonth.Sum(d => d.OnTime)));
        }
        return new ComplianceFigures(filter, by, Min(filter.To, queue.Today), rows, total, trend);
    }

    /// <summary>The obligations behind a figure, soonest due first (BYD-03).</summary>
    public async Task<(IReadOnlyList<ReportedObligation> Page, int Total)> ObligationsAsync(ReportFilter filter, ReportOutcome outcome, int skip, int take, CancellationToken ct)
    {
        var judged = await JudgedAsync(filter, ct);
        judged = outcome switch
        {
            ReportOutcome.OnTime => judged.Where(o => o.MetOn != null && o.MetOn <= o.DueOn),
            ReportOutcome.Late => judged.Where(o => o.MetOn != null && o.MetOn > o.DueOn),
            ReportOutcome.NotMet => judged.Where(o => o.MetOn == null),
            _ => judged,
        };
        var total = await judged.CountAsync(ct);
        var page = await judged.OrderBy(o => o.DueOn).ThenBy(o => o.Key).Skip(skip).Take(take)
            .Join(db.People, o => o.PersonId, p => p.Id, (o, p) => new { Obligation = o, p.OffenderNumber, Name = p.GivenNames + " " + p.FamilyName })
            .ToListAsync(ct);
        var userIds = page.Select(x => x.Obligation.Owner.UserId).OfType<string>().Distinct().ToList();
        var siteIds = page.Select(x => x.Obligation.Owner.CoordinatorSiteId).OfType<Guid>().Distinct().ToList();
        var users = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        var sites = await db.Sites.AsNoTracking().Where(s => siteIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, ct);
        return (page.Select(x => new ReportedObligation(
            x.Obligation.Key, x.Obligation.PersonId, x.OffenderNumber, x.Name, WorkQueue.Describe(x.Obligation.Kind), x.Obligation.RuleId, x.Obligation.DueOn, x.Obligation.MetOn,
            x.Obligation.MetOn is null ? "Not met" : x.Obligation.MetOn <= x.Obligation.DueOn ? "Met on time" : "Met late",
            WorkQueue.OwnerName(x.Obligation.Owner, users, sites))).ToList(), total);
    }

    /// <summary>The one query every figure and drill-down filters: obligations judged in the period that the user may see.</summary>
    private async Task<IQueryable<Obligation>> JudgedAsync(ReportFilter f, CancellationToken ct)
    {
        var last = Min(f.To, queue.Today);
        var judged = db.Obligations.AsNoTracking()
            .Where(o => o.DueOn >= f.From && o.DueOn <= last && o.WaivedOn == null && (o.EndedOn == null || o.EndedOn > o.DueOn));
        var scope = await access.ScopeAsync(ct);
        if (!scope.JurisdictionWide)
        {
            var mine = scope.SiteIds.ToList();
            judged = judged.Where(o => o.SiteId != null && mine.Contains(o.SiteId.Value));
        }
        if (f.Site is { } site)
        {
            judged = judged.Where(o => o.SiteId == site);
        }
        if (f.Rule is { } rule)
        {
            judged = judged.Where(o => o.RuleId == rule);
        }
        if (f.Officer is { } officer)
        {
            judged = officer.StartsWith(ReportFilter.CoordinatorPrefix, StringComparison.Ordinal) && Guid.TryParse(officer[ReportFilter.CoordinatorPrefix.Length..], out var at)
                ? judged.Where(o => o.Owner.CoordinatorSiteId == at)
                : judged.Where(o => o.Owner.UserId == officer);
        }
        if (f.Team == ReportFilter.NoTeam)
        {
            judged = judged.Where(o => o.Owner.UserId == null || db.Users.Any(u => u.Id == o.Owner.UserId && u.TeamId == null));
        }
        else if (Guid.TryParse(f.Team, out var team))
        {
            judged = judged.Where(o => db.Users.Any(u => u.Id == o.Owner.UserId && u.TeamId == team));
        }
        return judged;
    }

    private sealed record Part(Guid? SiteId, string? UserId, Guid? CoordinatorSiteId, string RuleId, int Due, int OnTime, int Late);

    private sealed record Names(
        IReadOnlyDictionary<Guid, string> Sites, IReadOnlyDictionary<string, (string Name, Guid? TeamId)> Users, IReadOnlyDictionary<Guid, string> Teams);

    private async Task<Names> NamesAsync(IReadOnlyList<Part> parts, CancellationToken ct)
    {
        var userIds = parts.Select(p => p.UserId).OfType<string>().Distinct().ToList();
        var users = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).Select(u => new { u.Id, u.DisplayName, u.TeamId }).ToListAsync(ct);
        var teamIds = users.Select(u => u.TeamId).OfType<Guid>().Distinct().ToList();
        var teams = await db.Teams.AsNoTracking().Where(t => teamIds.Contains(t.Id))
            .Select(t => new { t.Id, Label = t.Name + ", " + db.Sites.Where(s => s.Id == t.SiteId).Select(s => s.Name).First() }).ToDictionaryAsync(t => t.Id, t => t.Label, ct);
        var sites = await db.Sites.AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.Name, ct);
        return new Names(sites, users.ToDictionary(u => u.Id, u => (u.DisplayName, u.TeamId)), teams);
    }

    private static (string Label, ReportFilter Filter) Group(Part p, ReportGrouping by, Names names, ReportFilter f) => by switch
    {
        ReportGrouping.Site => (p.SiteId is { } s ? names.Sites.GetValueOrDefault(s, "A site no longer listed") : "No site", f with { Site = p.SiteId }),
        ReportGrouping.Rule => (p.RuleId, f with { Rule = p.RuleId }),
        ReportGrouping.Officer => p.UserId is { } u
            ? (names.Users.TryGetValue(u, out var user) ? user.Name : "An officer no longer listed", f with { Officer = u })
            : ($"Coordinator duties at {(p.CoordinatorSiteId is { } c ? names.Sites.GetValueOrDefault(c, "a site no longer listed") : "no site")}",
                f with { Officer = $"{ReportFilter.CoordinatorPrefix}{p.CoordinatorSiteId}" }),
        _ => p.UserId is { } member && names.Users.TryGetValue(member, out var m) && m.TeamId is { } team
            ? (names.Teams.GetValueOrDefault(team, "A team no longer listed"), f with { Team = team.ToString() })
            : ("No team (coordinator duties or officers in no team)", f with { Team = ReportFilter.NoTeam }),
    };

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
