using Microsoft.EntityFrameworkCore;
using Waypoint.Web.Data;

namespace Waypoint.Web.Auth;

/// <summary>
/// REC-05 for every page and endpoint about one person, so none can forget it: a route naming a person (a personId,
/// a person page's id) or an order (orderId) is let through only if the user may see that person. A refusal looks
/// exactly like a person who does not exist (404) so existence does not leak, and it is audited.
/// </summary>
public sealed class PersonAccessGate(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, PersonAccess access, WaypointDbContext db)
    {
        if (context.User.Identity?.IsAuthenticated == true
            && await PersonInRouteAsync(context, db) is { } personId
            && await access.CheckAsync(personId, context.RequestAborted) == PersonVisibility.Refused)
        {
            await access.RecordRefusalAsync(personId, context.Request.Path, context.RequestAborted);
            await RefuseAsync(context, personId);
            return;
        }
        await next(context);
    }

    private static async Task<Guid?> PersonInRouteAsync(HttpContext context, WaypointDbContext db)
    {
        var values = context.Request.RouteValues;
        if (Read(values, "personId") is { } personId)
        {
            return personId;
        }
        var path = context.Request.Path;
        if ((path.StartsWithSegments("/People") || path.StartsWithSegments("/api/v1/people")) && Read(values, "id") is { } id)
        {
            return id;
        }
        if (Read(values, "orderId") is { } orderId)
        {
            return await db.Orders.AsNoTracking().Where(o => o.Id == orderId).Select(o => (Guid?)o.PersonId).SingleOrDefaultAsync(context.RequestAborted);
        }
        return null;
    }

    private static Guid? Read(RouteValueDictionary values, string key) =>
        values.TryGetValue(key, out var value) && Guid.TryParse(value?.ToString(), out var id) ? id : null;

    private static async Task RefuseAsync(HttpContext context, Guid personId)
    {
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            // Word for word what the endpoint says of a person who does not exist.
            var problem = Read(context.Request.RouteValues, "orderId") is { } orderId ? Api.NotFound.Order(orderId) : Api.NotFound.Person(personId);
            await problem.ExecuteAsync(context);
        }
    }
}
