using Waypoint.Core.Notifications;
using Waypoint.Web.Api;

namespace Waypoint.Web.Features.Notifications;

public sealed record NotificationResponse(Guid Id, string Kind, string Text, string Link, Guid? PersonId, DateTimeOffset CreatedAt, DateTimeOffset? ReadAt)
{
    public static NotificationResponse Of(Notification n) => new(n.Id, n.Kind.ToString(), n.Text, n.Link, n.PersonId, n.CreatedAt, n.ReadAt);
}

/// <summary>/api/v1/notifications (NTF-01): the signed-in user's own notifications, newest first.</summary>
public static class NotificationsApi
{
    public static RouteGroupBuilder MapNotificationsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/notifications").WithTags("Notifications");
        group.MapGet("/", List).WithName("ListNotifications");
        group.MapPost("/{id:guid}/read", Read).WithName("ReadNotification");
        group.MapPost("/read-all", ReadAll).WithName("ReadAllNotifications");
        return api;
    }

    public static async Task<IResult> List(bool? unread, int? limit, string? cursor, Notifications notifications, HttpContext http, CancellationToken ct)
    {
        if (!OffsetPage.TryRead(cursor, limit, out var page, out var problem))
        {
            return problem!;
        }
        var (items, total) = await notifications.ForAsync(http.User, unread == true, page.Offset, page.Take, ct);
        return TypedResults.Ok(page.Of(items.Select(NotificationResponse.Of).ToList(), total));
    }

    public static async Task<IResult> Read(Guid id, Notifications notifications, HttpContext http, CancellationToken ct) =>
        await notifications.ReadAsync(http.User, id, ct) is { } read
            ? TypedResults.Ok(NotificationResponse.Of(read))
            : TypedResults.Problem(statusCode: 404, title: "Notification not found", detail: $"You have no notification with the id {id}.");

    public static async Task<IResult> ReadAll(Notifications notifications, HttpContext http, CancellationToken ct) =>
        TypedResults.Ok(new { marked = await notifications.ReadAllAsync(http.User, ct) });
}
