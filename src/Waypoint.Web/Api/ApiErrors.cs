using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Waypoint.Core.Common;

namespace Waypoint.Web.Api;

/// <summary>
/// Turns what a client got wrong into RFC 9457 problem details in one place: unreadable JSON, unknown fields, oversize
/// bodies, broken domain rules and stale writes. Anything else is a real fault and stays a 500 without details.
/// </summary>
public sealed class ApiErrors(IProblemDetailsService problems, ILogger<ApiErrors> log) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var (status, title, detail, errors) = exception switch
        {
            BadHttpRequestException bad => (bad.StatusCode, bad.StatusCode == 413 ? "Request too large" : "Malformed request", Describe(bad), (IDictionary<string, string[]>?)null),
            JsonException json => (400, "Malformed JSON", json.Message, null),
            BusinessRuleViolation rule => (422, "The change breaks a rule", rule.Message,
                rule.Rule.Field is { } f ? new Dictionary<string, string[]> { [char.ToLowerInvariant(f[0]) + f[1..]] = [rule.Message] } : null),
            DbUpdateConcurrencyException => (412, "The record has changed", "Someone changed this record after you read it. Read it again, then reapply your change.", null),
            _ => (0, "", "", null),
        };
        if (status == 0)
        {
            // By now the middleware has pointed the request at the error page; the feature keeps the path that failed.
            var path = context.Features.Get<IExceptionHandlerFeature>()?.Path is { } failed ? new PathString(failed) : context.Request.Path;
            if (!path.StartsWithSegments("/api") || path.StartsWithSegments("/api/docs"))
            {
                return false;
            }
            // A fault of ours: the API still answers in its own format, with nothing internal in it.
            log.LogError(exception, "Unhandled error on {Path}", path);
            context.Response.StatusCode = StatusCodes.Status500InternalServerError;
            return await problems.TryWriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = { Status = 500, Title = "Something went wrong", Detail = "The request could not be completed. Nothing was changed. Try again, and tell support if it keeps happening." },
            });
        }
        log.LogInformation("Client error {Status} on {Path}: {Title}", status, context.Request.Path, title);
        context.Response.StatusCode = status;
        var problem = new Microsoft.AspNetCore.Mvc.ProblemDetails { Status = status, Title = title, Detail = detail };
        if (errors is not null)
        {
            problem.Extensions["errors"] = errors;
        }
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem, Exception = exception });
    }

    /// <summary>The framework's message names the parameter; the inner JSON error names the field and what was wrong.</summary>
    private static string Describe(BadHttpRequestException bad) => bad.InnerException switch
    {
        JsonException json => json.Message,
        null => bad.Message,
        var inner => $"{bad.Message} {inner.Message}",
    };
}
