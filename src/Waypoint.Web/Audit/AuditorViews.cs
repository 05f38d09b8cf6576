using Waypoint.Core.Security;
using Waypoint.Web.Data;

namespace Waypoint.Web.Audit;

/// <summary>REC-01: an auditor's every view is logged, not just views of person records.</summary>
public sealed class AuditorViews(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, AuditTrail audit, WaypointDbContext db)
    {
        await next(context);
        if (HttpMethods.IsGet(context.Request.Method) && context.User.IsInRole(Roles.Auditor) && context.Response.StatusCode < 400
            && !context.Request.Path.StartsWithSegments("/css") && !context.Request.Path.StartsWithSegments("/js") && !context.Request.Path.StartsWithSegments("/assets"))
        {
            audit.Record("auditor.viewed", "Page", context.Request.Path.Value ?? "/", null, details: new { query = context.Request.QueryString.Value });
            await db.SaveChangesAsync();
        }
    }
}
