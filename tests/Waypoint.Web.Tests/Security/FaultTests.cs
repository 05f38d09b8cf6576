using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Waypoint.Web.Api;
using Waypoint.Web.Tests.Infrastructure;

namespace Waypoint.Web.Tests.Security;

/// <summary>
/// A fault of ours on the API still answers in the API's own format: a 500 problem document that says nothing
/// internal. The exception middleware has already pointed the request at the error page when the handler runs, so
/// the handler must judge by the path that failed.
/// </summary>
[Collection(SqliteCollection.Name)]
public sealed class FaultTests(SqliteApp app)
{
    private sealed class FailedAt(string path, Exception error) : IExceptionHandlerPathFeature
    {
        public Exception Error => error;

        public string Path => path;

        string IExceptionHandlerFeature.Path => path;
    }

    private async Task<(bool Handled, HttpContext Context)> HandleAsync(string failedPath)
    {
        using var scope = app.Services.CreateScope();
        var context = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        context.Request.Path = "/Error";
        context.Response.Body = new MemoryStream();
        var error = new InvalidOperationException("connection string has a secret in it");
        var failed = new FailedAt(failedPath, error);
        context.Features.Set<IExceptionHandlerFeature>(failed);
        context.Features.Set<IExceptionHandlerPathFeature>(failed);
        var handler = new ApiErrors(scope.ServiceProvider.GetRequiredService<IProblemDetailsService>(), NullLogger<ApiErrors>.Instance);
        return (await handler.TryHandleAsync(context, error, CancellationToken.None), context);
    }

    [Fact]
    public async Task ApiFault_IsAProblemDocument_WithNothingInternal()
    {
        var (handled, context) = await HandleAsync("/api/v1/staff/someone");
        Assert.True(handled);
        Assert.Equal(500, context.Response.StatusCode);
        context.Response.Body.Position = 0;
        var body = await new StreamReader(context.Response.Body).ReadToEndAsync();
        Assert.Equal("Something went wrong", JsonDocument.Parse(body).RootElement.GetProperty("title").GetString());
        Assert.DoesNotContain("secret", body);
    }

    [Fact]
    public async Task PageFault_IsLeftToTheErrorPage()
    {
        var (handled, _) = await HandleAsync("/People");
        Assert.False(handled);
    }
}
