using Waypoint.Core.Plans;
using Waypoint.Web.Features.Shared;

namespace Waypoint.Web.Features.Plans;

/// <summary>One line of two versions side by side; <see cref="Changed"/> when they differ.</summary>
public sealed record ComparedLine(string Section, string Label, string? Earlier, string? Later)
{
    public bool Changed => (Earlier ?? "") != (Later ?? "");
}

/// <summary>
/// PLN-08: two versions of a plan line by line. Interventions are matched by identity, so one carried into a review
/// and changed there shows as changed, and one added or dropped shows on one side only.
/// </summary>
public static class PlanComparison
{
    public static IReadOnlyList<ComparedLine> Lines(CaseManagementPlan earlier, CaseManagementPlan later, PlanContext? context)
    {
        string Name(string code) => context?.DomainName(code) ?? code;
        var lines = new List<ComparedLine>
        {
            new("Plan", "Status", PlanNames.Status(earlier), PlanNames.Status(later)),
            new("Plan", "Approved", Approved(earlier), Approved(later)),
        };
        foreach (var domain in earlier.DomainPriorities.Keys.Union(later.DomainPriorities.Keys))
        {
            lines.Add(new("Risk domains", $"Priority of {Name(domain)}", Priority(earlier, domain), Priority(later, domain)));
        }
        var ids = earlier.Interventions.Select(i => i.Id).Union(later.Interventions.Select(i => i.Id)).ToList();
        foreach (var id in ids)
        {
            var (before, after) = (earlier.Interventions.FirstOrDefault(i => i.Id == id), later.Interventions.FirstOrDefault(i => i.Id == id));
            var title = $"Intervention: {(after ?? before)!.What ?? "not described"}";
            lines.Add(new(title, "What", before?.What, after?.What));
            lines.Add(new(title, "How progress is measured", before?.HowMeasured, after?.HowMeasured));
            lines.Add(new(title, "Who is responsible", before?.Responsible, after?.Responsible));
            lines.Add(new(title, "Target date", Dated(before?.TargetDate), Dated(after?.TargetDate)));
            lines.Add(new(title, "Domains", Domains(before, Name), Domains(after, Name)));
            lines.Add(new(title, "Priority and horizon", before is null ? null : $"{before.Priority}, {PlanNames.Horizon(before.Horizon)}", after is null ? null : $"{after.Priority}, {PlanNames.Horizon(after.Horizon)}"));
            lines.Add(new(title, "Status", before is null ? null : PlanNames.Status(before.Status), after is null ? null : PlanNames.Status(after.Status)));
            lines.Add(new(title, "Responsivity", before?.Responsivity, after?.Responsivity));
        }
        lines.Add(new("The person's part", "Their views", earlier.Engagement.PersonsViews, later.Engagement.PersonsViews));
        lines.Add(new("The person's part", "How the plan was agreed", earlier.Engagement.AgreementDiscussion, later.Engagement.AgreementDiscussion));
        lines.Add(new("Responsivity, risks and conditions", "Responsivity", earlier.Content.Responsivity, later.Content.Responsivity));
        lines.Add(new("Responsivity, risks and conditions", "Risks to others and strategies", earlier.Content.RisksAndStrategies, later.Content.RisksAndStrategies));
        lines.Add(new("Responsivity, risks and conditions", "Alerts and court-ordered conditions", earlier.Content.AlertsAndConditions, later.Content.AlertsAndConditions));
        lines.Add(new("Review findings", "Overall compliance", earlier.Review?.OverallCompliance, later.Review?.OverallCompliance));
        return lines;
    }

    private static string? Approved(CaseManagementPlan plan) => plan.ApprovedOn is { } on ? $"{Display.Date(on)} by {plan.ApprovedBy}" : null;

    private static string? Priority(CaseManagementPlan plan, string domain) => plan.DomainPriorities.TryGetValue(domain, out var p) ? p.ToString() : null;

    private static string? Dated(DateOnly? date) => date is { } d ? Display.Date(d) : null;

    private static string? Domains(Intervention? i, Func<string, string> name) => i is null ? null : string.Join(", ", i.Domains.Select(name));
}
