using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Waypoint.Core.Audit;
using Waypoint.Web.Api;
using Waypoint.Web.Auth;
using Waypoint.Web.Features.People;

namespace Waypoint.Web.Features.Audit;

/// <summary>/api/v1/audit: search, export and verify the audit trail (REC-03). Records officers and administrators only.</summary>
public static class AuditApi
{
    public static RouteGroupBuilder MapAuditApi(this RouteGroupBuilder api)
    {
        var audit = api.MapGroup("/audit").WithTags("Audit").RequireAuthorization(Policies.ReadAudit);
        audit.MapGet("/", Search).WithName("SearchAudit");
        audit.MapGet("/export.csv", Export).WithName("ExportAudit");
        audit.MapGet("/verification", Verify).WithName("VerifyAudit");
        return api;
    }

    public static async Task<Results<Ok<Page<AuditRow>>, ValidationProblem>> Search(
        AuditSearch search, string? person, string? user, string? action, string? from, string? to, int? limit, string? cursor, CancellationToken ct)
    {
        var (filter, v) = Parse(person, user, action, from, to);
        if (!Cursor.TryReadNumber(cursor, long.MaxValue, out var before))
        {
            v.Add("cursor", "The cursor is not one this API gave out; start again without it");
        }
        if (limit is < 1 or > Cursor.MaxLimit)
        {
            v.Add("limit", $"Limit must be between 1 and {Cursor.MaxLimit}");
        }
        if (!v.IsValid)
        {
            return TypedResults.ValidationProblem(v.Errors);
        }
        return TypedResults.Ok(await search.SearchAsync(filter, before, limit ?? Cursor.DefaultLimit, ct));
    }

    public static IResult Export(AuditSearch search, string? person, string? user, string? action, string? from, string? to)
    {
        var (filter, v) = Parse(person, user, action, from, to);
        if (!v.IsValid)
        {
            return TypedResults.ValidationProblem(v.Errors);
        }
        return Results.Stream(stream => search.WriteCsvAsync(filter, stream, CancellationToken.None), "text/csv", "audit.csv");
    }

    public static Ok<AuditVerification> Verify(AuditSearch search) => TypedResults.Ok(search.Verify());

    private static (AuditFilter Filter, Validation Validation) Parse(string? person, string? user, string? action, string? from, string? to)
    {
        var filter = new AuditFilter { Person = person, User = user, Action = action };
        var v = filter.Validate();
        filter.From = ParseDate(v, "from", from);
        filter.To = ParseDate(v, "to", to);
        if (filter.From is { } f && filter.To is { } t && t < f)
        {
            v.Add("to", "The end date must be the same as or after the start date");
        }
        return (filter, v);
    }

    private static DateOnly? ParseDate(Validation v, string field, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            return d;
        }
        v.Add(field, $"{char.ToUpperInvariant(field[0])}{field[1..]} must be a date in the form YYYY-MM-DD");
        return null;
    }
}
