using Waypoint.Core.People;
using Waypoint.Core.Plans;
using Waypoint.Web.Features.Documents;
using Waypoint.Web.Features.Shared;

namespace Waypoint.Web.Features.Plans;

/// <summary>
/// PLN-07: a plan version as a PDF for signing: what the printed page shows, with lines for the team leader's, the
/// officer's and the person's signatures (filled in where they have signed). Drawn with PDFsharp in the DejaVu Sans
/// typeface the front-end build copies from npm.
/// </summary>
public static class PlanDocument
{
    /// <summary>The PDF, or null when the typeface is missing (the app was built without its front end).</summary>
    public static byte[]? Render(CaseManagementPlan plan, PlanContext? context, Person person, string contentRoot)
    {
        using var page = PdfPages.Start(contentRoot, $"Case Management Plan: {PlanNames.Version(plan)}, {person.OffenderNumber}");
        if (page is null)
        {
            return null;
        }
        page.Heading($"Case Management Plan: {PlanNames.Version(plan)}", 16);
        page.Text($"{person.FullName}, {person.OffenderNumber}, born {Display.Date(person.DateOfBirth)}");
        page.Text($"Status: {PlanNames.Status(plan)}. Written by {plan.AuthorName}.");
        page.Gap();

        string Name(string code) => context?.DomainName(code) ?? code;
        page.Heading("Risk domains", 12);
        foreach (var d in (context?.RiskDomains ?? []).Union(plan.DomainPriorities.Keys))
        {
            var by = plan.Interventions.Select((i, n) => (i, n)).Where(x => x.i.Domains.Contains(d)).Select(x => $"intervention {x.n + 1}").ToList();
            page.Text($"{Name(d)}: priority {(plan.DomainPriorities.TryGetValue(d, out var p) ? p.ToString().ToLowerInvariant() : "not given")}; addressed by {(by.Count == 0 ? "nothing yet" : string.Join(", ", by))}");
        }
        page.Heading("Interventions", 12);
        for (var n = 0; n < plan.Interventions.Count; n++)
        {
            var i = plan.Interventions[n];
            page.Text($"{n + 1}. {i.What}", bold: true);
            page.Text($"Measured by: {i.HowMeasured}");
            page.Text($"Responsible: {i.Responsible}. Target date: {Display.Date(i.TargetDate)}. Priority {i.Priority.ToString().ToLowerInvariant()}, {PlanNames.Horizon(i.Horizon)}. Status: {PlanNames.Status(i.Status).ToLowerInvariant()}.");
            page.Text($"Domains: {string.Join(", ", i.Domains.Select(Name))}");
            if (i.StartsAfter is { } after)
            {
                page.Text($"Starts after intervention {plan.Interventions.ToList().FindIndex(x => x.Id == after) + 1} completes");
            }
            page.Optional("Responsivity", i.Responsivity);
            page.Optional("Builds on", i.BuildsOn);
            page.Gap();
        }
        page.Heading("The person's part", 12);
        page.Optional("Their views", plan.Engagement.PersonsViews);
        page.Optional("How the plan was agreed", plan.Engagement.AgreementDiscussion);
        page.Text($"Consequences of not complying explained: {(plan.Engagement.ConsequencesExplained ? "yes" : "not yet")}");
        page.Heading("Responsivity, risks and conditions", 12);
        page.Optional("Responsivity", plan.Content.Responsivity);
        page.Optional("Risks to others and strategies", plan.Content.RisksAndStrategies);
        page.Optional("Alerts and court-ordered conditions", plan.Content.AlertsAndConditions);
        if (plan.Review is { } review)
        {
            page.Heading("Review findings", 12);
            page.Text($"Still relevant: {PlanNames.Answer(review.StillRelevant)}. Being met: {PlanNames.Answer(review.BeingMet)}.");
            page.Optional("Overall compliance", review.OverallCompliance);
        }
        page.Heading("Signatures", 12);
        page.Signature("Team leader", plan.ApprovedBy, plan.ApprovedOn);
        page.Signature("Officer", plan.AuthorName, plan.OfficerSignedOn);
        page.Signature("Person", person.FullName, plan.PersonSignedOn);
        return page.Save();
    }
}
