using Waypoint.Core.Common;
using Waypoint.Core.Plans;

namespace Waypoint.Core.Tests.Plans;

/// <summary>PLN-02..06, PLN-10, PLN-11: what a plan must hold to be submitted, and its approval path (C23.2 2.3-2.8, 3.1-3.4, 6.1).</summary>
public sealed class CaseManagementPlanTests
{
    private static readonly DateOnly Today = new(2026, 11, 26);
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 10, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly OrderEnds = new(2027, 11, 25);
    private static readonly string[] RiskDomains = ["EducationEmployment", "AlcoholDrug", "Companions"];

    private static string Name(string code) => code switch
    {
        "EducationEmployment" => "Education/Employment",
        "AlcoholDrug" => "Alcohol/Drug problem",
        "Companions" => "Companions",
        _ => code,
    };

    private static Intervention Smart(params string[] domains) => new(
        Guid.NewGuid(), "Attend the SMART Recovery group weekly", "Attendance sheet each week; no positive tests", "Officer and program facilitator",
        Today.AddMonths(3), domains, Priority.High, Horizon.ShortTerm);

    private static readonly Dictionary<string, Priority> Priorities = new() { ["EducationEmployment"] = Priority.Medium, ["AlcoholDrug"] = Priority.High, ["Companions"] = Priority.Low };

    private static CaseManagementPlan Written(params Intervention[] interventions)
    {
        var plan = CaseManagementPlan.Draft(Guid.NewGuid(), "officer", "Olive Officer");
        plan.Write(new PlanContent(interventions, Priorities, new Engagement("Wants work as a chef", "Agreed the group before work", ConsequencesExplained: true), AlertsAndConditions: "Curfew 9pm-6am"));
        return plan;
    }

    private static IReadOnlyList<PlanProblem> Problems(CaseManagementPlan plan) => plan.ProblemsSubmitting(RiskDomains, Name, Today, OrderEnds);

    [Fact]
    [Trait("Req", "PLN-02")]
    public void ARiskDomainWithNoIntervention_StopsSubmission_NamingEachDomain()
    {
        var problem = Assert.Single(Problems(Written(Smart("AlcoholDrug"))));
        Assert.Equal("domains", problem.Field);
        Assert.Contains("Education/Employment, Companions", problem.Message);
    }

    [Fact]
    [Trait("Req", "PLN-02")]
    public void OneInterventionMayAddressSeveralDomains()
    {
        Assert.Empty(Problems(Written(Smart("AlcoholDrug", "Companions"), Smart("EducationEmployment"))));
    }

    [Fact]
    [Trait("Req", "PLN-02")]
    public void EachRiskDomain_NeedsAPriority()
    {
        var plan = Written(Smart("AlcoholDrug", "Companions", "EducationEmployment"));
        plan.Write(plan.Content with { DomainPriorities = new Dictionary<string, Priority> { ["AlcoholDrug"] = Priority.High } });
        Assert.Equal(["priorities.EducationEmployment", "priorities.Companions"], Problems(plan).Select(p => p.Field));
    }

    [Fact]
    [Trait("Req", "PLN-03")]
    public void EachSmartPart_IsChecked_AndTheTargetDateMustFallInsideTheOrder()
    {
        var vague = new Intervention(Guid.NewGuid(), "Do better", " ", null, OrderEnds.AddDays(1), RiskDomains, Priority.High, Horizon.LongTerm);
        var undated = Smart(RiskDomains) with { TargetDate = null };
        Assert.Equal(
            ["interventions[0].howMeasured", "interventions[0].responsible", "interventions[0].targetDate", "interventions[1].targetDate"],
            Problems(Written(vague, undated)).Select(p => p.Field));
    }

    [Fact]
    [Trait("Req", "PLN-11")]
    public void Interventions_StartAfterAnotherInThePlan_NeverInACircle()
    {
        var first = Smart(RiskDomains);
        var second = Smart("AlcoholDrug") with { StartsAfter = first.Id };
        Assert.Empty(Problems(Written(first, second)));

        var loopA = Smart(RiskDomains);
        var loopB = Smart("AlcoholDrug") with { StartsAfter = loopA.Id };
        Assert.Contains(Problems(Written(loopA with { StartsAfter = loopB.Id }, loopB)), p => p.Field == "interventions");
        Assert.Contains(Problems(Written(Smart(RiskDomains) with { StartsAfter = Guid.NewGuid() })), p => p.Field == "interventions[0].startsAfter");
    }

    [Fact]
    [Trait("Req", "PLN-05")]
    public void TheConsequencesOfNotComplying_MustBeExplained()
    {
        var plan = Written(Smart(RiskDomains));
        plan.Write(plan.Content with { Engagement = plan.Engagement with { ConsequencesExplained = false } });
        Assert.Equal("engagement.consequencesExplained", Assert.Single(Problems(plan)).Field);
    }

    [Fact]
    [Trait("Req", "PLN-06")]
    public void ApprovalPath_SubmitReturnResubmitApproveAndSign_ByTheRightPeopleOnly()
    {
        var plan = Written(Smart("AlcoholDrug"));
        Assert.Throws<PlanNotReadyException>(() => plan.Submit(Problems(plan), Now));
        Assert.Equal(PlanStatus.Draft, plan.Status);

        plan.Write(plan.Content with { Interventions = [Smart(RiskDomains)] });
        plan.Submit(Problems(plan), Now);
        Assert.Throws<BusinessRuleViolation>(() => plan.Write(plan.Content with { Interventions = [] }));
        Assert.Throws<BusinessRuleViolation>(() => plan.Return("Mine", "officer"));
        plan.Return("Add the curfew to the plan", "leader");
        Assert.Equal((PlanStatus.Returned, "Add the curfew to the plan"), (plan.Status, plan.ReturnComments));

        plan.Write(plan.Content with { AlertsAndConditions = "Curfew 9pm-6am; 100 hours community service" });
        plan.Submit(Problems(plan), Now);
        Assert.Throws<BusinessRuleViolation>(() => plan.Approve("officer", "Olive Officer", Today, [], null));
        var outstanding = Assert.Throws<BusinessRuleViolation>(() => plan.Approve("leader", "Lee Leader", Today, ["A police criminal history check"], null));
        Assert.Contains("A police criminal history check", outstanding.Message);
        plan.Approve("leader", "Lee Leader", Today, [], null);

        Assert.Throws<BusinessRuleViolation>(() => plan.SignByPerson(Today));
        Assert.Throws<BusinessRuleViolation>(() => plan.SignAsOfficer("leader", Today));
        plan.SignAsOfficer("officer", Today);
        plan.SignByPerson(Today.AddDays(1));
        Assert.Equal((PlanStatus.Signed, "Lee Leader", Today.AddDays(1)), (plan.Status, plan.ApprovedBy, plan.PersonSignedOn));
    }

    [Fact]
    [Trait("Req", "PLN-06")]
    public void ARefusal_RecordsWhatThePersonDisagreesWith()
    {
        var plan = Written(Smart(RiskDomains));
        plan.Submit(Problems(plan), Now);
        plan.Approve("leader", "Lee Leader", Today, [], null);
        plan.SignAsOfficer("officer", Today);
        Assert.Throws<BusinessRuleViolation>(() => plan.RecordRefusal(" ", Today));
        plan.RecordRefusal("Will not attend group sessions on weekdays", Today);
        Assert.Equal((PlanStatus.Refused, "Will not attend group sessions on weekdays"), (plan.Status, plan.RefusalReason));
    }

    [Fact]
    [Trait("Req", "PLN-08")]
    public void AReview_StartsFromTheAgreedPlan_NeedsItsFindings_AndThePersonSignsAgainOnlyWhenInterventionsChange()
    {
        var plan = Agreed(Written(Smart(RiskDomains)));
        Assert.Throws<BusinessRuleViolation>(() => Written(Smart(RiskDomains)).StartReview("officer", "Olive Officer", unscheduled: false));

        var review = plan.StartReview("officer2", "Oscar Officer", unscheduled: true);
        Assert.Equal((2, plan.Id, true, PlanStatus.Draft), (review.Number, review.ReviewOfId, review.Unscheduled, review.Status));
        Assert.Equal(["review.stillRelevant", "review.beingMet", "review.overallCompliance"], Problems(review).Select(p => p.Field));

        // A status update is not a change of interventions (C23.2 5.1c, 5.3): approval puts the review in force.
        review.Write(review.Content with { Interventions = [review.Interventions[0] with { Status = InterventionStatus.InProgress }] }, new ReviewFindings(true, true, "Attends every week"));
        review.Submit(Problems(review), Now);
        review.Approve("leader", "Lee Leader", Today, [], plan);
        Assert.Equal((false, Today, true), (review.PersonSigns, review.AgreedOn, review.IsSettled));
        Assert.Throws<BusinessRuleViolation>(() => review.SignAsOfficer("officer2", Today));

        var changed = review.StartReview("officer2", "Oscar Officer", unscheduled: false);
        changed.Write(changed.Content with { Interventions = [.. changed.Interventions, Smart("AlcoholDrug")] }, new ReviewFindings(true, false, "Missed two sessions"));
        changed.Submit(Problems(changed), Now);
        changed.Approve("leader", "Lee Leader", Today, [], review);
        Assert.Equal((true, null), (changed.PersonSigns, changed.AgreedOn));
    }

    private static CaseManagementPlan Agreed(CaseManagementPlan plan)
    {
        plan.Submit(Problems(plan), Now);
        plan.Approve("leader", "Lee Leader", Today, [], null);
        plan.SignAsOfficer("officer", Today);
        plan.SignByPerson(Today);
        return plan;
    }
}
