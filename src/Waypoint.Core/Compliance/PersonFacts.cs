using Waypoint.Core.Custody;
using Waypoint.Core.Orders;
using Waypoint.Core.Policy;
using Waypoint.Core.Staff;

namespace Waypoint.Core.Compliance;

/// <summary>
/// Everything the engine reads about one person (DESIGN: facts + pack + date → obligations): their orders, custody and
/// allocations, the sites they touch with each site's pack, the records that satisfy or start work (plans, reports,
/// contacts, assessments: each module adds its rows as <see cref="CaseRecord"/>s) and the waivers team leaders approved.
/// </summary>
public sealed record PersonFacts(
    Guid PersonId,
    IReadOnlyList<Order> Orders,
    CustodyRecord? Custody,
    CaseAllocation? Allocation,
    IReadOnlyDictionary<Guid, SiteRules> Sites,
    IReadOnlyList<CaseRecord>? Records = null,
    IReadOnlyList<ObligationWaiver>? Waivers = null)
{
    /// <summary>The records of a kind, earliest first; for an order, those about it or about no order in particular.</summary>
    public IEnumerable<CaseRecord> RecordsOf(CaseRecordKind kind, Guid? orderId = null) =>
        (Records ?? []).Where(r => r.Kind == kind && (orderId is null || r.OrderId is null || r.OrderId == orderId)).OrderBy(r => r.On);
}

/// <summary>
/// A dated record that meets or starts an obligation: a plan approved, a report written, a contact kept, an
/// assessment completed. <see cref="Value"/> carries what the rule needs from it, such as an assessment's risk level.
/// </summary>
public sealed record CaseRecord(CaseRecordKind Kind, DateOnly On, string Description, Guid? OrderId = null, string? Value = null);

public enum CaseRecordKind
{
    ImpApproved,
    ImpReviewed,
    PrimaryContactReport,
    RegularContactReport,
    /// <summary>A team leader approved a first plan.</summary>
    PlanApproved,

    /// <summary>A team leader approved a review of the plan (C23.2 5.3).</summary>
    PlanReviewed,

    /// <summary>A plan or review was agreed (signed by all who sign it) or the person's refusal recorded (PLN-01).</summary>
    PlanAgreed,
    /// <summary>A contact kept; its value is the kind of contact, which the pack may count or not (CON-02).</summary>
    Contact,
    Assessment,

    /// <summary>An order's induction completed: every topic explained and understanding confirmed (CON-01).</summary>
    InductionCompleted,

    /// <summary>An apparent non-compliance recorded (ENF-01); its value is the record's id, as for the two below.</summary>
    NonComplianceRecorded,

    /// <summary>The person asked to bring evidence for a reason they gave (BYD-02).</summary>
    EvidenceRequested,

    /// <summary>The officer's verified decision on an apparent non-compliance (ENF-02).</summary>
    NonComplianceDecided,

    /// <summary>A formal warning under an order (ENF-03); its value is the warning's id.</summary>
    Warning,

    /// <summary>Breach action started: a referral drafted under an order (ENF-04).</summary>
    BreachReferralStarted,

    /// <summary>An order's effectiveness summary completed (ENF-06).</summary>
    EffectivenessSummaryCompleted,
    ReleaseBriefing,
}

/// <summary>
/// CMP-02: a team leader's decision that an obligation need not be met, with the reason. Kept like a case note: never
/// changed or removed, so the obligation stays waived through every rebuild.
/// </summary>
public sealed record ObligationWaiver(Guid Id, Guid PersonId, string ObligationKey, DateOnly On, string ApprovedByUserId, string ApprovedBy, string Reason);

/// <summary>A site as the rules see it: its code (for site overrides, CMP-07) and its pack.</summary>
public sealed record SiteRules(Guid Id, string Code, PolicyPack? Pack);
