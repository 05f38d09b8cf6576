using Waypoint.Core.Common;
using Waypoint.Core.Plans;

namespace Waypoint.Core.Tests.Plans;

/// <summary>PLN-09 (COPP 10.3): what an IMP must hold, the exception to the threshold, reviews, and approval by someone else.</summary>
public sealed class IndividualManagementPlanTests
{
    private static readonly string[] Classifications = ["Maximum", "Medium", "Minimum"];

    private static ImpContent Complete => new(
        "Alcohol misuse; no trade", "Karnet Prison Farm after 12 months", "Minimum",
        [new ImpIntervention(Guid.NewGuid(), "Pathways AOD program", ImpInterventionKind.Program), new ImpIntervention(Guid.NewGuid(), "Certificate II in Horticulture", ImpInterventionKind.Vocational)],
        new Consultation(true, true, true));

    [Fact]
    [Trait("Req", "PLN-09")]
    public void AnImp_NeedsNeedsPlacementClassificationInterventionsAndWhoWasConsulted()
    {
        var imp = IndividualManagementPlan.Draft(Guid.NewGuid(), "asha", "Asha Assessor");
        Assert.Equal(["needs", "placementRecommendation", "securityClassification", "interventions", "consulted.notes"], imp.ProblemsSubmitting(true, Classifications).Select(p => p.Field));
        imp.Write(Complete with { Consulted = new Consultation(true, true, false) });
        Assert.Equal("consulted.notes", Assert.Single(imp.ProblemsSubmitting(true, Classifications)).Field);
        imp.Write(Complete with { Consulted = new Consultation(true, true, false, "Prisoner declined the interview") });
        Assert.Empty(imp.ProblemsSubmitting(true, Classifications));
    }

    [Fact]
    [Trait("Req", "PLN-09")]
    public void AnImpBelowTheThreshold_NeedsARecordedReason()
    {
        var imp = IndividualManagementPlan.Draft(Guid.NewGuid(), "asha", "Asha Assessor");
        imp.Write(Complete);
        Assert.Equal("exceptionReason", Assert.Single(imp.ProblemsSubmitting(false, Classifications)).Field);
        imp.Write(Complete with { ExceptionReason = "Serious violence: programs needed before release" });
        Assert.Empty(imp.ProblemsSubmitting(false, Classifications));
    }

    [Fact]
    [Trait("Req", "PLN-09")]
    public void SomeoneElseApproves_AndAReviewIsDoneWithTheCaseOfficer()
    {
        var imp = IndividualManagementPlan.Draft(Guid.NewGuid(), "asha", "Asha Assessor");
        imp.Write(Complete);
        imp.Submit(imp.ProblemsSubmitting(true, Classifications), DateTimeOffset.UnixEpoch);
        Assert.Throws<BusinessRuleViolation>(() => imp.Approve("asha", "Asha Assessor", new DateOnly(2026, 11, 26)));
        imp.Approve("cam", "Cam Coordinator", new DateOnly(2026, 11, 26));
        Assert.Throws<BusinessRuleViolation>(() => imp.Write(ImpContent.Empty));

        var review = imp.StartReview("asha", "Asha Assessor");
        Assert.Equal((2, imp.Id), (review.Number, review.ReviewOfId));
        Assert.Equal(["reviewedWith", "progress"], review.ProblemsSubmitting(true, Classifications).Select(p => p.Field));
    }
}
