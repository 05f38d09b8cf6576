using System.Globalization;
using Waypoint.Web.Api;

namespace Waypoint.Web.Features.Compliance.Reporting;

/// <summary>
/// A report or drill-down as asked for in a query string, the same for page and API: dates as "2026-06-01" or
/// "1 June 2026", a grouping, filters and an outcome. Reads into a <see cref="ReportFilter"/> or says what is wrong.
/// </summary>
public sealed class ReportInput
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "d MMMM yyyy", "d MMM yyyy", "d/M/yyyy"];

    public string? From { get; set; }

    public string? To { get; set; }

    public string? By { get; set; }

    public string? Site { get; set; }

    public string? Team { get; set; }

    public string? Officer { get; set; }

    public string? Rule { get; set; }

    public string? Outcome { get; set; }

    /// <summary>The last six months to today when no period is given.</summary>
    public static ReportFilter DefaultPeriod(DateOnly today) => new(new DateOnly(today.Year, today.Month, 1).AddMonths(-5), today);

    public Validation Read(DateOnly today, out ReportFilter filter, out ReportGrouping by, out ReportOutcome outcome)
    {
        var v = new Validation();
        var period = DefaultPeriod(today);
        var from = Date(v, "from", From, "the start of the period") ?? period.From;
        var to = Date(v, "to", To, "the end of the period") ?? period.To;
        if (v.IsValid && from > to)
        {
            v.Add("to", "The end of the period must be on or after its start");
        }
        if (v.IsValid && to.DayNumber - from.DayNumber > 366 * 5)
        {
            v.Add("from", "The period can be at most five years");
        }
        by = v.Code<ReportGrouping>("by", By, "how to group the figures (Site, Team, Officer or Rule)", required: false) ?? ReportGrouping.Site;
        outcome = v.Code<ReportOutcome>("outcome", Outcome, "the outcome (Due, OnTime, Late or NotMet)", required: false) ?? ReportOutcome.Due;
        Guid? site = null;
        if (!string.IsNullOrEmpty(Site))
        {
            if (Guid.TryParse(Site, out var s))
            {
                site = s;
            }
            else
            {
                v.Add("site", "Choose a site from the list");
            }
        }
        if (!string.IsNullOrEmpty(Team) && Team != ReportFilter.NoTeam && !Guid.TryParse(Team, out _))
        {
            v.Add("team", "Choose a team from the report");
        }
        v.Optional("officer", Officer, "the officer", 100).Optional("rule", Rule, "the rule", 100);
        filter = new ReportFilter(from, to, site, NullIfEmpty(Team), NullIfEmpty(Officer), NullIfEmpty(Rule));
        return v;
    }

    /// <summary>The query string that asks for exactly this filter and outcome: every figure's link (BYD-03).</summary>
    public static string Query(ReportFilter f, ReportOutcome? outcome = null, ReportGrouping? by = null) =>
        Microsoft.AspNetCore.Http.QueryString.Create(new Dictionary<string, string?>
        {
            ["from"] = f.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["to"] = f.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["by"] = by?.ToString(),
            ["site"] = f.Site?.ToString(),
            ["team"] = f.Team,
            ["officer"] = f.Officer,
            ["rule"] = f.Rule,
            ["outcome"] = outcome?.ToString(),
        }.Where(p => p.Value is not null)).ToString();

    private static DateOnly? Date(Validation v, string field, string? text, string label)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        if (DateOnly.TryParseExact(text.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) && date.Year >= 1900 && date.Year <= 2200)
        {
            return date;
        }
        v.Add(field, $"Enter {label} as a real date, for example 1 June 2026");
        return null;
    }

    private static string? NullIfEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
