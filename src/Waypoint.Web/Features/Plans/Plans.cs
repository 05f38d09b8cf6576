using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Waypoint.Core.Assessments;
using Waypoint.Core.CaseNotes;
using Waypoint.Core.Common;
using Waypoint.Core.Compliance;
using Waypoint.Core.Notifications;
using Waypoint.Core.Orders;
using Waypoint.Core.People;
using Waypoint.Core.Plans;
using Waypoint.Core.Policy;
using Waypoint.Web.Audit;
using Waypoint.Web.Auth;
using Waypoint.Web.Data;
using Waypoint.Web.Features.Policy;
using Waypoint.Web.Features.Shared;

namespace Waypoint.Web.Features.Plans;

/// <summary>A plan version as the compliance engine reads it: when it was approved, and when agreed or refused.</summary>
public sealed class PlanDates
{
    public Guid PersonId { get; init; }

    public bool IsReview { get; init; }

    public bool Unscheduled { get; init; }

    public DateOnly ApprovedOn { get; init; }

    public DateOnly? AgreedOrRefusedOn { get; init; }

    public IEnumerable<CaseRecord> Records()
    {
        yield return IsReview
            ? new CaseRecord(CaseRecordKind.PlanReviewed, ApprovedOn, "CMP review approved", Value: Unscheduled ? ComplianceEngine.UnscheduledReview : null)
            : new CaseRecord(CaseRecordKind.PlanApproved, ApprovedOn, "CMP approved");
        if (AgreedOrRefusedOn is { } on)
        {
            yield return new CaseRecord(CaseRecordKind.PlanAgreed, on, IsReview ? "CMP review agreed" : "CMP agreed");
        }
    }
}

/// <summary>
/// What a person's plan is written against: the pack of the office supervising them, the risk domains their latest
/// LSI-R found (PLN-02), the end of their supervision (PLN-03), and what is still outstanding before approval (ASM-06).
/// </summary>
public sealed record PlanContext(
    PolicyPack Pack, PlanDefinitions Definitions, IReadOnlyList<string> RiskDomains, DateOnly? LsiROn, DateOnly? OrderEnds, IReadOnlyList<string> Outstanding)
{
    public string DomainName(string code) => Definitions.NameOf(code);
}

/// <summary>
/// PLN-01..08, PLN-10, PLN-11: a person's Case Management Plans. One version is open at a time; a settled plan is
/// changed by a review, a new version, so every version is kept. Each step is audited, tells whoever acts next
/// (NTF-01), and changes the engine's facts in the same save.
/// </summary>
public sealed class Plans(
    WaypointDbContext db, PolicyPacks packs, Assessments.Assessments assessments, AuditTrail audit, Notifications.Notifications notifications,
    Documents.Documents documents, IWebHostEnvironment host, TimeProvider clock)
{
    public const string PlanRecord = "CaseManagementPlan";

    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>Each approved version's dates, for the engine: approval, and agreement or refusal.</summary>
    public static IQueryable<PlanDates> Records(IQueryable<CaseManagementPlan> plans) =>
        plans.Where(p => p.ApprovedOn != null).Select(p => new PlanDates
        {
            PersonId = p.PersonId,
            IsReview = p.ReviewOfId != null,
            Unscheduled = p.Unscheduled,
            ApprovedOn = p.ApprovedOn!.Value,
            AgreedOrRefusedOn = p.Status == PlanStatus.Signed ? p.PersonSignedOn
                : p.Status == PlanStatus.Refused ? p.RefusedOn
                : p.Status == PlanStatus.Approved && !p.PersonSigns ? p.ApprovedOn
                : null,
        });

    public Task<List<CaseManagementPlan>> ForPersonAsync(Guid personId, CancellationToken ct) =>
        db.CaseManagementPlans.AsNoTracking().Where(p => p.PersonId == personId).OrderByDescending(p => p.Number).ToListAsync(ct);

    public Task<CaseManagementPlan?> FindAsync(Guid personId, Guid planId, CancellationToken ct) =>
        db.CaseManagementPlans.SingleOrDefaultAsync(p => p.PersonId == personId && p.Id == planId, ct);

    /// <summary>The version another reviews, to compare with and to decide whether the person signs again.</summary>
    public Task<CaseManagementPlan?> ReviewedAsync(CaseManagementPlan plan, CancellationToken ct) =>
        plan.ReviewOfId is { } id ? db.CaseManagementPlans.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct) : Task.FromResult<CaseManagementPlan?>(null);

    /// <summary>
    /// The context a plan is written in; null when the person has no supervised community order whose pack has plan
    /// domains (a Case Management Plan is for community supervision, C23.2 1.3).
    /// </summary>
    public async Task<PlanContext?> ContextAsync(Guid personId, CancellationToken ct)
    {
        var today = Today;
        var orders = await Orders.OrderRecords.Supervised(db.Orders.AsNoTracking(), personId)
            .Select(o => new { o.SupervisingSiteId, o.Dates.Expiry }).ToListAsync(ct);
        var office = orders.OrderByDescending(o => o.Expiry ?? DateOnly.MaxValue).FirstOrDefault();
        var site = office is null ? null : await db.Sites.AsNoTracking().SingleOrDefaultAsync(s => s.Id == office.SupervisingSiteId, ct);
        if (site is null || packs.ForSite(site) is not { Plans: { } definitions } pack)
        {
            return null;
        }
        var lsiR = await db.Assessments.AsNoTracking()
            .Where(a => a.PersonId == personId && a.Tool == AssessmentTool.LsiR && a.Status == AssessmentStatus.Completed)
            .OrderByDescending(a => a.AssessedOn).ThenByDescending(a => a.CompletedAt).FirstOrDefaultAsync(ct);
        var outstanding = (await assessments.RequirementsAsync(personId, ct)).Where(r => !r.Met).Select(r => r.Requirement.Name).ToList();
        return new PlanContext(
            pack, definitions, definitions.RiskDomains(lsiR?.NeedCodes ?? []), lsiR?.AssessedOn,
            orders.Any(o => o.Expiry is null) ? null : orders.Max(o => o.Expiry), outstanding);
    }

    /// <summary>
    /// Starts the person's first plan, or a review of their settled one (PLN-08; unscheduled when brought forward,
    /// C23.2 5.2). Refused while a version is still open, so there is only ever one to work on.
    /// </summary>
    public async Task<CaseManagementPlan> StartAsync(Guid personId, bool unscheduled, ClaimsPrincipal user, CancellationToken ct)
    {
        var (me, name) = Writer(user);
        var latest = await db.CaseManagementPlans.Where(p => p.PersonId == personId).OrderByDescending(p => p.Number).FirstOrDefaultAsync(ct);
        BusinessRuleViolation.ThrowIfBroken(new MustHoldRule(
            latest is null || latest.IsSettled, $"Plan {latest?.Number} is still {PlanNames.Status(latest?.Status ?? PlanStatus.Draft).ToLowerInvariant()}: finish it before starting another"));
        // BYD-01: what is already recorded about the person starts a first plan, for the officer to edit, not retype.
        var plan = latest is null
            ? CaseManagementPlan.Draft(personId, me, name, PlanContent.Empty with { Responsivity = await KnownResponsivityAsync(personId, ct), AlertsAndConditions = await KnownAlertsAndConditionsAsync(personId, ct) })
            : latest.StartReview(me, name, unscheduled);
        db.CaseManagementPlans.Add(plan);
        audit.Record(plan.ReviewOfId is null ? "plan.started" : "plan.review-started", PlanRecord, plan.Id.ToString(), personId, details: new { plan.Number, plan.Unscheduled });
        await db.SaveChangesAsync(ct);
        return plan;
    }

    /// <summary>C23.2 2.4: the person's active alerts and the active conditions of their supervised orders, one per line.</summary>
    private async Task<string?> KnownAlertsAndConditionsAsync(Guid personId, CancellationToken ct)
    {
        var today = Today;
        var alerts = await db.People.Where(p => p.Id == personId).SelectMany(p => p.Alerts)
            .Where(a => a.StartDate <= today && (a.EndDate == null || a.EndDate >= today)).Select(a => new { a.Type, a.Details }).ToListAsync(ct);
        var orders = await db.Orders.Where(o => o.PersonId == personId && o.Status == OrderStatus.Active && !o.Custodial)
            .Select(o => new { o.PolicyPack, Conditions = o.Conditions.Where(c => c.Status == ConditionStatus.Active).Select(c => new { c.ConditionType, c.Details }).ToList() })
            .ToListAsync(ct);
        var conditions = orders.SelectMany(o => o.Conditions.Select(c => new { o.PolicyPack, c.ConditionType, c.Details }));
        var lines = alerts.Select(a => $"Alert: {a.Type.Label()}: {a.Details}")
            .Concat(conditions.Select(c => $"Condition: {packs.Find(c.PolicyPack)?.ConditionTypes.FirstOrDefault(t => t.Code == c.ConditionType)?.Name ?? c.ConditionType}: {c.Details}"));
        return string.Join("\n", lines) is { Length: > 0 } text ? text : null;
    }

    /// <summary>C23.2 2.6: the responsivity factors recorded on the person, one per line.</summary>
    private async Task<string?> KnownResponsivityAsync(Guid personId, CancellationToken ct)
    {
        var factors = await db.People.Where(p => p.Id == personId).SelectMany(p => p.ResponsivityFactors).Select(f => new { f.Type, f.Details }).ToListAsync(ct);
        return string.Join("\n", factors.Select(f => $"{f.Type.Label()}: {f.Details}")) is { Length: > 0 } text ? text : null;
    }

    /// <summary>BYD-04: saves what the officer has written so far, whole; nothing about it is checked until submission.</summary>
    public async Task WriteAsync(CaseManagementPlan plan, PlanContent content, ReviewFindings? review, CancellationToken ct)
    {
        plan.Write(content, review);
        audit.Record("plan.draft-saved", PlanRecord, plan.Id.ToString(), plan.PersonId, details: new { plan.Number, interventions = content.Interventions.Count });
        await db.SaveChangesAsync(ct);
    }

    /// <summary>What stops the plan being submitted today, worded for the officer.</summary>
    public IReadOnlyList<PlanProblem> Problems(CaseManagementPlan plan, PlanContext context) =>
        plan.ProblemsSubmitting(context.RiskDomains, context.DomainName, Today, context.OrderEnds);

    /// <summary>PLN-06 (C23.2 3.1): to the team leader; refused with every problem named (PLN-02: each unaddressed domain).</summary>
    public async Task SubmitAsync(CaseManagementPlan plan, PlanContext context, CancellationToken ct)
    {
        plan.Submit(Problems(plan, context), clock.GetUtcNow());
        audit.Record("plan.submitted", PlanRecord, plan.Id.ToString(), plan.PersonId, details: new { plan.Number });
        var leaders = await db.Users.Where(u => u.Id == plan.AuthorUserId && u.TeamId != null)
            .Join(db.Teams, u => u.TeamId, t => t.Id, (u, t) => t.TeamLeaderUserId).Where(l => l != null).Select(l => l!).ToListAsync(ct);
        notifications.Tell(leaders, NotificationKind.PlanSubmitted, plan.PersonId,
            $"{plan.AuthorName} submitted {Describe(plan)} for {await notifications.OffenderNumberAsync(plan.PersonId, ct)} for approval", Link(plan));
        await db.SaveChangesAsync(ct);
    }

    public async Task ReturnAsync(CaseManagementPlan plan, string comments, ClaimsPrincipal user, CancellationToken ct)
    {
        plan.Return(comments, Writer(user).UserId);
        audit.Record("plan.returned", PlanRecord, plan.Id.ToString(), plan.PersonId, details: new { plan.Number });
        notifications.Tell([plan.AuthorUserId], NotificationKind.PlanReturned, plan.PersonId,
            $"{WaypointClaims.DisplayNameOf(user)} returned {Describe(plan)} for {await notifications.OffenderNumberAsync(plan.PersonId, ct)} with comments", Link(plan));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// PLN-06: the team leader approves and signs, not while assessments or checks are outstanding (C23.2 3.3). A
    /// review whose interventions are unchanged is then in force, and its case note is written now (C23.2 5.3).
    /// </summary>
    public async Task ApproveAsync(CaseManagementPlan plan, PlanContext context, ClaimsPrincipal user, CancellationToken ct)
    {
        var (me, name) = Writer(user);
        plan.Approve(me, name, Today, context.Outstanding, await ReviewedAsync(plan, ct));
        audit.Record("plan.approved", PlanRecord, plan.Id.ToString(), plan.PersonId, details: new { plan.Number, plan.PersonSigns });
        notifications.Tell([plan.AuthorUserId], NotificationKind.PlanApproved, plan.PersonId,
            $"{name} approved {Describe(plan)} for {await notifications.OffenderNumberAsync(plan.PersonId, ct)}" + (plan.PersonSigns ? ": sign it and present it to the person" : ""), Link(plan));
        await RecordAgreementAsync(plan, ct);
        await db.SaveChangesAsync(ct);
    }

    public async Task SignAsOfficerAsync(CaseManagementPlan plan, DateOnly on, ClaimsPrincipal user, CancellationToken ct)
    {
        plan.SignAsOfficer(Writer(user).UserId, on);
        audit.Record("plan.officer-signed", PlanRecord, plan.Id.ToString(), plan.PersonId, details: new { plan.Number, on });
        await db.SaveChangesAsync(ct);
    }

    /// <summary>PLN-07 (C23.2 4.1): the person signs; the "Case Plan Review" note is written in the team leader's name.</summary>
    public async Task RecordPersonSignedAsync(CaseManagementPlan plan, DateOnly on, CancellationToken ct)
    {
        plan.SignByPerson(on);
        audit.Record("plan.person-signed", PlanRecord, plan.Id.ToString(), plan.PersonId, details: new { plan.Number, on });
        await RecordAgreementAsync(plan, ct);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>C23.2 6.1 (ENF-05): the refusal, with what the person disagrees with, is recorded and case noted.</summary>
    public async Task RecordRefusalAsync(CaseManagementPlan plan, string disagreesWith, DateOnly on, ClaimsPrincipal user, CancellationToken ct)
    {
        plan.RecordRefusal(disagreesWith, on);
        audit.Record("plan.refused", PlanRecord, plan.Id.ToString(), plan.PersonId, details: new { plan.Number, on });
        var (me, name) = Writer(user);
        db.CaseNotes.Add(CaseNote.Write(
            plan.PersonId, CaseNoteCategory.CasePlanReview, CaseNoteSensitivity.Standard, on,
            $"The person refused to sign {Describe(plan)}. What they disagree with: {plan.RefusalReason}", me, name, clock.GetUtcNow()));
        notifications.Tell(await notifications.CaseTeamAsync(plan.PersonId, ct), NotificationKind.PlanRefused, plan.PersonId,
            $"{await notifications.OffenderNumberAsync(plan.PersonId, ct)} refused to sign {Describe(plan)}", Link(plan));
        await db.SaveChangesAsync(ct);
    }

    public Task<List<RefusalStep>> RefusalStepsAsync(Guid planId, CancellationToken ct) =>
        db.RefusalSteps.AsNoTracking().Where(s => s.PlanId == planId).OrderBy(s => s.On).ThenBy(s => s.RecordedAt).ToListAsync(ct);

    /// <summary>ENF-05 (C23.2 6.1): a step of the refusal process, case noted as the instruction requires.</summary>
    public async Task<RefusalStep> RecordRefusalStepAsync(CaseManagementPlan plan, RefusalStepKind kind, DateOnly on, string what, ClaimsPrincipal user, CancellationToken ct)
    {
        var (me, name) = Writer(user);
        var note = CaseNote.Write(plan.PersonId, CaseNoteCategory.NonCompliance, CaseNoteSensitivity.Standard, on,
            $"Refusal to sign {Describe(plan)}: {RefusalStep.Name(kind).ToLowerInvariant()}. {what.Trim()}", me, name, clock.GetUtcNow());
        var step = RefusalStep.Record(plan, kind, on, what, note.Id, me, name, clock.GetUtcNow());
        db.CaseNotes.Add(note);
        db.RefusalSteps.Add(step);
        audit.Record("plan.refusal-step", PlanRecord, plan.Id.ToString(), plan.PersonId, details: new { kind = kind.ToString(), on, note = note.Id });
        await db.SaveChangesAsync(ct);
        return step;
    }

    /// <summary>
    /// PLN-07 (C23.2 4.1-4.2, 5.3): once a version is agreed, a "Case Plan Review" case note in the name of the team
    /// leader who approved it, saying who signed and when, and the plan as agreed attached as a PDF with its hash (a
    /// scan of the paper copy can be added beside it).
    /// </summary>
    private async Task RecordAgreementAsync(CaseManagementPlan plan, CancellationToken ct)
    {
        if (plan.AgreedOn is not { } on)
        {
            return;
        }
        var text = plan.PersonSigns
            ? $"{Describe(plan, capital: true)} was approved and signed by {plan.ApprovedBy} on {Display.Date(plan.ApprovedOn)}, signed by {plan.AuthorName} on {Display.Date(plan.OfficerSignedOn)} and by the person on {Display.Date(plan.PersonSignedOn)}. It is in force."
            : $"{Describe(plan, capital: true)} was approved by {plan.ApprovedBy} on {Display.Date(plan.ApprovedOn)}. Its interventions are unchanged, so the person did not need to sign again (C23.2 5.3). It is in force.";
        db.CaseNotes.Add(CaseNote.Write(
            plan.PersonId, CaseNoteCategory.CasePlanReview, CaseNoteSensitivity.Standard, on, text, plan.ApprovedByUserId!, plan.ApprovedBy!, clock.GetUtcNow()));
        var person = await db.People.AsNoTracking().SingleAsync(p => p.Id == plan.PersonId, ct);
        if (PlanDocument.Render(plan, await ContextAsync(plan.PersonId, ct), person, host.ContentRootPath) is { } pdf)
        {
            documents.Attach(plan.PersonId, Core.Documents.DocumentKind.SignedPlan, $"{PlanNames.Version(plan)} as agreed on {Display.Date(on)}",
                $"case-management-plan-{person.OffenderNumber}-{plan.Number}.pdf", Core.Documents.DocumentFormat.Pdf, pdf, PlanRecord, plan.Id.ToString(), plan.ApprovedByUserId!, plan.ApprovedBy!);
        }
    }

    public static string Describe(CaseManagementPlan plan, bool capital = false) =>
        (plan.ReviewOfId is null ? $"the Case Management Plan" : $"review {plan.Number - 1} of the Case Management Plan") is var text && capital
            ? char.ToUpperInvariant(text[0]) + text[1..] : text;

    private static string Link(CaseManagementPlan plan) => $"/People/{plan.PersonId}/Plans/{plan.Id}";

    private static (string UserId, string Name) Writer(ClaimsPrincipal user) =>
        (Actor.From(user).UserId, WaypointClaims.DisplayNameOf(user));
}

/// <summary>The names users read for plan versions and each step of the approval path.</summary>
public static class PlanNames
{
    public static string Status(PlanStatus status) => status switch
    {
        PlanStatus.Draft => "Draft",
        PlanStatus.Submitted => "Awaiting approval",
        PlanStatus.Returned => "Returned to the officer",
        PlanStatus.Approved => "Approved by the team leader",
        PlanStatus.OfficerSigned => "Awaiting the person's signature",
        PlanStatus.Signed => "Signed",
        PlanStatus.Refused => "Refused by the person",
        _ => status.ToString(),
    };

    /// <summary>The status as the person's record shows it, with what makes an approved review complete.</summary>
    public static string Status(CaseManagementPlan plan) =>
        plan.Status == PlanStatus.Approved && !plan.PersonSigns ? "Agreed (no new signatures needed)" : Status(plan.Status);

    public static string Status(InterventionStatus status) => status == InterventionStatus.InProgress ? "In progress" : status.ToString();

    public static string Horizon(Horizon horizon) => horizon switch
    {
        Core.Plans.Horizon.ShortTerm => "short term",
        Core.Plans.Horizon.LongTerm => "long term",
        _ => "immediate",
    };

    public static string Answer(bool? answer) => answer switch { true => "Yes", false => "No", _ => "Not answered" };

    /// <summary>"Plan" for the first version, then "Review 1", "Review 2" (PLN-08).</summary>
    public static string Version(CaseManagementPlan plan) => plan.ReviewOfId is null ? "Plan" : $"Review {plan.Number - 1}";

    public static string TagClass(CaseManagementPlan plan) =>
        plan.AgreedOn is not null ? "govuk-tag--green"
        : plan.Status == PlanStatus.Refused ? "govuk-tag--red"
        : plan.Status is PlanStatus.Submitted or PlanStatus.Returned ? "govuk-tag--yellow"
        : "govuk-tag--grey";
}
