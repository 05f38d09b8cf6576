namespace Waypoint.Core.Compliance;

/// <summary>The kinds of work the rules require (CMP-02). Each names what satisfies it.</summary>
public enum ObligationKind
{
    /// <summary>COPP 10.3 Case allocation: a case officer within the pack's period of arrival at the permanent placement.</summary>
    AllocateCaseOfficer,

    /// <summary>C23.2 1.3: the Case Management Plan within the pack's period of the order's supervision start.</summary>
    CaseManagementPlan,

    /// <summary>COPP 10.3: the Primary (Initial) Contact Report within the pack's period of the case officer's allocation.</summary>
    PrimaryContactReport,

    /// <summary>C23.2 5.1: a review of the approved CMP at the frequency for the order type and risk level.</summary>
    CaseManagementPlanReview,

    /// <summary>COPP 10.3: the Individual Management Plan for an effective sentence over the pack's threshold.</summary>
    ImpDue,

    /// <summary>COPP 10.3: the IMP review, alternating with the Regular Contact Report in the reporting cycle.</summary>
    ImpReview,

    /// <summary>COPP 10.3: the Regular Contact Report, alternating with the IMP review in the reporting cycle.</summary>
    RegularContactReport,

    /// <summary>A supervision contact within the period the supervision level sets after the last one.</summary>
    Contact,

    /// <summary>ASM-05: the risk and needs assessment again, within the pack's period of the last one.</summary>
    Reassessment,

    /// <summary>CON-07: the prisoner briefed on release and reintegration activities before the earliest release date.</summary>
    ReleaseBriefing,

    /// <summary>CON-07: a community officer allocated the pack's number of weeks before release.</summary>
    CommunityHandover,

    /// <summary>CON-01: the induction (EB1 P3, P6) within the pack's period of the order's supervision start.</summary>
    Induction,

    /// <summary>ENF-02: an apparent non-compliance verified and decided, by the pack's deadline (BYD-02 while evidence is awaited).</summary>
    VerifyNonCompliance,

    /// <summary>ENF-03: enough warnings within the pack's window: breach action is put to the officer and team leader.</summary>
    BreachAction,

    /// <summary>ENF-06 (EB1 P22): the summary of evidence of the sentence's effectiveness within the pack's period of the order ending.</summary>
    EffectivenessSummary,
}

/// <summary>
/// One piece of work a rule requires of a person's case (CMP-02): what, by when, who owns it, which rule and pack
/// version made it (CMP-06), the site whose rule it is (CMP-07, and the site it is reported under, CMP-05), and what met
/// it. <see cref="Key"/> identifies it across rebuilds: the kind and the record
/// that triggered it, so the same facts always give the same obligations (CMP-03).
/// </summary>
public sealed record Obligation(
    string Key,
    Guid PersonId,
    ObligationKind Kind,
    DateOnly TriggeredOn,
    DateOnly DueOn,
    ObligationOwner Owner,
    string RuleId,
    string RuleSource,
    string PackId,
    string PackVersion,
    string Facts,
    DateOnly? MetOn = null,
    string? MetBy = null,
    DateOnly? EndedOn = null,
    string? EndedBecause = null,
    DateOnly? WaivedOn = null,
    string? WaivedBy = null,
    string? WaiverReason = null,
    Guid? SiteId = null)
{
    /// <summary>For storage: a store sets the values it read.</summary>
    private Obligation()
        : this("", Guid.Empty, default, default, default, ObligationOwner.Unallocated, "", "", "", "", "")
    {
    }

    /// <summary>
    /// The status on a date, derived when read so no nightly job is needed (CMP-02): met on time or late once met; no
    /// longer applicable once its reason went; otherwise overdue after the due date, due soon within the window, or
    /// upcoming. A waiver a team leader approved stands in place of meeting it.
    /// </summary>
    public ObligationStatus StatusOn(DateOnly today, int dueSoonDays) => this switch
    {
        { MetOn: { } met } => met <= DueOn ? ObligationStatus.MetOnTime : ObligationStatus.MetLate,
        { WaivedOn: not null } => ObligationStatus.Waived,
        { EndedOn: { } ended } when ended <= today => ObligationStatus.NoLongerApplicable,
        _ => OpenStatus(DueOn, today, dueSoonDays),
    };

    /// <summary>The status of open work (not met, waived or ended): overdue, due soon within the window, or upcoming.</summary>
    public static ObligationStatus OpenStatus(DateOnly dueOn, DateOnly today, int dueSoonDays) =>
        today > dueOn ? ObligationStatus.Overdue
        : dueOn.DayNumber - today.DayNumber <= dueSoonDays ? ObligationStatus.DueSoon
        : ObligationStatus.Upcoming;
}

public enum ObligationStatus
{
    Upcoming,
    DueSoon,
    Overdue,
    MetOnTime,
    MetLate,
    Waived,
    NoLongerApplicable,
}

/// <summary>
/// Who the work falls to: an officer's account, or whoever does coordinator duties at a site (REC-01: the site's role,
/// or a delegate), which is where work goes while nobody is allocated. Neither means no site is known.
/// </summary>
public sealed record ObligationOwner(string? UserId, Guid? CoordinatorSiteId)
{
    public static ObligationOwner Officer(string userId) => new(userId, null);

    public static ObligationOwner CoordinatorAt(Guid siteId) => new(null, siteId);

    public static readonly ObligationOwner Unallocated = new(null, null);
}
