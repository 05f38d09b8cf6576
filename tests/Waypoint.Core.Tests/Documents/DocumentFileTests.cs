using System.Text;
using Waypoint.Core.Documents;

namespace Waypoint.Core.Tests.Documents;

/// <summary>CON-06: uploads are recognised by their content, whole, within the limit, and named as what they are.</summary>
public sealed class DocumentFileTests
{
    private const long Limit = 1024 * 1024;

    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3, 0xFF, 0xD9, 0, 0];

    [Theory]
    [Trait("Req", "CON-06")]
    [InlineData("signed plan.PDF", DocumentFormat.Pdf)]
    [InlineData("scan.png", DocumentFormat.Png)]
    [InlineData("photo.jpeg", DocumentFormat.Jpeg)]
    public void AWholeFile_NamedAsWhatItIs_IsAccepted(string name, DocumentFormat expected)
    {
        var content = expected switch { DocumentFormat.Pdf => Pdf, DocumentFormat.Png => Png, _ => Jpeg };
        Assert.Equal((expected, (string?)null), DocumentFile.Inspect(content, name, Limit));
    }

    public static TheoryData<string, byte[], string, string> Refused => new()
    {
        { "empty", [], "plan.pdf", "empty" },
        { "a program renamed", [0x4D, 0x5A, 0x90, 0, 3, 0], "plan.pdf", "must be a PDF, PNG or JPEG" },
        { "text renamed", Encoding.ASCII.GetBytes("hello"), "plan.pdf", "must be a PDF, PNG or JPEG" },
        { "cut short", Pdf[..20], "plan.pdf", "not a complete PDF" },
        { "an image named as a PDF", Png, "plan.pdf", "is a PNG image but its name ends in '.pdf'" },
        { "too big", [.. Pdf, .. new byte[Limit]], "plan.pdf", "smaller than 1 MB" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    [Trait("Req", "CON-06")]
    public void AFileThatIsNotWhatItSays_IsRefusedSayingWhy(string name, byte[] content, string fileName, string problem)
    {
        var (format, message) = DocumentFile.Inspect(content, fileName, Limit);
        Assert.True(format is null, name);
        Assert.Contains(problem, message, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Req", "CON-06")]
    public void TheHash_IsTheContentsSha256()
    {
        var (document, content) = Document.Upload(Guid.NewGuid(), DocumentKind.SignedPlan, "Signed plan", "C:\\scans\\plan.pdf", DocumentFormat.Pdf, Pdf, null, null, "u", "U", DateTimeOffset.UnixEpoch);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Pdf)), document.Sha256);
        Assert.Equal(("plan.pdf", Pdf.LongLength), (document.FileName, document.Size));
        Assert.Same(Pdf, content.Bytes);
    }
}
