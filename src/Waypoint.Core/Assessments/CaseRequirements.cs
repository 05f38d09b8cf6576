using Waypoint.Core.Policy;

namespace Waypoint.Core.Assessments;

/// <summary>ASM-06: where a case stands against one of the pack's requirements.</summary>
public sealed record RequirementStatus(CaseRequirement Requirement, bool Met, DateOnly? MetOn);

/// <summary>
/// ASM-06 (C23.2 3.3: a plan is not finalised until all relevant assessments and collateral checks are made): which of
/// the pack's requirements apply to a case, and which are met by a completed assessment or check.
/// </summary>
public static class CaseRequirements
{
    public const string Always = "always";
    public const string SexualOffending = "sexualOffending";
    public const string ScreenCallsForFullAssessment = "screenCallsForFullAssessment";

    public static IReadOnlyList<RequirementStatus> For(
        AssessmentDefinitions definitions, IReadOnlyList<Assessment> assessments, IReadOnlyList<CollateralCheck> checks, bool sexualOffending)
    {
        var completed = assessments.Where(a => a.Status != AssessmentStatus.Draft).ToList();
        var latestScreen = completed.Where(a => a.Tool == AssessmentTool.LsiRSv).MaxBy(a => a.AssessedOn);
        var latestFull = completed.Where(a => a.Tool == AssessmentTool.LsiR).MaxBy(a => a.AssessedOn);
        var screenCallsForFull = latestScreen is { FullAssessmentRequired: true } && (latestFull is null || latestFull.AssessedOn < latestScreen.AssessedOn);
        return definitions.Requirements
            .Where(r => r.When switch
            {
                SexualOffending => sexualOffending,
                ScreenCallsForFullAssessment => screenCallsForFull,
                _ => true,
            })
            .Select(r =>
            {
                // A screen that calls for a full LSI-R is only a requirement while no LSI-R has followed it.
                var byAssessment = r.When == ScreenCallsForFullAssessment ? null : completed.Where(a => r.Tools?.Contains(a.Tool.ToString()) == true).MaxBy(a => a.AssessedOn);
                var byCheck = checks.Where(c => c.IsComplete && c.Type == r.Check).MaxBy(c => c.CompletedOn);
                return new RequirementStatus(r, byAssessment is not null || byCheck is not null, byAssessment?.AssessedOn ?? byCheck?.CompletedOn);
            })
            .ToList();
    }
}
