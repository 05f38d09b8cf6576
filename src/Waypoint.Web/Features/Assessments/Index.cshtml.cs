using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Waypoint.Core.Assessments;
using Waypoint.Core.People;
using Waypoint.Core.Policy;
using Waypoint.Core.Security;
using Waypoint.Web.Auth;
using Waypoint.Web.Features.People;
using Waypoint.Web.Features.Shared;

namespace Waypoint.Web.Features.Assessments;

/// <summary>ASM-04, ASM-07: the person's current risk of reoffending and of harm, every assessment, and starting a new one.</summary>
[Authorize(Policy = Policies.ReadPeople)]
public sealed class IndexModel(PersonRecords people, Assessments assessments) : WaypointPage
{
    public Person? Person { get; private set; }

    public IReadOnlyList<Assessment> All { get; private set; } = [];

    public IReadOnlyList<RequirementStatus> Requirements { get; private set; } = [];

    public IReadOnlyList<CollateralCheck> Checks { get; private set; } = [];

    public PolicyPack? Pack { get; private set; }

    public Assessment? Reoffending => All.FirstOrDefault(a => a.Status == AssessmentStatus.Completed && Assessments.ReoffendingTools.Contains(a.Tool));

    public Assessment? Harm => All.FirstOrDefault(a => a.Status == AssessmentStatus.Completed && a.Tool == AssessmentTool.RiskOfHarm);

    public bool CanAssess => Roles.Assessors.Any(User.IsInRole);

    public static IEnumerable<(string Tool, string Label)> Starts =>
    [
        (nameof(AssessmentTool.LsiR), "Start an LSI-R"), (nameof(AssessmentTool.LsiRSv), "Start an LSI-R: SV"),
        (nameof(AssessmentTool.Static99R), "Start a Static-99R"), (nameof(AssessmentTool.RiskOfHarm), "Assess risk of harm"),
    ];

    public static string ToolName(AssessmentTool tool) => tool switch
    {
        AssessmentTool.LsiR => "LSI-R",
        AssessmentTool.LsiRSv => "LSI-R: SV",
        AssessmentTool.Static99R => "Static-99R",
        _ => "Risk of harm",
    };

    public static string LevelName(string? level) =>
        level is null or PolicyPack.NotAssessed ? "Not assessed" : PolicyPack.RiskLevels.FirstOrDefault(r => r.Code == level).Name ?? level;

    public static string Result(Assessment a) =>
        (a.Score is { } score ? $"{score}, " : "") + $"{a.BandName}{(a.Level != a.BandCode && a.Tool != AssessmentTool.RiskOfHarm ? $" (risk {LevelName(a.Level)})" : "")}"
        + (a.Override == OverrideStatus.Approved ? ", overridden" : "");

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        Person = await people.ViewAsync(id, "assessments page", ct);
        if (Person is null)
        {
            return NotFound();
        }
        All = await assessments.ForPersonAsync(id, ct);
        Requirements = await assessments.RequirementsAsync(id, ct);
        Checks = await assessments.ChecksAsync(id, ct);
        Pack = await assessments.PackForAsync(id, ct);
        return Page();
    }

    /// <summary>Starts a draft of the chosen tool, dated today, and opens it.</summary>
    public async Task<IActionResult> OnPostStartAsync(Guid id, string? tool, CancellationToken ct)
    {
        if (!CanAssess)
        {
            return Forbid();
        }
        Person = await people.FindAsync(id, ct);
        if (Person is null || !Enum.TryParse<AssessmentTool>(tool, out var chosen) || !Enum.IsDefined(chosen))
        {
            return NotFound();
        }
        var assessment = await assessments.StartAsync(id, chosen, assessments.Today, null, null, User, ct);
        return Redirect($"/People/{id}/Assessments/{assessment.Id}");
    }
}
