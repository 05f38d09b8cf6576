using Waypoint.Web.Api;
using Waypoint.Web.Auth;

namespace Waypoint.Web.Features.Compliance.Reporting;

/// <summary>/api/v1/compliance: on-time rates with trend (CMP-05), and the obligations behind each figure (BYD-03).</summary>
public static class ComplianceApi
{
    public static RouteGroupBuilder MapComplianceApi(this RouteGroupBuilder api)
    {
        api.MapGet("/compliance", Figures).WithTags("Compliance").WithName("ComplianceReport").RequireAuthorization(Policies.ReadCompliance);
        api.MapGet("/compliance/obligations", Obligations).WithTags("Compliance").WithName("ComplianceObligations").RequireAuthorization(Policies.ReadCompliance);
        return api;
    }

    /// <summary>A figure with the API address that lists exactly the obligations it counts.</summary>
    public sealed record Figure(int Count, string Obligations);

    public sealed record Row(string Label, Figure Due, Figure OnTime, Figure Late, Figure NotMet, int? Rate);

    public sealed record TrendMonth(string Month, Figure Due, Figure OnTime, int? Rate);

    public sealed record Report(DateOnly From, DateOnly To, DateOnly JudgedTo, string By, IReadOnlyList<Row> Rows, Row Total, IReadOnlyList<TrendMonth> Trend);

    public static async Task<IResult> Figures([AsParameters] ReportInput query, ComplianceReport report, WorkQueue queue, CancellationToken ct)
    {
        var v = query.Read(queue.Today, out var filter, out var by, out _);
        if (!v.IsValid)
        {
            return TypedResults.ValidationProblem(v.Errors);
        }
        var figures = await report.FiguresAsync(filter, by, ct);
        return TypedResults.Ok(new Report(filter.From, filter.To, figures.JudgedTo, by.ToString(), figures.Rows.Select(Of).ToList(), Of(figures.Total),
            figures.Trend.Select(t => new TrendMonth(t.Month.ToString("yyyy-MM"), Link(t.Filter, ReportOutcome.Due, t.Due), Link(t.Filter, ReportOutcome.OnTime, t.OnTime), t.Rate)).ToList()));
    }

    public static async Task<IResult> Obligations([AsParameters] ReportInput query, int? limit, string? cursor, ComplianceReport report, WorkQueue queue, CancellationToken ct)
    {
        var v = query.Read(queue.Today, out var filter, out _, out var outcome);
        if (!v.IsValid)
        {
            return TypedResults.ValidationProblem(v.Errors);
        }
        if (!OffsetPage.TryRead(cursor, limit, out var page, out var problem))
        {
            return problem!;
        }
        var (items, total) = await report.ObligationsAsync(filter, outcome, page.Offset, page.Take, ct);
        return TypedResults.Ok(new { total, page = page.Of(items, total) });
    }

    private static Row Of(ReportRow r) =>
        new(r.Label, Link(r.Filter, ReportOutcome.Due, r.Due), Link(r.Filter, ReportOutcome.OnTime, r.OnTime), Link(r.Filter, ReportOutcome.Late, r.Late),
            Link(r.Filter, ReportOutcome.NotMet, r.NotMet), r.Rate);

    private static Figure Link(ReportFilter filter, ReportOutcome outcome, int count) =>
        new(count, "/api/v1/compliance/obligations" + ReportInput.Query(filter, outcome));
}
