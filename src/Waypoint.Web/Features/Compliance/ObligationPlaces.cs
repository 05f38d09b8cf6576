using Waypoint.Core.Compliance;

namespace Waypoint.Web.Features.Compliance;

/// <summary>Where each kind of work is done, so an officer goes from the obligation to the task in one step.</summary>
public static class ObligationPlaces
{
    public static string Href(Guid personId, ObligationKind kind, string key)
    {
        var person = $"/People/{personId}";
        return kind switch
        {
            ObligationKind.AllocateCaseOfficer or ObligationKind.CommunityHandover => $"{person}/Allocate",
            ObligationKind.CaseManagementPlan or ObligationKind.CaseManagementPlanReview => $"{person}/Plans",
            ObligationKind.ImpDue or ObligationKind.ImpReview => $"{person}/Imps",
            ObligationKind.PrimaryContactReport or ObligationKind.RegularContactReport or ObligationKind.ReleaseBriefing => $"{person}/Reports",
            ObligationKind.Contact => $"{person}/Contacts",
            ObligationKind.Induction => $"{person}/Induction",
            ObligationKind.Reassessment => $"{person}/Assessments",
            // The key names the non-compliance record that triggered it.
            ObligationKind.VerifyNonCompliance => $"{person}/Enforcement/{key[(key.IndexOf(':') + 1)..]}",
            ObligationKind.BreachAction => $"{person}/Enforcement",
            ObligationKind.EffectivenessSummary => $"{person}/Enforcement#effectiveness",
            _ => person,
        };
    }

    /// <summary>The place, as the link to it reads: "Go to …".</summary>
    public static string Name(ObligationKind kind) => kind switch
    {
        ObligationKind.AllocateCaseOfficer or ObligationKind.CommunityHandover => "allocation",
        ObligationKind.CaseManagementPlan or ObligationKind.CaseManagementPlanReview => "the plan",
        ObligationKind.ImpDue or ObligationKind.ImpReview => "the IMP",
        ObligationKind.PrimaryContactReport or ObligationKind.RegularContactReport or ObligationKind.ReleaseBriefing => "contact reports",
        ObligationKind.Contact => "contacts",
        ObligationKind.Induction => "the induction",
        ObligationKind.Reassessment => "assessments",
        ObligationKind.VerifyNonCompliance => "the non-compliance record",
        ObligationKind.BreachAction or ObligationKind.EffectivenessSummary => "enforcement",
        _ => "the overview",
    };
}
