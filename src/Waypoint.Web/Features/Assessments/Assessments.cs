using System.Security.Claims;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Waypoint.Core.Assessments;
using Waypoint.Core.Orders;
using Waypoint.Core.Policy;
using Waypoint.Web.Audit;
using Waypoint.Web.Auth;
using Waypoint.Web.Data;
using Waypoint.Web.Features.Policy;

namespace Waypoint.Web.Features.Assessments;

/// <summary>A risk-of-reoffending assessment as it counts: whose, which tool, when, and the level that counts.</summary>
public sealed class ReoffendingAssessment
{
    public Guid PersonId { get; init; }

    public AssessmentTool Tool { get; init; }

    public DateOnly AssessedOn { get; init; }

    public DateTimeOffset? CompletedAt { get; init; }

    public string? Level { get; init; }
}

/// <summary>The problems that stop an assessment completing, by field; none when it completed.</summary>
public sealed record AssessmentProblems(IReadOnlyList<(string Field, string Problem)> Problems)
{
    public Dictionary<string, string[]> AsErrors() => Problems.GroupBy(p => p.Field).ToDictionary(g => g.Key, g => g.Select(p => p.Problem).ToArray());
}

/// <summary>
/// ASM-01..04, ASM-07: a person's assessments: drafts saved as the assessor works, completion scored with the pack in
/// force, the previous one of the same tool superseded, overrides requested and decided. A completed LSI-R or LSI-R: SV
/// is a fact the compliance engine reads (reassessment, and the risk level behind plan reviews and contacts).
/// </summary>
public sealed class Assessments(WaypointDbContext db, PolicyPacks packs, AuditTrail audit, Notifications.Notifications notifications, TimeProvider clock)
{
    public const string AssessmentRecord = "Assessment";

    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>Tools whose level is the risk of reoffending (C23.2 2.2); the Static-99R supports it, harm is apart.</summary>
    public static readonly AssessmentTool[] ReoffendingTools = [AssessmentTool.LsiR, AssessmentTool.LsiRSv];

    /// <summary>
    /// Every completed (or since superseded) LSI-R and LSI-R: SV, each with the level that counts (an approved override,
    /// else the computed level): the risk of reoffending as the engine, the queues and data quality read it.
    /// </summary>
    public static IQueryable<ReoffendingAssessment> Reoffending(WaypointDbContext db) =>
        db.Assessments.AsNoTracking()
            .Where(a => a.Status != AssessmentStatus.Draft && (a.Tool == AssessmentTool.LsiR || a.Tool == AssessmentTool.LsiRSv))
            .Select(a => new ReoffendingAssessment
            {
                PersonId = a.PersonId, Tool = a.Tool, AssessedOn = a.AssessedOn, CompletedAt = a.CompletedAt,
                Level = a.Override == OverrideStatus.Approved ? a.OverrideLevel : a.ComputedLevel,
            });

    public Task<List<Assessment>> ForPersonAsync(Guid personId, CancellationToken ct) =>
        db.Assessments.AsNoTracking().Where(a => a.PersonId == personId)
            .OrderByDescending(a => a.AssessedOn).ThenByDescending(a => a.CompletedAt).ToListAsync(ct);

    /// <summary>
    /// The risk of reoffending on a date of those people who have been assessed: the level of their latest completed
    /// (or since superseded) LSI-R or LSI-R: SV on or before it, with an approved override. Anyone missing is
    /// <see cref="PolicyPack.NotAssessed"/>, never low (BYD-07).
    /// </summary>
    public async Task<IReadOnlyDictionary<Guid, string>> RiskLevelsAsync(IQueryable<Guid> people, DateOnly on, CancellationToken ct)
    {
        var found = await Reoffending(db).Where(a => people.Contains(a.PersonId) && a.AssessedOn <= on).ToListAsync(ct);
        return found.GroupBy(a => a.PersonId).ToDictionary(
            g => g.Key,
            g => g.OrderBy(a => a.AssessedOn).ThenBy(a => a.CompletedAt).Last().Level ?? PolicyPack.NotAssessed);
    }

    public async Task<string> RiskLevelAsync(Guid personId, DateOnly on, CancellationToken ct) =>
        (await RiskLevelsAsync(db.People.Where(p => p.Id == personId).Select(p => p.Id), on, ct)).GetValueOrDefault(personId, PolicyPack.NotAssessed);

    public Task<Assessment?> FindAsync(Guid personId, Guid assessmentId, CancellationToken ct) =>
        db.Assessments.SingleOrDefaultAsync(a => a.PersonId == personId && a.Id == assessmentId, ct);

    /// <summary>The pack whose scales apply to the person: that of the prison they are in or the office supervising them.</summary>
    public async Task<PolicyPack> PackForAsync(Guid personId, CancellationToken ct)
    {
        var siteId = await db.CustodyRecords.Where(c => c.PersonId == personId).SelectMany(c => c.Placements.Where(p => p.To == null).Select(p => (Guid?)p.SiteId)).FirstOrDefaultAsync(ct)
            ?? await db.Orders.Where(o => o.PersonId == personId && o.Status == OrderStatus.Active && o.SupervisingSiteId != null).Select(o => o.SupervisingSiteId).FirstOrDefaultAsync(ct);
        var site = siteId is null ? null : await db.Sites.AsNoTracking().SingleOrDefaultAsync(s => s.Id == siteId, ct);
        return (site is null ? null : packs.ForSite(site)) is { Assessments: not null } pack ? pack : packs.All.First(p => p.Assessments is not null);
    }

    public async Task<Assessment> StartAsync(Guid personId, AssessmentTool tool, DateOnly assessedOn, JsonElement? answers, string? rationale, ClaimsPrincipal user, CancellationToken ct)
    {
        var (me, name) = Assessor(user);
        var assessment = Assessment.Start(personId, tool, assessedOn, Text(answers), Tidy(rationale), me, name, Today);
        db.Assessments.Add(assessment);
        audit.Record("assessment.started", AssessmentRecord, assessment.Id.ToString(), personId, details: new { tool = tool.ToString(), assessedOn });
        await db.SaveChangesAsync(ct);
        return assessment;
    }

    public async Task SaveDraftAsync(Assessment assessment, DateOnly assessedOn, JsonElement? answers, string? rationale, CancellationToken ct)
    {
        assessment.SaveDraft(assessedOn, Text(answers), Tidy(rationale), Today);
        audit.Record("assessment.draft-saved", AssessmentRecord, assessment.Id.ToString(), assessment.PersonId, details: new { tool = assessment.Tool.ToString() });
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Scores and completes a draft, superseding the previous completed one of the same tool; or says what is missing.</summary>
    public async Task<AssessmentProblems?> CompleteAsync(Assessment assessment, CancellationToken ct)
    {
        var pack = await PackForAsync(assessment.PersonId, ct);
        var dateOfBirth = await db.People.Where(p => p.Id == assessment.PersonId).Select(p => p.DateOfBirth).SingleAsync(ct);
        var (outcome, problems) = AssessmentScoring.Score(pack.Assessments!, assessment.Tool, assessment.Answers, assessment.Rationale, dateOfBirth);
        if (outcome is null)
        {
            return new AssessmentProblems(problems);
        }
        var riskBefore = await RiskLevelAsync(assessment.PersonId, Today, ct);
        var previous = await db.Assessments
            .Where(a => a.PersonId == assessment.PersonId && a.Tool == assessment.Tool && a.Status == AssessmentStatus.Completed && a.Id != assessment.Id)
            .ToListAsync(ct);
        foreach (var older in previous)
        {
            older.Supersede();
        }
        assessment.Complete(outcome, $"{pack.Id} {pack.Version}", clock.GetUtcNow());
        audit.Record("assessment.completed", AssessmentRecord, assessment.Id.ToString(), assessment.PersonId,
            details: new { tool = assessment.Tool.ToString(), assessment.Score, band = assessment.BandCode, level = assessment.ComputedLevel, superseded = previous.Select(p => p.Id) });
        await TellIfRiskChangedAsync(assessment, riskBefore, ct);
        await db.SaveChangesAsync(ct);
        return null;
    }

    public async Task RequestOverrideAsync(Assessment assessment, string level, string reason, ClaimsPrincipal user, CancellationToken ct)
    {
        assessment.RequestOverride(level, reason, Assessor(user).Name);
        audit.Record("assessment.override-requested", AssessmentRecord, assessment.Id.ToString(), assessment.PersonId,
            details: new { from = assessment.ComputedLevel, to = level });
        await db.SaveChangesAsync(ct);
    }

    public async Task DecideOverrideAsync(Assessment assessment, bool approve, string? note, ClaimsPrincipal user, CancellationToken ct)
    {
        var riskBefore = await RiskLevelAsync(assessment.PersonId, Today, ct);
        var (me, name) = Assessor(user);
        assessment.DecideOverride(approve, note, me, name, clock.GetUtcNow());
        audit.Record(approve ? "assessment.override-approved" : "assessment.override-declined", AssessmentRecord, assessment.Id.ToString(), assessment.PersonId,
            details: new { from = assessment.ComputedLevel, to = assessment.OverrideLevel });
        await TellIfRiskChangedAsync(assessment, riskBefore, ct);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// ASM-05 (EB1 P11): when the risk of reoffending that counts changes, the allocated officers, their team leaders
    /// and the colleagues on the case team are told.
    /// </summary>
    private async Task TellIfRiskChangedAsync(Assessment assessment, string before, CancellationToken ct)
    {
        if (!ReoffendingTools.Contains(assessment.Tool) || assessment.Status != AssessmentStatus.Completed || assessment.Level is not { } after || after == before)
        {
            return;
        }
        var from = before == PolicyPack.NotAssessed ? "not assessed" : IndexModel.LevelName(before).ToLowerInvariant();
        notifications.Tell(await notifications.CaseTeamAsync(assessment.PersonId, ct), Core.Notifications.NotificationKind.RiskChanged, assessment.PersonId,
            $"Risk of reoffending for {await notifications.OffenderNumberAsync(assessment.PersonId, ct)} is now {IndexModel.LevelName(after).ToLowerInvariant()} (was {from})",
            $"/People/{assessment.PersonId}/Assessments/{assessment.Id}");
    }

    public Task<List<CollateralCheck>> ChecksAsync(Guid personId, CancellationToken ct) =>
        db.CollateralChecks.AsNoTracking().Where(c => c.PersonId == personId).OrderByDescending(c => c.RequestedOn).ToListAsync(ct);

    public Task<CollateralCheck?> FindCheckAsync(Guid personId, Guid checkId, CancellationToken ct) =>
        db.CollateralChecks.SingleOrDefaultAsync(c => c.PersonId == personId && c.Id == checkId, ct);

    public async Task<CollateralCheck> RequestCheckAsync(Guid personId, string type, string source, string consent, DateOnly requestedOn, ClaimsPrincipal user, CancellationToken ct)
    {
        var check = CollateralCheck.Request(personId, type, source, consent, requestedOn, Assessor(user).Name, Today);
        db.CollateralChecks.Add(check);
        audit.Record("collateral-check.requested", AssessmentRecord, check.Id.ToString(), personId, details: new { type, requestedOn });
        await db.SaveChangesAsync(ct);
        return check;
    }

    public async Task RecordCheckResultAsync(CollateralCheck check, DateOnly completedOn, string result, CancellationToken ct)
    {
        check.RecordResult(completedOn, result, Today);
        // The result itself can be sensitive; the trail says that it was recorded and when.
        audit.Record("collateral-check.completed", AssessmentRecord, check.Id.ToString(), check.PersonId, details: new { check.Type, completedOn });
        await db.SaveChangesAsync(ct);
    }

    /// <summary>ASM-06: the pack's requirements for this person's case, and which are met.</summary>
    public async Task<IReadOnlyList<RequirementStatus>> RequirementsAsync(Guid personId, CancellationToken ct)
    {
        var pack = await PackForAsync(personId, ct);
        var today = Today;
        var sexualOffending = await db.People.Where(p => p.Id == personId)
            .SelectMany(p => p.Alerts).AnyAsync(a => a.Type == Core.People.AlertType.SexualOffending && a.StartDate <= today && (a.EndDate == null || a.EndDate >= today), ct);
        return CaseRequirements.For(pack.Assessments!, await ForPersonAsync(personId, ct), await ChecksAsync(personId, ct), sexualOffending);
    }

    /// <summary>The levels an override may choose: the pack's risk levels, or for risk of harm its scale.</summary>
    public static IReadOnlyList<(string Code, string Name)> Levels(PolicyPack pack, AssessmentTool tool) =>
        tool == AssessmentTool.RiskOfHarm
            ? pack.Assessments!.HarmScale.Select(h => (h.Code, h.Name)).ToList()
            : PolicyPack.RiskLevels;

    private static string Text(JsonElement? answers) => answers is { ValueKind: JsonValueKind.Object } a ? a.GetRawText() : "{}";

    private static string? Tidy(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static (string UserId, string Name) Assessor(ClaimsPrincipal user) =>
        (Actor.From(user).UserId, WaypointClaims.DisplayNameOf(user));
}
