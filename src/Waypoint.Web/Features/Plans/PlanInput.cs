using Waypoint.Core.Common;
using Waypoint.Core.Plans;
using Waypoint.Web.Api;

namespace Waypoint.Web.Features.Plans;

/// <summary>One intervention as the API and the page send it; codes for priority, horizon and status.</summary>
public sealed class InterventionInput
{
    public Guid? Id { get; set; }

    public string? What { get; set; }

    public string? HowMeasured { get; set; }

    public string? Responsible { get; set; }

    public DateOnly? TargetDate { get; set; }

    public List<string>? Domains { get; set; }

    public string? Priority { get; set; }

    public string? Horizon { get; set; }

    public string? Responsivity { get; set; }

    public string? BuildsOn { get; set; }

    public Guid? StartsAfter { get; set; }

    public string? Status { get; set; }
}

public sealed class EngagementInput
{
    public string? PersonsViews { get; set; }

    public string? AgreementDiscussion { get; set; }

    public bool? ConsequencesExplained { get; set; }
}

public sealed class ReviewInput
{
    public bool? StillRelevant { get; set; }

    public bool? BeingMet { get; set; }

    public string? OverallCompliance { get; set; }
}

/// <summary>
/// What the officer writes, whole. Only its shape is checked here (codes, lengths, domains the pack knows): a draft
/// may be incomplete, and what a plan still needs is said at submission (BYD-04: save whatever was typed).
/// </summary>
public sealed class PlanInput
{
    public const int MaxInterventions = 30;

    public List<InterventionInput>? Interventions { get; set; }

    public Dictionary<string, string>? DomainPriorities { get; set; }

    public EngagementInput? Engagement { get; set; }

    public string? Responsivity { get; set; }

    public string? RisksAndStrategies { get; set; }

    public string? AlertsAndConditions { get; set; }

    public ReviewInput? Review { get; set; }

    public static PlanInput From(CaseManagementPlan plan) => new()
    {
        Interventions = plan.Interventions.Select(i => new InterventionInput
        {
            Id = i.Id, What = i.What, HowMeasured = i.HowMeasured, Responsible = i.Responsible, TargetDate = i.TargetDate, Domains = [.. i.Domains],
            Priority = i.Priority.ToString(), Horizon = i.Horizon.ToString(), Responsivity = i.Responsivity, BuildsOn = i.BuildsOn, StartsAfter = i.StartsAfter,
            Status = i.Status.ToString(),
        }).ToList(),
        DomainPriorities = plan.DomainPriorities.ToDictionary(p => p.Key, p => p.Value.ToString()),
        Engagement = new EngagementInput { PersonsViews = plan.Engagement.PersonsViews, AgreementDiscussion = plan.Engagement.AgreementDiscussion, ConsequencesExplained = plan.Engagement.ConsequencesExplained },
        Responsivity = plan.Content.Responsivity,
        RisksAndStrategies = plan.Content.RisksAndStrategies,
        AlertsAndConditions = plan.Content.AlertsAndConditions,
        Review = plan.Review is { } r ? new ReviewInput { StillRelevant = r.StillRelevant, BeingMet = r.BeingMet, OverallCompliance = r.OverallCompliance } : null,
    };

    /// <summary>The content this input describes, or the errors that stop it being read (keys as the API names fields).</summary>
    public (PlanContent? Content, ReviewFindings? Review) Read(PlanContext context, Validation v)
    {
        // Codes are matched whatever their case, as JSON clients often camel-case dictionary keys, and kept as the pack spells them.
        var domains = context.Definitions.Domains.ToDictionary(d => d.Code, d => d.Code, StringComparer.OrdinalIgnoreCase);
        var interventions = new List<Intervention>();
        var given = Interventions ?? [];
        if (given.Count > MaxInterventions)
        {
            v.Add("interventions", $"A plan can hold up to {MaxInterventions} interventions");
        }
        for (var n = 0; n < given.Count && n < MaxInterventions; n++)
        {
            var i = given[n] ?? new InterventionInput();
            var at = $"interventions[{n}]";
            v.Optional($"{at}.what", i.What, "what will be done", TextLimits.Long)
                .Optional($"{at}.howMeasured", i.HowMeasured, "how progress is measured", TextLimits.Long)
                .Optional($"{at}.responsible", i.Responsible, "who is responsible", TextLimits.Short)
                .Optional($"{at}.responsivity", i.Responsivity, "responsivity considerations", TextLimits.Long)
                .Optional($"{at}.buildsOn", i.BuildsOn, "the protective factors it builds on", TextLimits.Long);
            foreach (var unknown in (i.Domains ?? []).Where(d => !domains.ContainsKey(d)).Distinct())
            {
                v.Add($"{at}.domains", $"'{unknown}' is not a plan domain: {string.Join(", ", domains.Values)}");
            }
            var priority = v.Code<Priority>($"{at}.priority", i.Priority ?? nameof(Priority.Medium), "the priority");
            var horizon = v.Code<Horizon>($"{at}.horizon", i.Horizon ?? nameof(Horizon.ShortTerm), "the horizon");
            var status = v.Code<InterventionStatus>($"{at}.status", i.Status ?? nameof(InterventionStatus.Planned), "the status");
            interventions.Add(new Intervention(
                i.Id ?? Guid.NewGuid(), Tidy(i.What), Tidy(i.HowMeasured), Tidy(i.Responsible), i.TargetDate, (i.Domains ?? []).Where(domains.ContainsKey).Select(d => domains[d]).Distinct().ToList(),
                priority ?? Priority.Medium, horizon ?? Horizon.ShortTerm, Tidy(i.Responsivity), i.StartsAfter, status ?? InterventionStatus.Planned, Tidy(i.BuildsOn)));
        }
        if (interventions.GroupBy(i => i.Id).Any(g => g.Count() > 1))
        {
            v.Add("interventions", "Each intervention needs its own id");
        }
        var priorities = new Dictionary<string, Priority>();
        foreach (var (sent, code) in DomainPriorities ?? [])
        {
            if (!domains.TryGetValue(sent, out var domain))
            {
                v.Add($"domainPriorities.{sent}", $"'{sent}' is not a plan domain: {string.Join(", ", domains.Values)}");
            }
            else if (v.Code<Priority>($"domainPriorities.{domain}", code, $"the priority of {context.DomainName(domain)}") is { } p)
            {
                priorities[domain] = p;
            }
        }
        v.Optional("engagement.personsViews", Engagement?.PersonsViews, "the person's views", TextLimits.Long)
            .Optional("engagement.agreementDiscussion", Engagement?.AgreementDiscussion, "the agreement discussions", TextLimits.Long)
            .Optional("responsivity", Responsivity, "responsivity considerations", TextLimits.Long)
            .Optional("risksAndStrategies", RisksAndStrategies, "risks to others and strategies", TextLimits.Long)
            .Optional("alertsAndConditions", AlertsAndConditions, "alerts and court-ordered conditions", TextLimits.Long)
            .Optional("review.overallCompliance", Review?.OverallCompliance, "overall compliance", TextLimits.Long);
        if (!v.IsValid)
        {
            return (null, null);
        }
        var content = new PlanContent(
            interventions, priorities,
            new Engagement(Tidy(Engagement?.PersonsViews), Tidy(Engagement?.AgreementDiscussion), Engagement?.ConsequencesExplained ?? false),
            Tidy(Responsivity), Tidy(RisksAndStrategies), Tidy(AlertsAndConditions));
        return (content, Review is { } r ? new ReviewFindings(r.StillRelevant, r.BeingMet, Tidy(r.OverallCompliance)) : null);
    }

    private static string? Tidy(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
