using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Waypoint.Core.Common;
using Waypoint.Core.Compliance;
using Waypoint.Core.Contacts;
using Waypoint.Web.Audit;
using Waypoint.Web.Auth;
using Waypoint.Web.Data;

namespace Waypoint.Web.Features.Contacts;

/// <summary>
/// CON-03, CON-04 (COPP 10.3): a prisoner's Primary and Regular Contact Reports. A completed report is the engine's
/// fact: a Primary report meets the allocation's report, a scheduled Regular report the reporting cycle's step, and a
/// Regular report that records the release briefing meets that (CON-07).
/// </summary>
public sealed class ContactReports(WaypointDbContext db, Imps.Imps imps, AuditTrail audit, TimeProvider clock)
{
    public const string ContactReportRecord = "ContactReport";

    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public static async Task<ILookup<Guid, CaseRecord>> RecordsAsync(IQueryable<ContactReport> reports, CancellationToken ct) =>
        (await reports.Where(r => r.Status == ContactReportStatus.Completed).Select(r => new { r.PersonId, r.Kind, r.Extra, On = r.CompletedOn!.Value, r.Content }).ToListAsync(ct))
            .SelectMany(r => new[]
            {
                r.Kind == ContactReportKind.Primary
                    ? new CaseRecord(CaseRecordKind.PrimaryContactReport, r.On, "Primary Contact Report")
                    : new CaseRecord(CaseRecordKind.RegularContactReport, r.On, ContactReportNames.Of(r.Kind, r.Extra), Value: r.Extra ? ComplianceEngine.ExtraReport : null),
                r.Content.BriefedOnRelease ? new CaseRecord(CaseRecordKind.ReleaseBriefing, r.On, "Briefed in a Regular Contact Report") : null,
            }.OfType<CaseRecord>().Select(record => (r.PersonId, record)))
            .ToLookup(r => r.PersonId, r => r.record);

    public Task<List<ContactReport>> ForPersonAsync(Guid personId, CancellationToken ct) =>
        db.ContactReports.AsNoTracking().Where(r => r.PersonId == personId).OrderByDescending(r => r.StartedAt).ToListAsync(ct);

    public Task<ContactReport?> FindAsync(Guid personId, Guid reportId, CancellationToken ct) =>
        db.ContactReports.SingleOrDefaultAsync(r => r.PersonId == personId && r.Id == reportId, ct);

    /// <summary>Whether the person is in prison today: contact reports are a case officer's in prison (COPP 10.3).</summary>
    public async Task<bool> InPrisonAsync(Guid personId, CancellationToken ct) => await imps.PrisonNowAsync(personId, ct) is not null;

    /// <summary>Starts a report; refused while a draft of the same kind is open, so there is one to finish.</summary>
    public async Task<ContactReport> StartAsync(Guid personId, ContactReportKind kind, bool extra, ClaimsPrincipal user, CancellationToken ct)
    {
        var open = await db.ContactReports.AnyAsync(r => r.PersonId == personId && r.Kind == kind && r.Status == ContactReportStatus.Draft, ct);
        BusinessRuleViolation.ThrowIfBroken(new MustHoldRule(!open, $"A {ContactReportNames.Of(kind)} is already in draft: finish it first"));
        var report = ContactReport.Start(personId, kind, extra, Actor.From(user).UserId, WaypointClaims.DisplayNameOf(user), clock.GetUtcNow());
        db.ContactReports.Add(report);
        audit.Record("contact-report.started", ContactReportRecord, report.Id.ToString(), personId, details: new { kind = kind.ToString(), report.Extra });
        await db.SaveChangesAsync(ct);
        return report;
    }

    public async Task WriteAsync(ContactReport report, ContactReportContent content, CancellationToken ct)
    {
        report.Write(content);
        audit.Record("contact-report.written", ContactReportRecord, report.Id.ToString(), report.PersonId);
        await db.SaveChangesAsync(ct);
    }

    public async Task CompleteAsync(ContactReport report, DateOnly on, CancellationToken ct)
    {
        report.Complete(on, Today);
        audit.Record("contact-report.completed", ContactReportRecord, report.Id.ToString(), report.PersonId, details: new { kind = report.Kind.ToString(), report.CompletedOn });
        await db.SaveChangesAsync(ct);
    }
}

/// <summary>A report's content as sent; codes for items, answers, activities and stages.</summary>
public sealed class ContactReportInput
{
    public List<PrimaryItemInput>? Items { get; set; }

    public string? ImpProgress { get; set; }

    public string? IssuesAffectingImp { get; set; }

    public string? Standards { get; set; }

    public string? Reintegration { get; set; }

    public List<ApplicationInput>? Applications { get; set; }

    public bool? BriefedOnRelease { get; set; }

    public ContactReportContent? Read(ContactReportKind kind, Api.Validation v)
    {
        var items = new List<PrimaryItemAnswer>();
        foreach (var (input, i) in (Items ?? []).Select((x, i) => (x, i)))
        {
            var item = v.Code<PrimaryReportItem>($"items[{i}].item", input.Item, "the item");
            var answer = v.Code<ItemAnswer>($"items[{i}].answer", input.Answer, "the answer (Yes, Partly or No)", required: false);
            v.Optional($"items[{i}].comments", input.Comments, "the comments", ContactReport.MaxText);
            if (item is { } found)
            {
                items.Add(new PrimaryItemAnswer(found, answer, Text.Clean(input.Comments)));
            }
        }
        var applications = new List<ReintegrationApplication>();
        foreach (var (input, i) in (Applications ?? []).Select((x, i) => (x, i)))
        {
            var activity = v.Code<ReintegrationActivity>($"applications[{i}].activity", input.Activity, "the activity");
            var stage = v.Code<ApplicationStage>($"applications[{i}].stage", input.Stage, "where the prisoner stands");
            v.Optional($"applications[{i}].notes", input.Notes, "the notes", ContactReport.MaxText);
            if (activity is { } a && stage is { } s)
            {
                applications.Add(new ReintegrationApplication(a, s, Text.Clean(input.Notes)));
            }
        }
        if (items.GroupBy(i => i.Item).Any(g => g.Count() > 1) || applications.GroupBy(a => a.Activity).Any(g => g.Count() > 1))
        {
            v.Add(items.GroupBy(i => i.Item).Any(g => g.Count() > 1) ? "items" : "applications", "Give each item or activity once");
        }
        foreach (var (field, value) in new[] { ("impProgress", ImpProgress), ("issuesAffectingImp", IssuesAffectingImp), ("standards", Standards), ("reintegration", Reintegration) })
        {
            v.Optional(field, value, "the answer", ContactReport.MaxText);
        }
        if (!v.IsValid)
        {
            return null;
        }
        // Each kind keeps only its own parts, so a Regular report never carries half a Primary one.
        return kind == ContactReportKind.Primary
            ? ContactReportContent.Empty with { Items = [.. Enum.GetValues<PrimaryReportItem>().Select(i => items.FirstOrDefault(x => x.Item == i) ?? new PrimaryItemAnswer(i, null, null))] }
            : new ContactReportContent([], Text.Clean(ImpProgress), Text.Clean(IssuesAffectingImp), Text.Clean(Standards), Text.Clean(Reintegration), applications, BriefedOnRelease ?? false);
    }
}

public sealed class PrimaryItemInput
{
    public string? Item { get; set; }

    public string? Answer { get; set; }

    public string? Comments { get; set; }
}

public sealed class ApplicationInput
{
    public string? Activity { get; set; }

    public string? Stage { get; set; }

    public string? Notes { get; set; }
}
