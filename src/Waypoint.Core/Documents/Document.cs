using System.Security.Cryptography;
using Waypoint.Core.Common;

namespace Waypoint.Core.Documents;

/// <summary>What a document is (CON-06). Codes are stored; never rename one.</summary>
public enum DocumentKind
{
    SignedPlan,
    Letter,
    Report,
    Correspondence,
    Other,
}

/// <summary>The file formats Waypoint accepts, each recognised by its content, not its name.</summary>
public enum DocumentFormat
{
    Pdf,
    Png,
    Jpeg,
}

/// <summary>
/// CON-06: a file attached to a person's record (a signed plan, a letter, a report), with its SHA-256 so anyone can
/// show it is the file that was uploaded. Never changed or deleted; a corrected file is a new document. The content
/// is kept apart from this record so lists never load it.
/// </summary>
public sealed class Document
{
    private Document()
    {
    }

    public Guid Id { get; private set; }

    public Guid PersonId { get; private set; }

    public DocumentKind Kind { get; private set; }

    public string Title { get; private set; } = "";

    public string FileName { get; private set; } = "";

    public DocumentFormat Format { get; private set; }

    public long Size { get; private set; }

    /// <summary>The content's SHA-256, lower-case hex.</summary>
    public string Sha256 { get; private set; } = "";

    /// <summary>The record it belongs to, if any: for a signed plan, the plan version it is the signed copy of (PLN-07).</summary>
    public string? RecordType { get; private set; }

    public string? RecordId { get; private set; }

    public string UploadedByUserId { get; private set; } = "";

    public string UploadedBy { get; private set; } = "";

    public DateTimeOffset UploadedAt { get; private set; }

    public string ContentType => DocumentFile.ContentTypes[Format];

    /// <summary>Accepts a file already inspected by <see cref="DocumentFile.Inspect"/>; the hash is worked out here.</summary>
    public static (Document Document, DocumentContent Content) Upload(
        Guid personId, DocumentKind kind, string title, string fileName, DocumentFormat format, byte[] content,
        string? recordType, string? recordId, string byUserId, string byName, DateTimeOffset now)
    {
        BusinessRuleViolation.ThrowIfBroken(new MustHoldRule(!string.IsNullOrWhiteSpace(title), "Give the document a title"));
        var document = new Document
        {
            Id = Guid.NewGuid(), PersonId = personId, Kind = kind, Title = title.Trim(), FileName = LastPart(fileName.Trim()), Format = format,
            Size = content.LongLength, Sha256 = Convert.ToHexStringLower(SHA256.HashData(content)), RecordType = recordType, RecordId = recordId,
            UploadedByUserId = byUserId, UploadedBy = byName, UploadedAt = now,
        };
        return (document, new DocumentContent(document.Id, content));
    }

    /// <summary>The name without any folders, whichever separator the browser used (some send the whole Windows path).</summary>
    private static string LastPart(string fileName) => fileName[(fileName.LastIndexOfAny(['/', '\\']) + 1)..];
}

/// <summary>A document's bytes, stored apart from its record.</summary>
public sealed class DocumentContent(Guid documentId, byte[] bytes)
{
    public Guid DocumentId { get; private set; } = documentId;

    public byte[] Bytes { get; private set; } = bytes;
}

/// <summary>
/// CON-06: what a file really is, read from its bytes: a PDF, PNG or JPEG whole from its first byte to its end
/// marker, within the size limit, and named as what it is. A file that is none of these, cut short or misnamed is
/// refused with a message that says which.
/// </summary>
public static class DocumentFile
{
    public static readonly IReadOnlyDictionary<DocumentFormat, string> ContentTypes = new Dictionary<DocumentFormat, string>
    {
        [DocumentFormat.Pdf] = "application/pdf",
        [DocumentFormat.Png] = "image/png",
        [DocumentFormat.Jpeg] = "image/jpeg",
    };

    private static readonly IReadOnlyDictionary<DocumentFormat, string[]> Extensions = new Dictionary<DocumentFormat, string[]>
    {
        [DocumentFormat.Pdf] = [".pdf"],
        [DocumentFormat.Png] = [".png"],
        [DocumentFormat.Jpeg] = [".jpg", ".jpeg"],
    };

    public static (DocumentFormat? Format, string? Problem) Inspect(ReadOnlySpan<byte> content, string fileName, long maxBytes)
    {
        if (content.Length == 0)
        {
            return (null, "The file is empty");
        }
        if (content.Length > maxBytes)
        {
            return (null, $"The file must be smaller than {maxBytes / (1024 * 1024)} MB");
        }
        DocumentFormat? format = content switch
        {
            [0x25, 0x50, 0x44, 0x46, 0x2D, ..] => DocumentFormat.Pdf,
            [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, ..] => DocumentFormat.Png,
            [0xFF, 0xD8, 0xFF, ..] => DocumentFormat.Jpeg,
            _ => null,
        };
        if (format is not { } found)
        {
            return (null, "The file must be a PDF, PNG or JPEG");
        }
        if (!Whole(content, found))
        {
            return (null, $"The file is not a complete {Name(found)}: it may have been cut short in copying or scanning");
        }
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        if (!Extensions[found].Contains(extension))
        {
            return (null, $"The file is a {Name(found)} but its name ends in '{(extension.Length == 0 ? "nothing" : extension)}': rename it to end in {Extensions[found][0]}");
        }
        return (found, null);
    }

    public static string Name(DocumentFormat format) => format switch
    {
        DocumentFormat.Pdf => "PDF",
        DocumentFormat.Png => "PNG image",
        _ => "JPEG image",
    };

    /// <summary>Each format's end marker: "%%EOF" near a PDF's end, PNG's IEND chunk, JPEG's end-of-image.</summary>
    private static bool Whole(ReadOnlySpan<byte> content, DocumentFormat format)
    {
        var tail = content[Math.Max(0, content.Length - 1024)..];
        return format switch
        {
            DocumentFormat.Pdf => tail.IndexOf("%%EOF"u8) >= 0,
            DocumentFormat.Png => tail.EndsWith((ReadOnlySpan<byte>)[0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82]),
            _ => TrimmedEnd(tail).EndsWith((ReadOnlySpan<byte>)[0xFF, 0xD9]),
        };
    }

    /// <summary>Some scanners pad a JPEG after its end-of-image marker with zeros.</summary>
    private static ReadOnlySpan<byte> TrimmedEnd(ReadOnlySpan<byte> bytes) => bytes.TrimEnd((byte)0);
}
