using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Waypoint.Web.Audit;
using Waypoint.Web.Data;
using Waypoint.Web.Data.Configurations.Accounts;

namespace Waypoint.Web.Api;

/// <summary>
/// Creates accept an Idempotency-Key: a retry with the same key and body gets the first response again; the same key
/// with a different body is refused with 422, so a client bug cannot silently create something else.
/// </summary>
public sealed class IdempotencyFilter(WaypointDbContext db, TimeProvider clock) : IEndpointFilter
{
    public const string Header = "Idempotency-Key";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var key = http.Request.Headers[Header].ToString();
        if (string.IsNullOrEmpty(key))
        {
            return await next(context);
        }
        if (key.Length > IdempotencyRecordConfiguration.KeyMaxLength)
        {
            return TypedResults.Problem(statusCode: 400, title: "Idempotency-Key too long",
                detail: $"An Idempotency-Key is at most {IdempotencyRecordConfiguration.KeyMaxLength} characters.");
        }
        var userId = Actor.From(http.User).UserId;
        http.Request.Body.Position = 0;
        var requestHash = Convert.ToHexStringLower(await SHA256.HashDataAsync(http.Request.Body));
        var existing = await db.IdempotencyRecords.AsNoTracking().SingleOrDefaultAsync(r => r.UserId == userId && r.Key == key);
        if (existing is not null)
        {
            if (existing.RequestHash != requestHash)
            {
                return TypedResults.Problem(statusCode: 422, title: "Idempotency-Key reused",
                    detail: "This Idempotency-Key was already used with a different request body. Use a new key for a new request.");
            }
            return new ReplayedResult(existing);
        }

        var result = await next(context);
        if (result is not IResult inner)
        {
            return result;
        }
        // Run the result into a buffer so the same bytes can be stored and replayed.
        var original = http.Response.Body;
        using var buffer = new MemoryStream();
        http.Response.Body = buffer;
        try
        {
            await inner.ExecuteAsync(http);
        }
        finally
        {
            http.Response.Body = original;
        }
        if (http.Response.StatusCode is >= 200 and < 300)
        {
            db.ChangeTracker.Clear();
            db.IdempotencyRecords.Add(new IdempotencyRecord
            {
                UserId = userId,
                Key = key,
                RequestHash = requestHash,
                StatusCode = http.Response.StatusCode,
                Location = http.Response.Headers.Location.ToString() is { Length: > 0 } l ? l : null,
                ContentType = http.Response.ContentType ?? "application/json",
                Body = buffer.ToArray(),
                CreatedAt = clock.GetUtcNow(),
            });
            await db.SaveChangesAsync();
        }
        buffer.Position = 0;
        await buffer.CopyToAsync(original);
        return Results.Empty;
    }

    private sealed class ReplayedResult(IdempotencyRecord record) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = record.StatusCode;
            httpContext.Response.ContentType = record.ContentType;
            httpContext.Response.Headers["Idempotent-Replayed"] = "true";
            if (record.Location is not null)
            {
                httpContext.Response.Headers.Location = record.Location;
            }
            await httpContext.Response.Body.WriteAsync(record.Body);
        }
    }
}
