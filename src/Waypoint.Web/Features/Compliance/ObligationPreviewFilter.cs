namespace Waypoint.Web.Features.Compliance;

/// <summary>
/// BYD-09 through the API: a change's route with "/preview" on the end runs the same handler inside a rolled-back
/// transaction and answers with what the change would do to obligations. A refusal (400, 404, 412, ...) is answered as
/// the change itself would answer it.
/// </summary>
public sealed class ObligationPreviewFilter : IEndpointFilter
{
    public sealed record PreviewResponse(IReadOnlyList<ObligationChange> Obligations);

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var preview = context.HttpContext.RequestServices.GetRequiredService<ObligationPreview>();
        var (changes, result) = await preview.WithResultAsync(async () => await next(context), context.HttpContext.RequestAborted);
        if (result is IStatusCodeHttpResult { StatusCode: >= 400 })
        {
            return result;
        }
        context.HttpContext.Response.Headers.ETag = default;
        return TypedResults.Ok(new PreviewResponse(changes));
    }
}

public static class ObligationPreviewRoutes
{
    /// <summary>Maps "{pattern}/preview" to the same handler, previewing instead of saving (BYD-09).</summary>
    public static RouteHandlerBuilder MapPreview(this RouteGroupBuilder group, string method, string pattern, Delegate handler, string name, string policy) =>
        group.MapMethods($"{pattern.TrimEnd('/')}/preview", [method], handler).WithName($"Preview{name}").RequireAuthorization(policy)
            .AddEndpointFilter<ObligationPreviewFilter>()
            .WithSummary("What the change would do to obligations, without saving it (BYD-09)");
}
