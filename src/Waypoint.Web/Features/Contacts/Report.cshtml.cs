using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Waypoint.Core.Common;
using Waypoint.Core.Contacts;
using Waypoint.Core.People;
using Waypoint.Core.Security;
using Waypoint.Web.Auth;
using Waypoint.Web.Features.People;
using Waypoint.Web.Features.Shared;

namespace Waypoint.Web.Features.Contacts;

/// <summary>
/// CON-03, CON-04: one contact report. A draft is a form the server keeps as it is typed (BYD-04); completing it
/// checks every part is answered; a completed report is read only.
/// </summary>
[Authorize(Policy = Policies.ReadPeople)]
public sealed class ReportModel(PersonRecords people, ContactReports reports) : WaypointPage
{
    public Person? Person { get; private set; }

    public ContactReport? Report { get; private set; }

    [BindProperty]
    public ContactReportInput Input { get; set; } = new();

    [BindProperty]
    public int Version { get; set; }

    [BindProperty]
    public string? Command { get; set; }

    public bool CanWrite => Report is { Status: ContactReportStatus.Draft } && Roles.ContactReportWriters.Any(User.IsInRole);

    public async Task<IActionResult> OnGetAsync(Guid id, Guid reportId, CancellationToken ct)
    {
        Person = await people.ViewAsync(id, "contact report page", ct);
        Report = Person is null ? null : await reports.FindAsync(id, reportId, ct);
        if (Report is null)
        {
            return NotFound();
        }
        Version = Report.Version;
        Fill(Report.Content);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid reportId, CancellationToken ct)
    {
        if (!Roles.ContactReportWriters.Any(User.IsInRole))
        {
            return Forbid();
        }
        Person = await people.FindAsync(id, ct);
        Report = Person is null ? null : await reports.FindAsync(id, reportId, ct);
        if (Report is null)
        {
            return NotFound();
        }
        ModelState.Clear();
        var autosave = Command == "autosave";
        if (Version != Report.Version || Report.Status != ContactReportStatus.Draft)
        {
            if (autosave)
            {
                return StatusCode(StatusCodes.Status409Conflict);
            }
            ModelState.AddModelError("", "This report was saved from another page after you opened this one. Nothing was saved here: open the report again to see the latest.");
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        // An activity left at "not discussed" is not part of the report.
        Input.Applications?.RemoveAll(a => string.IsNullOrWhiteSpace(a.Stage));
        var v = new Api.Validation();
        var content = Input.Read(Report.Kind, v);
        if (!v.IsValid)
        {
            if (autosave)
            {
                return StatusCode(StatusCodes.Status422UnprocessableEntity);
            }
            AddErrors(v);
            return Page();
        }
        try
        {
            await reports.WriteAsync(Report, content!, ct);
            if (autosave)
            {
                Response.Headers["X-Version"] = Report.Version.ToString(System.Globalization.CultureInfo.InvariantCulture);
                return StatusCode(StatusCodes.Status204NoContent);
            }
            if (Command == "complete")
            {
                if (Report.Problems() is { Count: > 0 } problems)
                {
                    Version = Report.Version;
                    foreach (var (field, message) in problems)
                    {
                        ModelState.AddModelError(ControlFor(field), message);
                    }
                    return Page();
                }
                await reports.CompleteAsync(Report, reports.Today, ct);
                TempData["Notice"] = $"{ContactReportNames.Of(Report.Kind, Report.Extra)} completed";
                return Redirect($"/People/{id}/Reports/{reportId}");
            }
            TempData["Notice"] = "Draft saved";
            return Redirect($"/People/{id}/Reports/{reportId}");
        }
        catch (BusinessRuleViolation violation)
        {
            AddError(violation);
            return Page();
        }
    }

    /// <summary>The form control an error about a field points at: "items.KnowsRoutine.answer" is the item's first radio.</summary>
    public static string ControlFor(string field)
    {
        var parts = field.Split('.');
        if (parts[0] == "items" && parts.Length == 3 && Enum.TryParse<PrimaryReportItem>(parts[1], out var item))
        {
            return $"Input.Items[{(int)item}].{(parts[2] == "answer" ? "Answer" : "Comments")}";
        }
        return $"Input.{char.ToUpperInvariant(field[0])}{field[1..]}";
    }

    private void Fill(ContactReportContent content)
    {
        Input.Items = [.. Enum.GetValues<PrimaryReportItem>().Select(i => content.Items.FirstOrDefault(x => x.Item == i) is { } a
            ? new PrimaryItemInput { Item = i.ToString(), Answer = a.Answer?.ToString(), Comments = a.Comments }
            : new PrimaryItemInput { Item = i.ToString() })];
        Input.ImpProgress = content.ImpProgress;
        Input.IssuesAffectingImp = content.IssuesAffectingImp;
        Input.Standards = content.Standards;
        Input.Reintegration = content.Reintegration;
        Input.BriefedOnRelease = content.BriefedOnRelease;
        Input.Applications = [.. Enum.GetValues<ReintegrationActivity>().Select(a => content.Applications.FirstOrDefault(x => x.Activity == a) is { } found
            ? new ApplicationInput { Activity = a.ToString(), Stage = found.Stage.ToString(), Notes = found.Notes }
            : new ApplicationInput { Activity = a.ToString() })];
    }
}
