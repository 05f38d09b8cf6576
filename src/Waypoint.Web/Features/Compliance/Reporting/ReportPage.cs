using Microsoft.AspNetCore.Mvc;
using Waypoint.Web.Features.Shared;

namespace Waypoint.Web.Features.Compliance.Reporting;

/// <summary>The query string of a report page, read the same way as the API reads it.</summary>
public abstract class ReportPage(WorkQueue queue) : WaypointPage
{
    /// <summary>The query as asked: bound without a prefix, so page and API share their query strings.</summary>
    [BindProperty(SupportsGet = true, Name = "")]
    public ReportInput Asked { get; set; } = new();

    public ReportFilter Filter { get; private set; } = ReportInput.DefaultPeriod(queue.Today);

    public ReportGrouping Grouping { get; private set; }

    public ReportOutcome Showing { get; private set; }

    /// <summary>Reads the query; false (with the errors on the page) when it is not one we can answer.</summary>
    protected bool ReadQuery()
    {
        ModelState.Clear();
        var v = Asked.Read(queue.Today, out var filter, out var by, out var outcome);
        (Filter, Grouping, Showing) = (filter, by, outcome);
        AddErrors(v, "");
        return ModelState.IsValid;
    }

    public static string Day(DateOnly d) => Display.Date(d);

    /// <summary>An SVG text label (Razor reserves the &lt;text&gt; tag for itself).</summary>
    public static Microsoft.AspNetCore.Html.IHtmlContent ChartLabel(double x, double y, string label, string anchor = "middle") =>
        new Microsoft.AspNetCore.Html.HtmlString(string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"<text x=\"{x:0.#}\" y=\"{y:0.#}\" text-anchor=\"{anchor}\" font-size=\"12\" fill=\"#0b0c0c\">{System.Net.WebUtility.HtmlEncode(label)}</text>"));
}
