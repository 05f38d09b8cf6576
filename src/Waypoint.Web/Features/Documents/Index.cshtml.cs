using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Waypoint.Core.Documents;
using Waypoint.Core.People;
using Waypoint.Core.Security;
using Waypoint.Web.Auth;
using Waypoint.Web.Features.People;
using Waypoint.Web.Features.Shared;

namespace Waypoint.Web.Features.Documents;

/// <summary>CON-06: the person's documents, newest first, and uploading one.</summary>
[Authorize(Policy = Policies.ReadPeople)]
public sealed class IndexModel(PersonRecords people, Documents documents) : WaypointPage
{
    public Person? Person { get; private set; }

    public IReadOnlyList<Document> All { get; private set; } = [];

    public bool CanUpload => Roles.NoteWriters.Any(User.IsInRole);

    public long MaxMegabytes => documents.MaxBytes / (1024 * 1024);

    [BindProperty]
    public string? Kind { get; set; }

    [BindProperty]
    public string? Title { get; set; }

    [BindProperty]
    public IFormFile? Upload { get; set; }

    public static IEnumerable<(string Code, string Label)> Kinds => Enum.GetValues<DocumentKind>().Select(k => (k.ToString(), Documents.KindName(k)));

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        Person = await people.ViewAsync(id, "documents page", ct);
        if (Person is null)
        {
            return NotFound();
        }
        All = await documents.ForPersonAsync(id, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (!CanUpload)
        {
            return Forbid();
        }
        Person = await people.FindAsync(id, ct);
        if (Person is null)
        {
            return NotFound();
        }
        if (!Enum.TryParse<DocumentKind>(Kind, out var kind) || !Enum.IsDefined(kind))
        {
            ModelState.AddModelError(nameof(Kind), "Select the kind of document");
        }
        else
        {
            var result = await documents.UploadAsync(id, Upload, kind, Title, null, null, User, ct);
            if (result.Document is not null)
            {
                TempData["Notice"] = $"{result.Document.FileName} uploaded";
                return Redirect($"/People/{id}/Documents");
            }
            ModelState.AddModelError(result.Field == "file" ? nameof(Upload) : nameof(Title), result.Problem!);
        }
        All = await documents.ForPersonAsync(id, ct);
        return Page();
    }
}

/// <summary>CON-06: a document's file; every download is audited.</summary>
[Authorize(Policy = Policies.ReadPeople)]
public sealed class DownloadModel(Documents documents) : Microsoft.AspNetCore.Mvc.RazorPages.PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, Guid documentId, CancellationToken ct) =>
        await documents.DownloadAsync(id, documentId, ct) is { } found ? File(found.Bytes, found.Document.ContentType, found.Document.FileName) : NotFound();
}
