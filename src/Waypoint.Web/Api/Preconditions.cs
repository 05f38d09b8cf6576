namespace Waypoint.Web.Api;

/// <summary>ETag / If-Match handling for updates: a missing If-Match is 428, a stale one is 412 (never a silent overwrite).</summary>
public static class Preconditions
{
    public static string ETag(int version) => $"\"{version}\"";

    public static IResult? Check(HttpRequest request, int currentVersion)
    {
        var ifMatch = request.Headers.IfMatch.ToString();
        if (string.IsNullOrWhiteSpace(ifMatch))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status428PreconditionRequired, title: "If-Match required",
                detail: "Send the record's ETag in an If-Match header, so a change made by someone else since you read it is not overwritten.");
        }
        if (ifMatch.Trim() != "*" && !ifMatch.Split(',').Any(tag => tag.Trim() == ETag(currentVersion)))
        {
            return StalePrecondition();
        }
        return null;
    }

    /// <summary>
    /// For a step that names what it does (submit, decide, record an outcome): If-Match is optional, but when sent a
    /// stale one is refused (412).
    /// </summary>
    public static IResult? CheckIfSent(HttpRequest request, int currentVersion) =>
        request.Headers.IfMatch.Count > 0 ? Check(request, currentVersion) : null;

    public static IResult StalePrecondition() => TypedResults.Problem(statusCode: StatusCodes.Status412PreconditionFailed,
        title: "The record has changed",
        detail: "Someone changed this record after you read it. Read it again, then reapply your change.");
}
