using Microsoft.AspNetCore.Mvc;
using Waypoint.Core.Audit;
using Waypoint.Web.Api;
using Waypoint.Web.Features.Shared;

namespace Waypoint.Web.Features.Audit;

/// <summary>REC-03: records officers and administrators search the audit trail, export it as CSV and verify the chain.</summary>
public sealed class IndexModel(AuditSearch search) : WaypointPage
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public AuditFilter Filter { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public DateParts From { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public DateParts To { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? Cursor { get; set; }

    public Page<AuditRow> Results { get; private set; } = new([], null);

    protected override IReadOnlyDictionary<string, string> FieldKeys { get; } = new Dictionary<string, string> { ["to"] = nameof(To) };

    public AuditVerification? Verification { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (ReadFilter())
        {
            var before = Api.Cursor.TryReadNumber(Cursor, long.MaxValue, out var b) ? b : long.MaxValue;
            Results = await search.SearchAsync(Filter, before, PageSize, ct);
        }
    }

    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct)
    {
        if (!ReadFilter())
        {
            return Page();
        }
        Response.ContentType = "text/csv";
        Response.Headers.ContentDisposition = "attachment; filename=\"audit.csv\"";
        await search.WriteCsvAsync(Filter, Response.Body, ct);
        return new EmptyResult();
    }

    public async Task OnPostVerifyAsync(CancellationToken ct)
    {
        Verification = search.Verify();
        ModelState.Clear();
        if (ReadFilter())
        {
            Results = await search.SearchAsync(Filter, long.MaxValue, PageSize, ct);
        }
    }

    public string ExportLink => $"/Audit?handler=Export&{Query()}";

    public string NextLink => $"/Audit?{Query()}&Cursor={Results.NextCursor}";

    private string Query() =>
        string.Join('&', new[]
        {
            ("Filter.Person", Filter.Person), ("Filter.User", Filter.User), ("Filter.Action", Filter.Action),
            ("From.Day", From.Day), ("From.Month", From.Month), ("From.Year", From.Year),
            ("To.Day", To.Day), ("To.Month", To.Month), ("To.Year", To.Year),
        }.Where(p => !string.IsNullOrEmpty(p.Item2)).Select(p => $"{p.Item1}={Uri.EscapeDataString(p.Item2!)}"));

    private bool ReadFilter()
    {
        Filter.From = From.Read("From date", out var fromError);
        Filter.To = To.Read("To date", out var toError);
        if (fromError is not null)
        {
            ModelState.AddModelError(nameof(From), fromError);
        }
        if (toError is not null)
        {
            ModelState.AddModelError(nameof(To), toError);
        }
        AddErrors(Filter.Validate(), "Filter");
        return ModelState.IsValid;
    }
}
