namespace Waypoint.Core.Security;

/// <summary>The roles of REC-01, with the names users see. Codes are stored; never rename one.</summary>
public static class Roles
{
    public const string CaseOfficer = "CaseOfficer";
    public const string TeamLeader = "TeamLeader";
    public const string AssessmentOfficer = "AssessmentOfficer";
    public const string CaseManagementCoordinator = "CaseManagementCoordinator";
    public const string UnitManager = "UnitManager";
    public const string PrisonOfficer = "PrisonOfficer";
    public const string SuperintendentsDelegate = "SuperintendentsDelegate";
    public const string AuthorisedAssistantSuperintendent = "AuthorisedAssistantSuperintendent";
    public const string Manager = "Manager";
    public const string RecordsOfficer = "RecordsOfficer";
    public const string Administrator = "Administrator";
    public const string Auditor = "Auditor";

    public static readonly IReadOnlyDictionary<string, string> Names = new Dictionary<string, string>
    {
        [CaseOfficer] = "Case officer",
        [TeamLeader] = "Team leader",
        [AssessmentOfficer] = "Assessment officer",
        [CaseManagementCoordinator] = "Case management coordinator",
        [UnitManager] = "Unit manager",
        [PrisonOfficer] = "Prison officer",
        [SuperintendentsDelegate] = "Superintendent's delegate",
        [AuthorisedAssistantSuperintendent] = "Authorised assistant superintendent",
        [Manager] = "Manager",
        [RecordsOfficer] = "Records officer",
        [Administrator] = "Administrator",
        [Auditor] = "Auditor (read-only, time-limited)",
    };

    public static IEnumerable<string> All => Names.Keys;

    /// <summary>Who may read person records: every operational role, and an auditor while their access lasts.</summary>
    public static readonly string[] PeopleReaders =
    [
        CaseOfficer, TeamLeader, AssessmentOfficer, CaseManagementCoordinator, UnitManager, PrisonOfficer,
        SuperintendentsDelegate, AuthorisedAssistantSuperintendent, Manager, RecordsOfficer, Auditor,
    ];

    /// <summary>Who may create and change person records. Managers and auditors read; administrators run accounts, not cases.</summary>
    public static readonly string[] PeopleWriters =
    [
        CaseOfficer, TeamLeader, AssessmentOfficer, CaseManagementCoordinator, UnitManager, RecordsOfficer,
    ];

    /// <summary>Any staff member who sees a person may raise an alert about them (PPL-03), prison officers included.</summary>
    public static readonly string[] AlertRaisers = [.. PeopleWriters, PrisonOfficer, SuperintendentsDelegate, AuthorisedAssistantSuperintendent];

    /// <summary>Who records and changes orders and sentences (PPL-04): records staff, coordinators and the officers managing the case.</summary>
    public static readonly string[] OrderKeepers = [RecordsOfficer, CaseManagementCoordinator, UnitManager, TeamLeader, CaseOfficer];

    /// <summary>Who records placements, transfers, release and classification (PPL-05): prison records and management staff.</summary>
    public static readonly string[] CustodyKeepers = [RecordsOfficer, CaseManagementCoordinator, UnitManager, SuperintendentsDelegate, AuthorisedAssistantSuperintendent];

    /// <summary>Who allocates officers (STF-02): coordinators and unit managers in prisons (COPP 10.3), team leaders in the community.</summary>
    public static readonly string[] Allocators = [CaseManagementCoordinator, UnitManager, TeamLeader];

    /// <summary>
    /// Who reads compliance reports (CMP-05): those who supervise the work (CSCOFM022 1.2; COPP 10.3 Assurance), and
    /// auditors.
    /// </summary>
    public static readonly string[] ComplianceReaders =
    [
        TeamLeader, UnitManager, CaseManagementCoordinator, SuperintendentsDelegate, AuthorisedAssistantSuperintendent, Manager, Auditor,
    ];

    /// <summary>Who works the data-quality queue (BYD-07): supervisors and the records officers who put records right.</summary>
    public static readonly string[] DataQualityReaders = [.. ComplianceReaders.Where(r => r != Auditor), RecordsOfficer];

    /// <summary>Who approves waiving an obligation (CMP-02): team leaders in the community, unit managers in prisons.</summary>
    public static readonly string[] Waivers = [TeamLeader, UnitManager];

    /// <summary>
    /// REC-05: who sees every person in the jurisdiction, not only those at their own site: records officers, who guard
    /// who sees what; managers; and an auditor while their access lasts. Everyone else sees their site's people and
    /// the people allocated to them.
    /// </summary>
    public static readonly string[] JurisdictionWide = [RecordsOfficer, Manager, Auditor];

    /// <summary>Who keeps staff profiles, capacity and leave (STF-01, STF-04): administrators and those who manage staff.</summary>
    public static readonly string[] StaffKeepers = [Administrator, Manager, TeamLeader, UnitManager, CaseManagementCoordinator];

    /// <summary>REC-01: who authorises delegations in the register: the superintendent's delegates and managers.</summary>
    public static readonly string[] Delegators = [SuperintendentsDelegate, AuthorisedAssistantSuperintendent, Manager];

    /// <summary>CON-05: case notes are written by any staff member who works with people: everyone who raises alerts, and managers.</summary>
    public static readonly string[] NoteWriters = [.. AlertRaisers, Manager];

    /// <summary>
    /// REC-02: besides its author, a confidential case note is read by those who supervise the case or guard records
    /// (team leaders, unit managers, managers, records officers) and by an auditor while their access lasts.
    /// </summary>
    public static readonly string[] ConfidentialNoteReaders = [TeamLeader, UnitManager, Manager, RecordsOfficer, Auditor];

    /// <summary>ASM-01..04: who assesses: case officers and assessment officers, and the team leaders and unit managers who supervise them.</summary>
    public static readonly string[] Assessors = [CaseOfficer, AssessmentOfficer, TeamLeader, UnitManager];

    /// <summary>ASM-04: the supervisors who approve or decline an override of a computed risk level (EB1 K11).</summary>
    public static readonly string[] OverrideApprovers = [TeamLeader, UnitManager];

    /// <summary>PLN-01 (C23.2 1.3): the allocated officer writes the plan; team leaders may write one too.</summary>
    public static readonly string[] PlanWriters = [CaseOfficer, TeamLeader];

    /// <summary>PLN-06 (C23.2 3.1-3.4): team leaders approve plans, never one they wrote.</summary>
    public static readonly string[] PlanApprovers = [TeamLeader];

    /// <summary>PLN-09 (COPP 10.3): an IMP is developed by an Assessment Officer.</summary>
    public static readonly string[] ImpWriters = [AssessmentOfficer];

    /// <summary>
    /// PLN-09: the IMP is approved by those responsible for the quality of assessment documentation (COPP 10.3
    /// definitions): the case management coordinator and the authorised assistant superintendent.
    /// </summary>
    public static readonly string[] ImpApprovers = [CaseManagementCoordinator, AuthorisedAssistantSuperintendent];

    /// <summary>
    /// CON-01, CON-02: who books appointments, records contacts and inductions: the supervising officers and their team
    /// leaders (EB1 P3, P7).
    /// </summary>
    public static readonly string[] ContactKeepers = [CaseOfficer, TeamLeader];

    /// <summary>CON-03, CON-04 (COPP 10.3): the case officer writes the contact reports; the unit manager who supervises them may too.</summary>
    public static readonly string[] ContactReportWriters = [CaseOfficer, UnitManager];

    /// <summary>ENF-01..03 (EB1 P14-P18): who records and verifies non-compliance and gives warnings: the same officers.</summary>
    public static readonly string[] Enforcers = [CaseOfficer, TeamLeader];

    /// <summary>ENF-04: a team leader approves breach action before it is sent, never their own referral.</summary>
    public static readonly string[] BreachApprovers = [TeamLeader];

    public static readonly string[] AuditReaders = [RecordsOfficer, Administrator];

    public static readonly string[] AccountAdministrators = [Administrator];
}
