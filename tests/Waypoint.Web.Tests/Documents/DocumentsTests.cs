using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Waypoint.Core.Security;
using Waypoint.Core.Staff;
using Waypoint.Web.Tests.Infrastructure;

namespace Waypoint.Web.Tests.Documents;

/// <summary>CON-06: documents uploaded with their type and size checked by content, hashed, listed, and downloaded with an audit entry.</summary>
public abstract class DocumentsTests(AppFixture app)
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    private static MultipartFormDataContent Upload(byte[] content, string fileName, string? kind = "Letter", string? title = "Warning letter, March")
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        if (kind is not null)
        {
            form.Add(new StringContent(kind), "kind");
        }
        if (title is not null)
        {
            form.Add(new StringContent(title), "title");
        }
        return form;
    }

    private async Task<(string Id, HttpClient Officer)> PersonAsync()
    {
        var office = await app.SiteAsync(SiteKind.CommunityOffice);
        return (await app.PersonOnCommunityOrderAsync(office, 10, "Documented"), await app.ApiClientAtSiteAsync(office, Roles.CaseOfficer));
    }

    [Fact]
    [Trait("Req", "CON-06")]
    public async Task APdf_IsStoredWithItsHash_ListedWithoutItsContent_AndEachDownloadIsAudited()
    {
        var (id, officer) = await PersonAsync();
        var created = await officer.PostAsync($"/api/v1/people/{id}/documents", Upload(Pdf, "warning.pdf"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var document = await created.JsonAsync();
        Assert.Equal((Convert.ToHexStringLower(SHA256.HashData(Pdf)), "application/pdf", (long)Pdf.Length),
            (document.GetProperty("sha256").GetString(), document.GetProperty("contentType").GetString(), document.GetProperty("size").GetInt64()));

        var listed = Assert.Single((await (await officer.GetAsync($"/api/v1/people/{id}/documents")).JsonAsync()).EnumerateArray());
        Assert.Equal("Warning letter, March", listed.GetProperty("title").GetString());
        var download = await officer.GetAsync(created.Headers.Location);
        Assert.Equal(Pdf, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);

        var actions = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.PersonId == Guid.Parse(id) && a.RecordType == "Document").OrderBy(a => a.Sequence).Select(a => a.Action).ToListAsync());
        Assert.Equal(["document.uploaded", "document.downloaded"], actions);
    }

    public static TheoryData<string, byte[], string, string?, string> BadUploads => new()
    {
        { "a program named .pdf", [0x4D, 0x5A, 0x90, 0x00, 0x03], "letter.pdf", "Letter", "file" },
        { "a PDF cut short", Pdf[..30], "letter.pdf", "Letter", "file" },
        { "an image named .pdf", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82], "letter.pdf", "Letter", "file" },
        { "too large", [.. Pdf, .. new byte[10 * 1024 * 1024]], "letter.pdf", "Letter", "file" },
        { "no kind", Pdf, "letter.pdf", null, "kind" },
        { "unknown kind", Pdf, "letter.pdf", "Selfie", "kind" },
    };

    [Theory]
    [MemberData(nameof(BadUploads))]
    [Trait("Req", "CON-06")]
    public async Task ABadUpload_IsRefusedSayingWhy_AndNothingIsStored(string name, byte[] content, string fileName, string? kind, string field)
    {
        var (id, officer) = await PersonAsync();
        var response = await officer.PostAsync($"/api/v1/people/{id}/documents", Upload(content, fileName, kind));
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{name}: {(int)response.StatusCode}");
        Assert.True((await response.JsonAsync()).GetProperty("errors").TryGetProperty(field, out _), name);
        Assert.False(await app.WithDbAsync(db => db.Documents.AnyAsync(d => d.PersonId == Guid.Parse(id))));
    }

    [Fact]
    [Trait("Req", "CON-06")]
    public async Task AnAuditorReadsDocuments_ButCannotUpload_AndTheUploadPageRefusesAMisnamedFile()
    {
        var (id, officer) = await PersonAsync();
        var auditor = await app.ApiClientForRoleAsync(Roles.Auditor);
        Assert.Equal(HttpStatusCode.Forbidden, (await auditor.PostAsync($"/api/v1/people/{id}/documents", Upload(Pdf, "a.pdf"))).StatusCode);

        var office = await app.WithDbAsync(db => db.Orders.Where(o => o.PersonId == Guid.Parse(id)).Select(o => o.SupervisingSiteId!.Value).SingleAsync());
        var page = await app.SignedInClientAtSiteAsync(office, Roles.CaseOfficer);
        var token = (await page.GetHtmlAsync($"/People/{id}/Documents")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" }, { new StringContent("Report"), "Kind" }, { new StringContent("Pre-sentence report"), "Title" } };
        form.Add(new ByteArrayContent(Pdf), "Upload", "report.png");
        var refused = await (await page.PostAsync($"/People/{id}/Documents", form)).HtmlAsync();
        Assert.Contains("is a PDF but its name ends in '.png'", refused.QuerySelector(".govuk-error-summary")!.TextContent);

        var good = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" }, { new StringContent("Report"), "Kind" }, { new StringContent("Pre-sentence report"), "Title" } };
        good.Add(new ByteArrayContent(Pdf), "Upload", "report.pdf");
        Assert.Equal(HttpStatusCode.Redirect, (await page.PostAsync($"/People/{id}/Documents", good)).StatusCode);
        var listed = await page.GetHtmlAsync($"/People/{id}/Documents");
        Assert.Contains(Convert.ToHexStringLower(SHA256.HashData(Pdf)), listed.QuerySelector("#documents")!.TextContent);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class DocumentsOnSqlite(SqliteApp app) : DocumentsTests(app);

[Collection(PostgresCollection.Name)]
public sealed class DocumentsOnPostgres(PostgresApp app) : DocumentsTests(app);
