using Waypoint.Core.Compliance;
using Waypoint.Core.Custody;
using Waypoint.Core.Orders;
using Waypoint.Core.Policy;
using Waypoint.Core.Staff;
using static Waypoint.Core.Tests.ShippedPacks;

namespace Waypoint.Core.Tests.Compliance;

/// <summary>
/// Golden tests for the recurring and release rules (CMP-01, CON-07): the IMP, the COPP 10.3 reporting cycle, release
/// preparation, CMP reviews (C23.2 5.1), contacts, reassessment, working days and waivers. Each date is worked out by
/// hand from the clause, not from the code.
/// </summary>
public sealed class CycleRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 26);

    private static readonly SiteRules Eastern = new(Guid.NewGuid(), "WA-EMP", Prisons);
    private static readonly SiteRules Wandoo = new(Guid.NewGuid(), "WA-WRP", Prisons);
    private static readonly SiteRules City = new(Guid.NewGuid(), "CBR-CITY", Community);

    private static PersonFacts Facts(Guid personId, CustodyRecord? custody, CaseAllocation? allocation, IReadOnlyList<Order> orders, params CaseRecord[] records) =>
        new(personId, orders, custody, allocation, new[] { Eastern, Wandoo, City }.ToDictionary(s => s.Id), records);

    /// <summary>A prisoner received at a site on a date, sentenced from then to the earliest eligibility date.</summary>
    private static (Guid PersonId, CustodyRecord Custody, Order Sentence) Sentenced(SiteRules site, DateOnly start, DateOnly eligible, DateOnly? today = null)
    {
        var personId = Guid.NewGuid();
        var custody = CustodyRecord.For(personId);
        custody.Place(site.Id, site.Code, "Unit 1", start, permanent: true, null, today ?? Today);
        var sentence = Order.Make(personId, "prisons", "Imprisonment", true, "WA District Court", new OrderDates(start, start, null, eligible.AddYears(2), eligible, null, null), today ?? Today);
        return (personId, custody, sentence);
    }

    private static List<Obligation> Of(IEnumerable<Obligation> obligations, params ObligationKind[] kinds) =>
        obligations.Where(o => kinds.Contains(o.Kind)).OrderBy(o => o.DueOn).ToList();

    [Fact]
    [Trait("Req", "PLN-09")]
    public void EffectiveSentenceOverSixMonths_NeedsAnImp_Copp103()
    {
        var (personId, custody, sentence) = Sentenced(Eastern, new DateOnly(2026, 3, 2), new DateOnly(2027, 3, 2));
        var imp = Assert.Single(ComplianceEngine.Derive(Facts(personId, custody, null, [sentence])), o => o.Kind == ObligationKind.ImpDue);
        Assert.Equal(new DateOnly(2026, 3, 30), imp.DueOn);
        Assert.StartsWith("COPP 10.3: an IMP is developed", imp.RuleSource);
        Assert.Equal(ObligationOwner.CoordinatorAt(Eastern.Id), imp.Owner);

        var approved = new CaseRecord(CaseRecordKind.ImpApproved, new DateOnly(2026, 3, 25), "IMP approved");
        Assert.Equal(ObligationStatus.MetOnTime, ComplianceEngine.Derive(Facts(personId, custody, null, [sentence], approved)).Single(o => o.Kind == ObligationKind.ImpDue).StatusOn(Today, 7));
    }

    [Theory]
    [Trait("Req", "PLN-09")]
    [InlineData(6, false)]
    [InlineData(7, true)]
    public void ExactlySixMonths_IsNotGreaterThanSixMonths(int months, bool needsImp)
    {
        var start = new DateOnly(2026, 3, 2);
        var (personId, custody, sentence) = Sentenced(Eastern, start, start.AddMonths(months));
        Assert.Equal(needsImp, ComplianceEngine.Derive(Facts(personId, custody, null, [sentence])).Any(o => o.Kind == ObligationKind.ImpDue));
    }

    [Fact]
    [Trait("Req", "CMP-07")]
    public void AtWandoo_NoImpOrReportingCycle_Copp103Scope()
    {
        var (personId, custody, sentence) = Sentenced(Wandoo, new DateOnly(2026, 3, 2), new DateOnly(2030, 3, 2));
        var approved = new CaseRecord(CaseRecordKind.ImpApproved, new DateOnly(2026, 3, 25), "IMP approved");
        Assert.Empty(Of(ComplianceEngine.Derive(Facts(personId, custody, null, [sentence], approved)), ObligationKind.ImpDue, ObligationKind.RegularContactReport, ObligationKind.ImpReview));
    }

    [Fact]
    [Trait("Req", "CMP-01")]
    public void LongSentence_ReportsEverySixMonths_ThenEveryThreeInTheFinalThreeYears_Alternating_Copp103()
    {
        // IMP approved 15 January 2026; earliest eligibility 15 January 2031, five years on.
        var (personId, custody, sentence) = Sentenced(Eastern, new DateOnly(2026, 1, 5), new DateOnly(2031, 1, 15));
        var approved = new CaseRecord(CaseRecordKind.ImpApproved, new DateOnly(2026, 1, 15), "IMP approved");
        var cycle = Of(ComplianceEngine.Derive(Facts(personId, custody, null, [sentence], approved)), ObligationKind.RegularContactReport, ObligationKind.ImpReview);

        // Six-monthly while more than three years remain after the report before: from 15 January 2028 exactly three
        // years remain, which counts as within the final three years, so the next report is three months on.
        DateOnly[] expected =
        [
            new(2026, 7, 15), new(2027, 1, 15), new(2027, 7, 15), new(2028, 1, 15),
            new(2028, 4, 15), new(2028, 7, 15), new(2028, 10, 15), new(2029, 1, 15),
            new(2029, 4, 15), new(2029, 7, 15), new(2029, 10, 15), new(2030, 1, 15),
            new(2030, 4, 15), new(2030, 7, 15), new(2030, 10, 15),
        ];
        Assert.Equal(expected, cycle.Select(o => o.DueOn));
        Assert.Equal(cycle.Select((_, i) => i % 2 == 0 ? ObligationKind.RegularContactReport : ObligationKind.ImpReview), cycle.Select(o => o.Kind));
        Assert.All(cycle, o => Assert.StartsWith("COPP 10.3 Regular contact reports", o.RuleSource));
        Assert.Equal(ObligationOwner.CoordinatorAt(Eastern.Id), cycle[1].Owner);
    }

    [Fact]
    [Trait("Req", "CMP-01")]
    public void ACycleAnchoredOnAMonthEnd_StaysOnMonthEnds_ThroughALeapYear()
    {
        // IMP approved 31 August 2027 (recorded then), eligible 31 August 2034: six-monthly until the final three years.
        var (personId, custody, sentence) = Sentenced(Eastern, new DateOnly(2027, 8, 1), new DateOnly(2034, 8, 31), today: new DateOnly(2027, 9, 1));
        var approved = new CaseRecord(CaseRecordKind.ImpApproved, new DateOnly(2027, 8, 31), "IMP approved");
        var cycle = Of(ComplianceEngine.Derive(Facts(personId, custody, null, [sentence], approved)), ObligationKind.RegularContactReport, ObligationKind.ImpReview);
        Assert.Equal([new DateOnly(2028, 2, 29), new DateOnly(2028, 8, 31), new DateOnly(2029, 2, 28), new DateOnly(2029, 8, 31)], cycle.Take(4).Select(o => o.DueOn));
    }

    [Fact]
    [Trait("Req", "CMP-01")]
    public void SentenceUnderThreeYears_ReportsEveryThreeMonths_AndReportsMeetTheirStep()
    {
        var (personId, custody, sentence) = Sentenced(Eastern, new DateOnly(2026, 1, 5), new DateOnly(2027, 1, 5));
        var allocation = CaseAllocation.For(personId);
        allocation.Allocate(AllocationKind.CaseOfficer, "kim", "Kim Nguyen", new DateOnly(2026, 1, 8), "On arrival", null, "coordinator", Today);
        CaseRecord[] records =
        [
            new(CaseRecordKind.ImpApproved, new DateOnly(2026, 2, 1), "IMP approved"),
            new(CaseRecordKind.RegularContactReport, new DateOnly(2026, 4, 28), "Regular Contact Report"),
            new(CaseRecordKind.ImpReviewed, new DateOnly(2026, 8, 10), "IMP reviewed"),
        ];
        var cycle = Of(ComplianceEngine.Derive(Facts(personId, custody, allocation, [sentence], records)), ObligationKind.RegularContactReport, ObligationKind.ImpReview);
        Assert.Equal([new DateOnly(2026, 5, 1), new DateOnly(2026, 8, 1), new DateOnly(2026, 11, 1)], cycle.Select(o => o.DueOn));
        Assert.Equal([ObligationStatus.MetOnTime, ObligationStatus.MetLate, ObligationStatus.Overdue], cycle.Select(o => o.StatusOn(Today, 7)));
        Assert.Equal(ObligationOwner.Officer("kim"), cycle[0].Owner);
    }

    [Fact]
    [Trait("Req", "CMP-02")]
    public void Release_EndsTheCycle()
    {
        var (personId, custody, sentence) = Sentenced(Eastern, new DateOnly(2026, 1, 5), new DateOnly(2027, 1, 5));
        custody.Release(new DateOnly(2026, 6, 1), "Appeal allowed", Today);
        var cycle = Of(ComplianceEngine.Derive(Facts(personId, custody, null, [sentence], new CaseRecord(CaseRecordKind.ImpApproved, new DateOnly(2026, 2, 1), "IMP approved"))),
            ObligationKind.RegularContactReport, ObligationKind.ImpReview);
        Assert.Equal(2, cycle.Count);
        Assert.Equal(ObligationStatus.NoLongerApplicable, cycle[1].StatusOn(Today, 7));
        Assert.StartsWith("Released on 1 June 2026", cycle[1].EndedBecause);
    }

    [Fact]
    [Trait("Req", "CON-07")]
    public void BeforeRelease_TheBriefingAndTheCommunityOfficerFallDue_LeadTimesFromThePack()
    {
        var (personId, custody, sentence) = Sentenced(Eastern, new DateOnly(2026, 1, 5), new DateOnly(2028, 3, 1));
        var release = Of(ComplianceEngine.Derive(Facts(personId, custody, null, [sentence])), ObligationKind.ReleaseBriefing, ObligationKind.CommunityHandover);
        Assert.Equal((ObligationKind.CommunityHandover, new DateOnly(2027, 12, 8)), (release[1].Kind, release[1].DueOn));
        Assert.Equal((ObligationKind.ReleaseBriefing, new DateOnly(2027, 9, 1)), (release[0].Kind, release[0].DueOn));
        Assert.Equal(ObligationOwner.CoordinatorAt(Eastern.Id), release[1].Owner);

        var allocation = CaseAllocation.For(personId);
        allocation.Allocate(AllocationKind.ResponsibleOfficer, "casey", "Casey Officer", new DateOnly(2027, 12, 1), "Handover", null, "coordinator", today: new DateOnly(2027, 12, 1));
        var handover = ComplianceEngine.Derive(Facts(personId, custody, allocation, [sentence])).Single(o => o.Kind == ObligationKind.CommunityHandover);
        Assert.Equal((new DateOnly(2027, 12, 1), "Community officer Casey Officer allocated"), (handover.MetOn!.Value, handover.MetBy));
    }

    [Fact]
    [Trait("Req", "CMP-06")]
    public void ReleasedToParole_ThePrisonsPackEndsItsWork_AndTheCommunityPackStartsTheParolePlan()
    {
        var (personId, custody, sentence) = Sentenced(Eastern, new DateOnly(2026, 1, 5), new DateOnly(2026, 9, 1));
        custody.Release(new DateOnly(2026, 9, 1), "Parole", Today);
        var parole = Order.Make(personId, "community", "Parole", false, "Prisoners Review Board",
            new OrderDates(new DateOnly(2026, 9, 1), new DateOnly(2026, 9, 1), new DateOnly(2026, 9, 2), new DateOnly(2027, 9, 1), null, null, null), Today, City.Id);
        var allocation = CaseAllocation.For(personId);
        allocation.Allocate(AllocationKind.ResponsibleOfficer, "casey", "Casey Officer", new DateOnly(2026, 6, 1), "Handover before release", null, "coordinator", Today);
        var obligations = ComplianceEngine.Derive(Facts(personId, custody, allocation, [sentence, parole]));

        // Twelve weeks before 1 September is 9 June: allocated on 1 June, on time.
        var handover = obligations.Single(o => o.Kind == ObligationKind.CommunityHandover);
        Assert.Equal(("prisons", ObligationStatus.MetOnTime), (handover.PackId, handover.StatusOn(Today, 7)));
        var plan = obligations.Single(o => o.Kind == ObligationKind.CaseManagementPlan);
        Assert.Equal(("community", new DateOnly(2026, 10, 28)), (plan.PackId, plan.DueOn));
        Assert.Equal(ObligationOwner.Officer("casey"), plan.Owner);
    }

    private static (Guid PersonId, Order Order, CaseAllocation Allocation) Supervised(string type, DateOnly start)
    {
        var personId = Guid.NewGuid();
        var order = Order.Make(personId, "community", type, false, "ACT Magistrates Court", new OrderDates(start, start, start, start.AddYears(2), null, null, null), Today, City.Id);
        var allocation = CaseAllocation.For(personId);
        allocation.Allocate(AllocationKind.ResponsibleOfficer, "casey", "Casey Officer", start, "New order", null, "team leader", Today);
        return (personId, order, allocation);
    }

    [Fact]
    [Trait("Req", "CMP-01")]
    public void Contacts_FallDueAtTheLevelsFrequencyAfterTheLastOne()
    {
        var (personId, order, allocation) = Supervised("CCO", new DateOnly(2026, 9, 1));
        order.SetSupervisionLevel("High", "High", new DateOnly(2026, 9, 1), null, "casey", Today);
        order.SetSupervisionLevel("Low", "High", new DateOnly(2026, 9, 20), "Settled", "casey", Today);
        CaseRecord[] contacts =
        [
            new(CaseRecordKind.Contact, new DateOnly(2026, 9, 7), "Office visit", order.Id, "Office"),
            new(CaseRecordKind.Contact, new DateOnly(2026, 9, 16), "Home visit", order.Id, "HomeVisit"),
            new(CaseRecordKind.Contact, new DateOnly(2026, 9, 21), "Phone call", order.Id, "Phone"),
        ];
        var due = Of(ComplianceEngine.Derive(Facts(personId, null, allocation, [order], contacts)), ObligationKind.Contact);
        // High: weekly from the start, then from each contact. The third was due 23 September until the level fell to
        // Low (four-weekly) on 20 September: then four weeks from the last contact, 14 October. After that, four weeks.
        Assert.Equal([new DateOnly(2026, 9, 8), new DateOnly(2026, 9, 14), new DateOnly(2026, 10, 14), new DateOnly(2026, 10, 19)], due.Select(o => o.DueOn));
        Assert.Equal([ObligationStatus.MetOnTime, ObligationStatus.MetLate, ObligationStatus.MetOnTime, ObligationStatus.Overdue], due.Select(o => o.StatusOn(Today, 7)));
    }

    [Fact]
    [Trait("Req", "CMP-01")]
    public void ARaisedLevel_BringsTheNextContactForward_FromTheChangeNotBeforeIt()
    {
        var (personId, order, allocation) = Supervised("CCO", new DateOnly(2026, 9, 1));
        order.SetSupervisionLevel("Low", "High", new DateOnly(2026, 9, 1), "Settled", "casey", Today);
        order.SetSupervisionLevel("High", "High", new DateOnly(2026, 9, 20), "New charges", "casey", Today);
        var next = Of(ComplianceEngine.Derive(Facts(personId, null, allocation, [order])), ObligationKind.Contact).Single();
        // Low made it due 29 September; High from 20 September makes it a week from the change, 27 September.
        Assert.Equal(new DateOnly(2026, 9, 27), next.DueOn);
    }

    [Theory]
    [Trait("Req", "PLN-08")]
    [InlineData("CCO", "Medium", 2027, 3, 1)]
    [InlineData("CCO", "High", 2026, 12, 1)]
    [InlineData("ICO", "Low", 2026, 12, 1)]
    public void PlanApproval_MakesAReviewDue_ByOrderTypeAndRisk_C23_2_5_1(string type, string risk, int year, int month, int day)
    {
        var (personId, order, allocation) = Supervised(type, new DateOnly(2026, 8, 1));
        CaseRecord[] records =
        [
            new(CaseRecordKind.Assessment, new DateOnly(2026, 8, 20), "LSI-R", Value: risk),
            new(CaseRecordKind.PlanApproved, new DateOnly(2026, 9, 1), "CMP approved", order.Id),
            new(CaseRecordKind.PlanAgreed, new DateOnly(2026, 9, 3), "CMP signed", order.Id),
        ];
        var obligations = ComplianceEngine.Derive(Facts(personId, null, allocation, [order], records));
        Assert.Equal(ObligationStatus.MetOnTime, obligations.Single(o => o.Kind == ObligationKind.CaseManagementPlan).StatusOn(Today, 7));
        var review = Assert.Single(obligations, o => o.Kind == ObligationKind.CaseManagementPlanReview);
        Assert.Equal(new DateOnly(year, month, day), review.DueOn);
        Assert.StartsWith("C23.2 5.1", review.RuleSource);
    }

    [Fact]
    [Trait("Req", "PLN-01")]
    public void ThePlan_IsCompleteWhenThePersonSignsOrRefuses_NotAtApproval_AsThePackSays_C23_2_1_3()
    {
        // Supervised from 3 August: eight weeks is 28 September. Approved on 21 September, signed on 2 October.
        var (personId, order, allocation) = Supervised("CCO", new DateOnly(2026, 8, 3));
        var approved = new CaseRecord(CaseRecordKind.PlanApproved, new DateOnly(2026, 9, 21), "CMP approved");
        var signed = new CaseRecord(CaseRecordKind.PlanAgreed, new DateOnly(2026, 10, 2), "CMP signed");
        ObligationStatus StatusWith(PolicyPack pack, params CaseRecord[] records)
        {
            var office = City with { Pack = pack };
            var facts = new PersonFacts(personId, [order], null, allocation, new Dictionary<Guid, SiteRules> { [office.Id] = office }, records);
            var plan = ComplianceEngine.Derive(facts).Single(o => o.Kind == ObligationKind.CaseManagementPlan);
            Assert.Equal(new DateOnly(2026, 9, 28), plan.DueOn);
            return plan.StatusOn(new DateOnly(2026, 9, 30), 7);
        }

        Assert.Equal(ObligationStatus.Overdue, StatusWith(Community, approved));
        Assert.Equal(ObligationStatus.MetLate, StatusWith(Community, approved, signed));
        var onApproval = Community with
        {
            Rules = Community.Rules.Select(r => r.Id == ComplianceEngine.CaseManagementPlanRule
                ? r with { Values = new Dictionary<string, string> { [ComplianceEngine.PlanMetByValue] = ComplianceEngine.PlanMetByApproval } } : r).ToList(),
        };
        Assert.Equal(ObligationStatus.MetOnTime, StatusWith(onApproval, approved));
    }

    [Theory]
    [Trait("Req", "PLN-08")]
    [InlineData("true", 2027, 4, 1)]
    [InlineData("false", 2027, 3, 1)]
    public void AnUnscheduledReview_RestartsThePeriod_OnlyIfThePackSaysSo_C23_2_5_2(string restarts, int year, int month, int day)
    {
        // Approved 1 September (medium risk, 6-monthly): due 1 March. An unscheduled review on 1 October restarts it to
        // 1 April by default; a pack that says it does not leaves 1 March.
        var (personId, order, allocation) = Supervised("CCO", new DateOnly(2026, 8, 3));
        var pack = Community with
        {
            Rules = Community.Rules.Select(r => r.Id == ComplianceEngine.CaseManagementPlanReviewRule
                ? r with { Values = new Dictionary<string, string> { [ComplianceEngine.UnscheduledRestartsValue] = restarts } } : r).ToList(),
        };
        var office = City with { Pack = pack };
        CaseRecord[] records =
        [
            new(CaseRecordKind.Assessment, new DateOnly(2026, 8, 10), "LSI-R", Value: "Medium"),
            new(CaseRecordKind.PlanApproved, new DateOnly(2026, 9, 1), "CMP approved"),
            new(CaseRecordKind.PlanReviewed, new DateOnly(2026, 10, 1), "CMP review approved", Value: ComplianceEngine.UnscheduledReview),
        ];
        var facts = new PersonFacts(personId, [order], null, allocation, new Dictionary<Guid, SiteRules> { [office.Id] = office }, records);
        var open = ComplianceEngine.Derive(facts).Where(o => o.Kind == ObligationKind.CaseManagementPlanReview && o.MetOn is null);
        Assert.Equal(new DateOnly(year, month, day), Assert.Single(open).DueOn);
    }

    [Fact]
    [Trait("Req", "PLN-08")]
    public void APlanAndAReviewApprovedOnOneDay_StartOneReviewPeriod()
    {
        var (personId, order, allocation) = Supervised("CCO", new DateOnly(2026, 8, 3));
        var reviews = Of(ComplianceEngine.Derive(Facts(personId, null, allocation, [order],
            new(CaseRecordKind.PlanApproved, new DateOnly(2026, 9, 1), "CMP approved"),
            new(CaseRecordKind.PlanReviewed, new DateOnly(2026, 9, 1), "CMP review approved"))), ObligationKind.CaseManagementPlanReview);
        Assert.Equal(new DateOnly(2027, 3, 1), Assert.Single(reviews).DueOn);
    }

    [Fact]
    [Trait("Req", "ASM-05")]
    public void AChangeOfRisk_AfterThePlan_MakesAReviewDueWithinFourWeeks_EB1_P11()
    {
        var (personId, order, allocation) = Supervised("CCO", new DateOnly(2026, 8, 3));
        List<CaseRecord> records =
        [
            new(CaseRecordKind.Assessment, new DateOnly(2026, 8, 10), "LSI-R", Value: "Medium"),
            new(CaseRecordKind.PlanApproved, new DateOnly(2026, 9, 1), "CMP approved"),
            new(CaseRecordKind.Assessment, new DateOnly(2026, 10, 5), "LSI-R", Value: "Medium"),
            new(CaseRecordKind.Assessment, new DateOnly(2026, 10, 20), "LSI-R", Value: "High"),
        ];
        var review = Assert.Single(ComplianceEngine.Derive(Facts(personId, null, allocation, [order], [.. records])), o => o.Key.Contains(":risk:"));
        // 20 October plus four weeks: 17 November. The reassessment on 5 October at the same level changed nothing.
        Assert.Equal((new DateOnly(2026, 11, 17), ObligationStatus.Overdue), (review.DueOn, review.StatusOn(Today, 7)));
        Assert.StartsWith("EB1 P11", review.RuleSource);

        records.Add(new(CaseRecordKind.PlanReviewed, new DateOnly(2026, 11, 10), "CMP review approved"));
        var met = ComplianceEngine.Derive(Facts(personId, null, allocation, [order], [.. records])).Single(o => o.Key.Contains(":risk:"));
        Assert.Equal(ObligationStatus.MetOnTime, met.StatusOn(Today, 7));
    }

    [Fact]
    [Trait("Req", "ASM-05")]
    public void Assessment_MakesTheNextDue_ByRiskLevel()
    {
        var (personId, order, allocation) = Supervised("CCO", new DateOnly(2026, 1, 5));
        CaseRecord[] records =
        [
            new(CaseRecordKind.Assessment, new DateOnly(2026, 1, 20), "LSI-R", Value: "High"),
            new(CaseRecordKind.Assessment, new DateOnly(2026, 4, 10), "LSI-R", Value: "Low"),
        ];
        var due = Of(ComplianceEngine.Derive(Facts(personId, null, allocation, [order], records)), ObligationKind.Reassessment);
        Assert.Equal([new DateOnly(2026, 4, 20), new DateOnly(2027, 4, 10)], due.Select(o => o.DueOn));
        Assert.Equal(ObligationStatus.MetOnTime, due[0].StatusOn(Today, 7));
    }

    [Theory]
    [Trait("Req", "CMP-01")]
    [InlineData(2026, 12, 24, 3, 2026, 12, 31)] // Christmas Day and the observed Boxing Day skipped with the weekend
    [InlineData(2026, 3, 6, 1, 2026, 3, 10)] // Friday, then Canberra Day (Monday 9 March): Tuesday
    [InlineData(2026, 3, 2, 5, 2026, 3, 10)]
    public void WorkingDays_SkipWeekendsAndThePacksPublicHolidays(int y, int m, int d, int days, int ey, int em, int ed) =>
        Assert.Equal(new DateOnly(ey, em, ed), Community.After(new PackPeriod(days, PeriodUnit.WorkingDays), new DateOnly(y, m, d)));

    [Fact]
    [Trait("Req", "CMP-02")]
    public void AWaiver_MakesItWaived_WithTheReasonAndWhoApproved()
    {
        var (personId, custody, sentence) = Sentenced(Eastern, new DateOnly(2026, 3, 2), new DateOnly(2027, 3, 2));
        var imp = ComplianceEngine.Derive(Facts(personId, custody, null, [sentence])).Single(o => o.Kind == ObligationKind.ImpDue);
        var waiver = new ObligationWaiver(Guid.NewGuid(), personId, imp.Key, new DateOnly(2026, 3, 20), "terry", "Terry Leader", "IMP completed at the sending prison; copy on file");
        var waived = ComplianceEngine.Derive(Facts(personId, custody, null, [sentence]) with { Waivers = [waiver] }).Single(o => o.Kind == ObligationKind.ImpDue);
        Assert.Equal(ObligationStatus.Waived, waived.StatusOn(Today, 7));
        Assert.Equal(("Terry Leader", "IMP completed at the sending prison; copy on file"), (waived.WaivedBy, waived.WaiverReason));
    }
}
