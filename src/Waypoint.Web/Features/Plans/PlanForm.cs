using Waypoint.Core.Plans;
using Waypoint.Web.Features.Shared;

namespace Waypoint.Web.Features.Plans;

/// <summary>One intervention's fields on the plan form; the target date as the GOV.UK date input's three boxes.</summary>
public sealed class InterventionFields
{
    public Guid? Id { get; set; }

    public string? What { get; set; }

    public string? HowMeasured { get; set; }

    public string? Responsible { get; set; }

    public DateParts TargetDate { get; set; } = new();

    public List<string> Domains { get; set; } = [];

    public string? Priority { get; set; }

    public string? Horizon { get; set; }

    public string? Responsivity { get; set; }

    public string? BuildsOn { get; set; }

    public Guid? StartsAfter { get; set; }

    public string? Status { get; set; }

    public bool IsBlank =>
        string.IsNullOrWhiteSpace(What) && string.IsNullOrWhiteSpace(HowMeasured) && string.IsNullOrWhiteSpace(Responsible) && TargetDate.IsEmpty && Domains.Count == 0;
}

/// <summary>
/// The plan form as posted: the same content as the API's <see cref="PlanInput"/>, which checks it, with each error
/// put back against the field that caused it.
/// </summary>
public sealed class PlanForm
{
    public const string Prefix = "Form";

    public List<InterventionFields> Interventions { get; set; } = [];

    public Dictionary<string, string> DomainPriorities { get; set; } = [];

    public string? PersonsViews { get; set; }

    public string? AgreementDiscussion { get; set; }

    public bool ConsequencesExplained { get; set; }

    public string? Responsivity { get; set; }

    public string? RisksAndStrategies { get; set; }

    public string? AlertsAndConditions { get; set; }

    public string? StillRelevant { get; set; }

    public string? BeingMet { get; set; }

    public string? OverallCompliance { get; set; }

    public static PlanForm From(CaseManagementPlan plan) => new()
    {
        Interventions = plan.Interventions.Select(i => new InterventionFields
        {
            Id = i.Id, What = i.What, HowMeasured = i.HowMeasured, Responsible = i.Responsible, TargetDate = DateParts.From(i.TargetDate), Domains = [.. i.Domains],
            Priority = i.Priority.ToString(), Horizon = i.Horizon.ToString(), Responsivity = i.Responsivity, BuildsOn = i.BuildsOn, StartsAfter = i.StartsAfter,
            Status = i.Status.ToString(),
        }).ToList(),
        DomainPriorities = plan.DomainPriorities.ToDictionary(p => p.Key, p => p.Value.ToString()),
        PersonsViews = plan.Engagement.PersonsViews,
        AgreementDiscussion = plan.Engagement.AgreementDiscussion,
        ConsequencesExplained = plan.Engagement.ConsequencesExplained,
        Responsivity = plan.Content.Responsivity,
        RisksAndStrategies = plan.Content.RisksAndStrategies,
        AlertsAndConditions = plan.Content.AlertsAndConditions,
        StillRelevant = Answer(plan.Review?.StillRelevant),
        BeingMet = Answer(plan.Review?.BeingMet),
        OverallCompliance = plan.Review?.OverallCompliance,
    };

    /// <summary>The API's input for this form; a target date that is not a real date is an error here, by its field.</summary>
    public PlanInput ToInput(List<(string Field, string Message)> errors)
    {
        var interventions = new List<InterventionInput>();
        for (var n = 0; n < Interventions.Count; n++)
        {
            var i = Interventions[n];
            var target = i.TargetDate.Read($"Intervention {n + 1}: the target date", out var dateError);
            if (dateError is not null)
            {
                errors.Add(($"interventions[{n}].targetDate", dateError));
            }
            interventions.Add(new InterventionInput
            {
                Id = i.Id, What = i.What, HowMeasured = i.HowMeasured, Responsible = i.Responsible, TargetDate = target, Domains = i.Domains,
                Priority = i.Priority, Horizon = i.Horizon, Responsivity = i.Responsivity, BuildsOn = i.BuildsOn, StartsAfter = i.StartsAfter, Status = i.Status,
            });
        }
        return new PlanInput
        {
            Interventions = interventions,
            DomainPriorities = DomainPriorities.Where(p => !string.IsNullOrEmpty(p.Value)).ToDictionary(),
            Engagement = new EngagementInput { PersonsViews = PersonsViews, AgreementDiscussion = AgreementDiscussion, ConsequencesExplained = ConsequencesExplained },
            Responsivity = Responsivity,
            RisksAndStrategies = RisksAndStrategies,
            AlertsAndConditions = AlertsAndConditions,
            Review = new ReviewInput { StillRelevant = Read(StillRelevant), BeingMet = Read(BeingMet), OverallCompliance = OverallCompliance },
        };
    }

    /// <summary>
    /// The form control for a field the API or the plan names ("interventions[0].what", "priorities.Financial"), so
    /// the error summary links to it; problems with the plan as a whole point at the interventions.
    /// </summary>
    public static string ControlFor(string field)
    {
        if (field.StartsWith("priorities.", StringComparison.Ordinal) || field.StartsWith("domainPriorities.", StringComparison.Ordinal))
        {
            return $"{Prefix}.DomainPriorities[{field[(field.IndexOf('.') + 1)..]}]";
        }
        return field switch
        {
            "domains" or "interventions" => "interventions",
            "engagement.personsViews" => $"{Prefix}.PersonsViews",
            "engagement.agreementDiscussion" => $"{Prefix}.AgreementDiscussion",
            "engagement.consequencesExplained" => $"{Prefix}.ConsequencesExplained",
            "review.stillRelevant" => $"{Prefix}.StillRelevant",
            "review.beingMet" => $"{Prefix}.BeingMet",
            "review.overallCompliance" => $"{Prefix}.OverallCompliance",
            _ => $"{Prefix}." + string.Join('.', field.Split('.').Select(part => char.ToUpperInvariant(part[0]) + part[1..])),
        };
    }

    private static string? Answer(bool? value) => value switch { true => "yes", false => "no", _ => null };

    private static bool? Read(string? answer) => answer switch { "yes" => true, "no" => false, _ => null };
}
