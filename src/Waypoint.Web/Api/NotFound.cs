using Microsoft.AspNetCore.Http.HttpResults;

namespace Waypoint.Web.Api;

/// <summary>The API's 404s, worded once.</summary>
public static class NotFound
{
    public static ProblemHttpResult Person(Guid id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Person not found", detail: $"No person has the id {id}.");

    public static ProblemHttpResult Order(Guid id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Order not found", detail: $"No order has the id {id}.");
}
