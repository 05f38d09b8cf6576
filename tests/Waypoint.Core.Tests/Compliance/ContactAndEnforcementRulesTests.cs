using Waypoint.Core.Compliance;
using Waypoint.Core.Orders;
using Waypoint.Core.Policy;
using Waypoint.Core.Staff;
using static Waypoint.Core.Tests.ShippedPacks;

namespace Waypoint.Core.Tests.Compliance;

/// <summary>
/// Golden tests for the community pack's contact and enforcement rules (CON-01, CON-02, ENF-02, BYD-02). Each date is
/// worked out by hand from the calendar: 1 September 2026 is a Tuesday, 5 October 2026 is Labour Day in the ACT.
/// </summary>
public sealed class ContactAndEnforcementRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 26);
    private static readonly SiteRules City = new(Guid.NewGuid(), "CBR-CITY", Community);

    private static (Guid PersonId, Order Order, CaseAllocation Allocation) Supervised(DateOnly start, string level = "High")
    {
        var personId = Guid.NewGuid();
        var order = Order.Make(personId, "community", "CCO", false, "ACT Magistrates Court", new OrderDates(start, start, start, start.AddYears(2), null, null, null), Today, City.Id);
        order.SetSupervisionLevel(level, level, start, null, "casey", Today);
        var allocation = CaseAllocation.For(personId);
        allocation.Allocate(AllocationKind.ResponsibleOfficer, "casey", "Casey Officer", start, "New order", null, "team leader", Today);
        return (personId, order, allocation);
    }

    private static List<Obligation> Derive((Guid PersonId, Order Order, CaseAllocation Allocation) c, ObligationKind kind, params CaseRecord[] records) =>
        ComplianceEngine.Derive(new PersonFacts(c.PersonId, [c.Order], null, c.Allocation, new Dictionary<Guid, SiteRules> { [City.Id] = City }, records))
            .Where(o => o.Kind == kind).OrderBy(o => o.DueOn).ToList();

    [Fact]
    [Trait("Req", "CON-02")]
    public void AProgramSession_IsNotASupervisionContact_ButAnOfficeVisitIs()
    {
        var c = Supervised(new DateOnly(2026, 9, 1));
        var contacts = Derive(c, ObligationKind.Contact,
            new CaseRecord(CaseRecordKind.Contact, new DateOnly(2026, 9, 3), "Program session", c.Order.Id, "Program"),
            new CaseRecord(CaseRecordKind.Contact, new DateOnly(2026, 9, 7), "Office appointment", c.Order.Id, "Office"));
        // High: weekly. The program session on 3 September does not count; the office visit on 7 September meets the
        // first contact (due 8 September), and the next is due a week after it.
        Assert.Equal([new DateOnly(2026, 9, 8), new DateOnly(2026, 9, 14)], contacts.Select(o => o.DueOn));
        Assert.Equal(new DateOnly(2026, 9, 7), contacts[0].MetOn);
        Assert.Contains("program sessions and other contacts do not", contacts[0].RuleSource);
    }

    [Fact]
    [Trait("Req", "CON-01")]
    public void Induction_IsDueWithinFiveWorkingDaysOfTheSupervisionStart_AndMetWhenComplete()
    {
        var c = Supervised(new DateOnly(2026, 9, 1));
        var induction = Assert.Single(Derive(c, ObligationKind.Induction));
        // Wednesday 2, Thursday 3, Friday 4, Monday 7, Tuesday 8 September.
        Assert.Equal(new DateOnly(2026, 9, 8), induction.DueOn);
        Assert.Equal("induction", induction.RuleId);
        Assert.StartsWith("EB1 P3, P6", induction.RuleSource);
        Assert.Equal(ObligationOwner.Officer("casey"), induction.Owner);

        var met = Assert.Single(Derive(c, ObligationKind.Induction, new CaseRecord(CaseRecordKind.InductionCompleted, new DateOnly(2026, 9, 9), "Induction completed", c.Order.Id)));
        Assert.Equal(ObligationStatus.MetLate, met.StatusOn(Today, 7));
    }

    [Fact]
    [Trait("Req", "ENF-02")]
    public void ApparentNonCompliance_IsVerifiedWithinTwoWorkingDays_SkippingAPublicHoliday()
    {
        var c = Supervised(new DateOnly(2026, 9, 1));
        var id = Guid.NewGuid().ToString();
        // Recorded on Friday 2 October: Monday 5 October is Labour Day, so Tuesday 6 and Wednesday 7 October.
        var recorded = new CaseRecord(CaseRecordKind.NonComplianceRecorded, new DateOnly(2026, 10, 2), "Failed to attend", c.Order.Id, id);
        var verify = Assert.Single(Derive(c, ObligationKind.VerifyNonCompliance, recorded));
        Assert.Equal(new DateOnly(2026, 10, 7), verify.DueOn);
        Assert.Equal("non-compliance-verification", verify.RuleId);
        Assert.Equal($"{ObligationKind.VerifyNonCompliance}:{id}", verify.Key);

        var decided = new CaseRecord(CaseRecordKind.NonComplianceDecided, new DateOnly(2026, 10, 6), "Verified: not acceptable", c.Order.Id, id);
        Assert.Equal(ObligationStatus.MetOnTime, Assert.Single(Derive(c, ObligationKind.VerifyNonCompliance, recorded, decided)).StatusOn(Today, 7));
    }

    [Fact]
    [Trait("Req", "BYD-02")]
    public void AnAbsenceAwaitingEvidence_IsDueFiveWorkingDaysAfterTheEvidenceWasAskedFor()
    {
        var c = Supervised(new DateOnly(2026, 9, 1));
        var id = Guid.NewGuid().ToString();
        var recorded = new CaseRecord(CaseRecordKind.NonComplianceRecorded, new DateOnly(2026, 10, 7), "Failed to attend", c.Order.Id, id);
        var asked = new CaseRecord(CaseRecordKind.EvidenceRequested, new DateOnly(2026, 10, 8), "Evidence asked for", c.Order.Id, id);
        var verify = Assert.Single(Derive(c, ObligationKind.VerifyNonCompliance, recorded, asked));
        // Thursday 8 October: Friday 9, Monday 12, Tuesday 13, Wednesday 14, Thursday 15 October.
        Assert.Equal(new DateOnly(2026, 10, 15), verify.DueOn);
        Assert.Equal("absence-evidence", verify.RuleId);
        Assert.Contains("evidence asked for on 8 October 2026", verify.Facts);
    }

    [Fact]
    [Trait("Req", "ENF-02")]
    public void AnotherPersonsRecord_DoesNotMeetThisOne()
    {
        var c = Supervised(new DateOnly(2026, 9, 1));
        var recorded = new CaseRecord(CaseRecordKind.NonComplianceRecorded, new DateOnly(2026, 10, 7), "Failed to attend", c.Order.Id, "a");
        var otherDecided = new CaseRecord(CaseRecordKind.NonComplianceDecided, new DateOnly(2026, 10, 8), "Verified", c.Order.Id, "b");
        Assert.Null(Assert.Single(Derive(c, ObligationKind.VerifyNonCompliance, recorded, otherDecided)).MetOn);
    }

    private static CaseRecord Warning(Order order, DateOnly on) => new(CaseRecordKind.Warning, on, "Formal warning", order.Id, Guid.NewGuid().ToString());

    [Fact]
    [Trait("Req", "ENF-03")]
    public void TheSecondWarningWithinTwelveMonths_PutsBreachActionToTheOfficer_DueInFiveWorkingDays()
    {
        var c = Supervised(new DateOnly(2026, 9, 1));
        var first = Warning(c.Order, new DateOnly(2026, 10, 1));
        Assert.Empty(Derive(c, ObligationKind.BreachAction, first));
        // Monday 2 November: Tuesday 3, Wednesday 4, Thursday 5, Friday 6, Monday 9 November.
        var second = Warning(c.Order, new DateOnly(2026, 11, 2));
        var breach = Assert.Single(Derive(c, ObligationKind.BreachAction, first, second));
        Assert.Equal((new DateOnly(2026, 11, 2), new DateOnly(2026, 11, 9)), (breach.TriggeredOn, breach.DueOn));
        Assert.Equal(("warning-threshold", ObligationOwner.Officer("casey")), (breach.RuleId, breach.Owner));
        Assert.StartsWith("EB1 P18-P19", breach.RuleSource);
        Assert.StartsWith("2 formal warnings under the CCO within 12 months", breach.Facts);
    }

    [Fact]
    [Trait("Req", "ENF-03")]
    public void AWarningLeavesTheWindowTwelveMonthsAfterItWasGiven()
    {
        var c = Supervised(new DateOnly(2026, 9, 1));
        var old = Warning(c.Order, new DateOnly(2026, 9, 2));
        // On 2 September 2027 the first warning has left the window; on 1 September 2027 it still counts.
        Assert.Empty(Derive(c, ObligationKind.BreachAction, old, Warning(c.Order, new DateOnly(2027, 9, 2))));
        Assert.Single(Derive(c, ObligationKind.BreachAction, old, Warning(c.Order, new DateOnly(2027, 9, 1))));

        var window = Core.Enforcement.WarningWindow.On([new DateOnly(2026, 9, 2), new DateOnly(2026, 11, 1)], Community, Community.RuleInForce("warning-threshold", Today), Today)!;
        Assert.Equal((2, 2, new DateOnly(2026, 9, 2), new DateOnly(2027, 9, 2)), (window.Count, window.Threshold, window.OldestOn!.Value, window.OldestLeavesOn!.Value));
    }

    [Fact]
    [Trait("Req", "ENF-04")]
    public void ABreachReferralMeetsIt_AndOnlyALaterWarningPutsItAgain()
    {
        var c = Supervised(new DateOnly(2026, 9, 1));
        CaseRecord[] warnings = [Warning(c.Order, new DateOnly(2026, 10, 1)), Warning(c.Order, new DateOnly(2026, 10, 8)), Warning(c.Order, new DateOnly(2026, 10, 15))];
        // While the first is open, the third warning adds nothing.
        Assert.Single(Derive(c, ObligationKind.BreachAction, warnings));
        var referral = new CaseRecord(CaseRecordKind.BreachReferralStarted, new DateOnly(2026, 10, 12), "Breach referral started", c.Order.Id, Guid.NewGuid().ToString());
        var both = Derive(c, ObligationKind.BreachAction, [.. warnings, referral]);
        Assert.Equal(2, both.Count);
        Assert.Equal(new DateOnly(2026, 10, 12), both[0].MetOn);
        Assert.Equal((new DateOnly(2026, 10, 15), (DateOnly?)null), (both[1].TriggeredOn, both[1].MetOn));
    }

    [Fact]
    [Trait("Req", "ENF-06")]
    public void TheEffectivenessSummary_IsDueTenWorkingDaysAfterTheOrderEnds_AndMovesWhenItEndsEarly()
    {
        var c = Supervised(new DateOnly(2026, 9, 1));
        // Known from the start: the order expires on Friday 1 September 2028, so Monday 4 to Friday 15 September.
        var atExpiry = Assert.Single(Derive(c, ObligationKind.EffectivenessSummary));
        Assert.Equal(new DateOnly(2028, 9, 1), atExpiry.TriggeredOn);
        Assert.Equal(new DateOnly(2028, 9, 15), atExpiry.DueOn);
        Assert.Equal("effectiveness-summary", atExpiry.RuleId);
        Assert.StartsWith("EB1 P22", atExpiry.RuleSource);
        Assert.Equal(ObligationOwner.Officer("casey"), atExpiry.Owner);

        // Revoked on Thursday 25 March 2027: Good Friday and Easter Monday are ACT holidays, so the ten working days
        // run from Tuesday 30 March to Monday 12 April. The same obligation moves; it is not ended.
        c.Order.End(OrderStatus.Revoked, new DateOnly(2027, 3, 25), "Breach: revoked by the court");
        var revoked = Assert.Single(Derive(c, ObligationKind.EffectivenessSummary));
        Assert.Equal(atExpiry.Key, revoked.Key);
        Assert.Equal(new DateOnly(2027, 4, 12), revoked.DueOn);
        Assert.Null(revoked.EndedOn);
        Assert.Contains("revoked on 25 March 2027", revoked.Facts);

        var met = Assert.Single(Derive(c, ObligationKind.EffectivenessSummary,
            new CaseRecord(CaseRecordKind.EffectivenessSummaryCompleted, new DateOnly(2027, 4, 9), "Effectiveness summary completed", c.Order.Id)));
        Assert.Equal(ObligationStatus.MetOnTime, met.StatusOn(new DateOnly(2027, 5, 1), 7));
    }
}
