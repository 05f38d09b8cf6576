using System.Globalization;
using CsvHelper;
using SpreadCheetah;

namespace Waypoint.Web.Features.Compliance.Reporting;

/// <summary>CMP-05: a compliance report as CSV (the breakdown) or XLSX (the breakdown and the monthly trend on their own sheets).</summary>
public static class ReportExport
{
    private static readonly string[] Header = ["Group", "Due", "Met on time", "Met late", "Not met", "On-time rate (%)"];

    public static string FileName(ComplianceFigures f, string extension) =>
        $"compliance-by-{f.By.ToString().ToLowerInvariant()}-{f.Filter.From:yyyy-MM-dd}-to-{f.Filter.To:yyyy-MM-dd}.{extension}";

    public static async Task WriteCsvAsync(ComplianceFigures figures, Stream output, CancellationToken ct)
    {
        await using var writer = new StreamWriter(output, leaveOpen: true);
        await using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture);
        foreach (var heading in Header)
        {
            csv.WriteField(heading);
        }
        await csv.NextRecordAsync();
        foreach (var row in figures.Rows.Append(figures.Total))
        {
            csv.WriteField(row.Label);
            csv.WriteField(row.Due);
            csv.WriteField(row.OnTime);
            csv.WriteField(row.Late);
            csv.WriteField(row.NotMet);
            csv.WriteField(row.Rate?.ToString(CultureInfo.InvariantCulture) ?? "");
            await csv.NextRecordAsync();
        }
        await writer.FlushAsync(ct);
    }

    public static async Task WriteXlsxAsync(ComplianceFigures figures, Stream output, CancellationToken ct)
    {
        await using var book = await Spreadsheet.CreateNewAsync(output, cancellationToken: ct);
        await book.StartWorksheetAsync($"By {figures.By.ToString().ToLowerInvariant()}", token: ct);
        await book.AddRowAsync(Header.Select(h => new Cell(h)).ToArray(), ct);
        foreach (var row in figures.Rows.Append(figures.Total))
        {
            await book.AddRowAsync([new Cell(row.Label), new Cell(row.Due), new Cell(row.OnTime), new Cell(row.Late), new Cell(row.NotMet), row.Rate is { } r ? new Cell(r) : new Cell("")], ct);
        }
        await book.StartWorksheetAsync("Trend", token: ct);
        await book.AddRowAsync([new Cell("Month"), new Cell("Due"), new Cell("Met on time"), new Cell("On-time rate (%)")], ct);
        foreach (var point in figures.Trend)
        {
            await book.AddRowAsync([new Cell(point.Label), new Cell(point.Due), new Cell(point.OnTime), point.Rate is { } r ? new Cell(r) : new Cell("")], ct);
        }
        await book.FinishAsync(ct);
    }
}
