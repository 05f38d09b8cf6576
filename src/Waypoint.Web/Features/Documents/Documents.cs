using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Waypoint.Core.Documents;
using Waypoint.Web.Audit;
using Waypoint.Web.Auth;
using Waypoint.Web.Data;

namespace Waypoint.Web.Features.Documents;

/// <summary>The outcome of an upload: the document, or the problem with the file, by field.</summary>
public sealed record UploadResult(Document? Document, string? Field, string? Problem);

/// <summary>
/// CON-06: a person's documents: uploaded once (type and size checked by content, SHA-256 kept), listed without their
/// content, downloaded with an audit entry. Never changed or deleted.
/// </summary>
public sealed class Documents(WaypointDbContext db, AuditTrail audit, IConfiguration configuration, TimeProvider clock)
{
    public const string DocumentRecord = "Document";

    /// <summary>The largest file accepted, from Documents:MaxMegabytes (10 MB unless configured).</summary>
    public long MaxBytes => configuration.GetValue("Documents:MaxMegabytes", 10L) * 1024 * 1024;

    public Task<List<Document>> ForPersonAsync(Guid personId, CancellationToken ct) =>
        db.Documents.AsNoTracking().Where(d => d.PersonId == personId).OrderByDescending(d => d.UploadedAt).ToListAsync(ct);

    public Task<List<Document>> ForRecordAsync(string recordType, string recordId, CancellationToken ct) =>
        db.Documents.AsNoTracking().Where(d => d.RecordType == recordType && d.RecordId == recordId).OrderByDescending(d => d.UploadedAt).ToListAsync(ct);

    /// <summary>Reads the upload whole (never more than the limit and a byte), checks it, and stores it with its hash.</summary>
    public async Task<UploadResult> UploadAsync(
        Guid personId, IFormFile? file, DocumentKind kind, string? title, string? recordType, string? recordId, ClaimsPrincipal user, CancellationToken ct)
    {
        if (file is null)
        {
            return new(null, "file", "Choose a file to upload");
        }
        if (string.IsNullOrWhiteSpace(title) || title.Trim().Length > Core.Common.TextLimits.Short)
        {
            return new(null, "title", string.IsNullOrWhiteSpace(title) ? "Give the document a title" : $"The title must be {Core.Common.TextLimits.Short} characters or fewer");
        }
        if (file.Length > MaxBytes)
        {
            return new(null, "file", $"The file must be smaller than {MaxBytes / (1024 * 1024)} MB");
        }
        using var buffer = new MemoryStream();
        await file.OpenReadStream().CopyToAsync(buffer, ct);
        var content = buffer.ToArray();
        var (format, problem) = DocumentFile.Inspect(content, file.FileName, MaxBytes);
        if (format is null)
        {
            return new(null, "file", problem);
        }
        var document = Attach(personId, kind, title, file.FileName, format.Value, content, recordType, recordId, Actor.From(user).UserId, WaypointClaims.DisplayNameOf(user));
        await db.SaveChangesAsync(ct);
        return new(document, null, null);
    }

    /// <summary>Adds a checked file to the unit of work, audited; the caller saves it with its own change.</summary>
    public Document Attach(
        Guid personId, DocumentKind kind, string title, string fileName, DocumentFormat format, byte[] content, string? recordType, string? recordId, string byUserId, string byName)
    {
        var (document, stored) = Document.Upload(personId, kind, title, fileName, format, content, recordType, recordId, byUserId, byName, clock.GetUtcNow());
        db.Documents.Add(document);
        db.DocumentContents.Add(stored);
        audit.Record("document.uploaded", DocumentRecord, document.Id.ToString(), personId,
            details: new { kind = kind.ToString(), document.Sha256, document.Size, recordType, recordId });
        return document;
    }

    /// <summary>The document and its bytes; the download is audited (who, which document, its hash).</summary>
    public async Task<(Document Document, byte[] Bytes)?> DownloadAsync(Guid personId, Guid documentId, CancellationToken ct)
    {
        var document = await db.Documents.AsNoTracking().SingleOrDefaultAsync(d => d.PersonId == personId && d.Id == documentId, ct);
        if (document is null)
        {
            return null;
        }
        var bytes = await db.DocumentContents.AsNoTracking().Where(c => c.DocumentId == documentId).Select(c => c.Bytes).SingleAsync(ct);
        audit.Record("document.downloaded", DocumentRecord, document.Id.ToString(), personId, details: new { document.Sha256 });
        await db.SaveChangesAsync(ct);
        return (document, bytes);
    }

    public static string KindName(DocumentKind kind) => kind switch
    {
        DocumentKind.SignedPlan => "Signed plan",
        _ => kind.ToString(),
    };
}
