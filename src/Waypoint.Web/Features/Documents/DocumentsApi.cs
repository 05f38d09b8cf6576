using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Waypoint.Core.Documents;
using Waypoint.Web.Api;
using Waypoint.Web.Auth;
using Waypoint.Web.Data;

namespace Waypoint.Web.Features.Documents;

public sealed record DocumentResponse(
    Guid Id, Guid PersonId, string Kind, string Title, string FileName, string ContentType, long Size, string Sha256,
    string? RecordType, string? RecordId, string UploadedBy, DateTimeOffset UploadedAt)
{
    public static DocumentResponse Of(Document d) => new(
        d.Id, d.PersonId, d.Kind.ToString(), d.Title, d.FileName, d.ContentType, d.Size, d.Sha256, d.RecordType, d.RecordId, d.UploadedBy, d.UploadedAt);
}

/// <summary>/api/v1/people/{personId}/documents (CON-06): upload (multipart), list, download.</summary>
public static class DocumentsApi
{
    /// <summary>A document upload may be larger than other API bodies: the file's limit and room for the form around it.</summary>
    public static bool IsUpload(HttpRequest request) =>
        HttpMethods.IsPost(request.Method) && request.Path.StartsWithSegments("/api/v1/people") && request.Path.Value!.EndsWith("/documents", StringComparison.Ordinal);

    public static RouteGroupBuilder MapDocumentsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/people/{personId:guid}/documents").WithTags("Documents").RequireAuthorization(Policies.ReadPeople);
        group.MapGet("/", List).WithName("ListDocuments");
        group.MapGet("/{documentId:guid}", Download).WithName("DownloadDocument");
        // The API authenticates by token, never by cookie, so a form post cannot be forged from another site.
        group.MapPost("/", Upload).WithName("UploadDocument").RequireAuthorization(Policies.WriteNotes).DisableAntiforgery();
        return api;
    }

    public static async Task<IResult> List(Guid personId, WaypointDbContext db, Documents documents, Web.Audit.AuditTrail audit, CancellationToken ct)
    {
        if (!await db.People.AnyAsync(p => p.Id == personId, ct))
        {
            return Api.NotFound.Person(personId);
        }
        var list = await documents.ForPersonAsync(personId, ct);
        audit.PersonViewed(personId, "documents api");
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(list.Select(DocumentResponse.Of).ToList());
    }

    public static async Task<IResult> Download(Guid personId, Guid documentId, Documents documents, CancellationToken ct) =>
        await documents.DownloadAsync(personId, documentId, ct) is { } found
            ? TypedResults.File(found.Bytes, found.Document.ContentType, found.Document.FileName)
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Document not found", detail: $"This person has no document with the id {documentId}.");

    public static async Task<IResult> Upload(
        Guid personId, IFormFile? file, [FromForm] string? kind, [FromForm] string? title, WaypointDbContext db, Documents documents, HttpContext http, CancellationToken ct)
    {
        if (!await db.People.AnyAsync(p => p.Id == personId, ct))
        {
            return Api.NotFound.Person(personId);
        }
        var v = new Validation();
        var documentKind = v.Code<DocumentKind>("kind", kind, "the kind of document");
        if (!v.IsValid)
        {
            return TypedResults.ValidationProblem(v.Errors);
        }
        var result = await documents.UploadAsync(personId, file, documentKind!.Value, title, null, null, http.User, ct);
        return result.Document is { } document
            ? TypedResults.Created($"/api/v1/people/{personId}/documents/{document.Id}", DocumentResponse.Of(document))
            : TypedResults.ValidationProblem(new Dictionary<string, string[]> { [result.Field!] = [result.Problem!] });
    }
}
