using Microsoft.AspNetCore.Http.HttpResults;

namespace Waypoint.Web.Api;

/// <summary>The API's 404s, worded once.</summary>
public static class NotFound
{
    public static ProblemHttpResult Person(Guid id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Person not found", detail: $"No person has the id {id}.");

    /// <summary>No such note, or a confidential note the user may not read: the same answer, so neither leaks (REC-02).</summary>
    public static ProblemHttpResult CaseNote(Guid id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Case note not found", detail: $"This person has no case note with the id {id}.");

    public static ProblemHttpResult Assessment(Guid id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Assessment not found", detail: $"This person has no assessment with the id {id}.");

    public static ProblemHttpResult Plan(Guid id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Plan not found", detail: $"This person has no Case Management Plan with the id {id}.");

    public static ProblemHttpResult Imp(Guid id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "IMP not found", detail: $"This person has no Individual Management Plan with the id {id}.");

    public static ProblemHttpResult Contact(Guid id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Contact not found", detail: $"This person has no contact with the id {id}.");

    public static ProblemHttpResult ContactReport(Guid id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Contact report not found", detail: $"This person has no contact report with the id {id}.");

    public static ProblemHttpResult NonCompliance(Guid id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Non-compliance not found", detail: $"This person has no non-compliance record with the id {id}.");

    public static ProblemHttpResult BreachReferral(Guid id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Breach referral not found", detail: $"This person has no breach referral with the id {id}.");

    public static ProblemHttpResult EffectivenessSummary(Guid id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Summary not found", detail: $"This person has no effectiveness summary with the id {id}.");

    public static ProblemHttpResult Order(Guid id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Order not found", detail: $"No order has the id {id}.");
}
