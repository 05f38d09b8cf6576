using Waypoint.Core.Common;
using Waypoint.Core.Plans;

namespace Waypoint.Core.Tests.Plans;

/// <summary>PLN-02..06, PLN-10, PLN-11: what a plan must hold to be submitted, and its approval path (C23.2 2.3-2.8, 3.1-3.4, 6.1).</summary>
public sealed class CaseManagementPlanTests
{
    private static readonly DateOnly Today = new(2026, 11, 26);
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
        var plan = CaseManagementPlan.Draft(Guid.NewGuid(), Guid.NewGuid(), 1, "officer", "Olive Officer");
        plan.Write(interventions, Priorities, new Engagement("Wants work as a chef", "Agreed the group before work", ConsequencesExplained: true), null, null, "Curfew 9pm-6am");
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
        plan.Write(plan.Interventions, new Dictionary<string, Priority> { ["AlcoholDrug"] = Priority.High }, plan.Engagement, null, null, null);
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
        plan.Write(plan.Interventions, Priorities, plan.Engagement with { ConsequencesExplained = false }, null, null, null);
        Assert.Equal("engagement.consequencesExplained", Assert.Single(Problems(plan)).Field);
    }

    [Fact]
    [Trait("Req", "PLN-06")]
    public void ApprovalPath_SubmitReturnResubmitApproveAndSign_ByTheRightPeopleOnly()
    {
        var plan = Written(Smart("AlcoholDrug"));
        Assert.Throws<PlanNotReadyException>(() => plan.Submit(Problems(plan)));
        Assert.Equal(PlanStatus.Draft, plan.Status);

        plan.Write([Smart(RiskDomains)], Priorities, plan.Engagement, null, null, null);
        plan.Submit(Problems(plan));
        Assert.Throws<BusinessRuleViolation>(() => plan.Write([], Priorities, plan.Engagement, null, null, null));
        Assert.Throws<BusinessRuleViolation>(() => plan.Return("Mine", "officer"));
        plan.Return("Add the curfew to the plan", "leader");
        Assert.Equal((PlanStatus.Returned, "Add the curfew to the plan"), (plan.Status, plan.ReturnComments));

        plan.Write(plan.Interventions, Priorities, plan.Engagement, null, null, "Curfew 9pm-6am; 100 hours community service");
        plan.Submit(Problems(plan));
        Assert.Throws<BusinessRuleViolation>(() => plan.Approve("officer", "Olive Officer", Today, []));
        var outstanding = Assert.Throws<BusinessRuleViolation>(() => plan.Approve("leader", "Lee Leader", Today, ["A police criminal history check"]));
        Assert.Contains("A police criminal history check", outstanding.Message);
        plan.Approve("leader", "Lee Leader", Today, []);

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
        plan.Submit(Problems(plan));
        plan.Approve("leader", "Lee Leader", Today, []);
        plan.SignAsOfficer("officer", Today);
        Assert.Throws<BusinessRuleViolation>(() => plan.RecordRefusal(" ", Today));
        plan.RecordRefusal("Will not attend group sessions on weekdays", Today);
        Assert.Equal((PlanStatus.Refused, "Will not attend group sessions on weekdays"), (plan.Status, plan.RefusalReason));
    }
}
