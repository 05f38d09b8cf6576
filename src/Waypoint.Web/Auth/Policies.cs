using Microsoft.AspNetCore.Authorization;
using Waypoint.Core.Security;

namespace Waypoint.Web.Auth;

/// <summary>Who may do what (REC-01). Every page and endpoint names one of these; anything unnamed needs a signed-in user.</summary>
public static class Policies
{
    public const string ReadPeople = nameof(ReadPeople);
    public const string WritePeople = nameof(WritePeople);
    public const string RaiseAlerts = nameof(RaiseAlerts);
    public const string ReadAudit = nameof(ReadAudit);
    public const string KeepOrders = nameof(KeepOrders);
    public const string KeepCustody = nameof(KeepCustody);
    public const string Allocate = nameof(Allocate);
    public const string ManageAccounts = nameof(ManageAccounts);
    public const string KeepStaff = nameof(KeepStaff);
    public const string Delegate = nameof(Delegate);
    public const string WaiveObligations = nameof(WaiveObligations);
    public const string ReadCompliance = nameof(ReadCompliance);
    public const string ReadDataQuality = nameof(ReadDataQuality);
    public const string WriteNotes = nameof(WriteNotes);
    public const string Assess = nameof(Assess);
    public const string WritePlans = nameof(WritePlans);
    public const string ApprovePlans = nameof(ApprovePlans);
    public const string WriteImps = nameof(WriteImps);
    public const string ApproveImps = nameof(ApproveImps);
    public const string ApproveOverrides = nameof(ApproveOverrides);
    public const string KeepContacts = nameof(KeepContacts);
    public const string Enforce = nameof(Enforce);
    public const string WriteContactReports = nameof(WriteContactReports);
    public const string ApproveBreaches = nameof(ApproveBreaches);

    public static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(ReadPeople, p => p.RequireRole(Roles.PeopleReaders));
        options.AddPolicy(WritePeople, p => p.RequireRole(Roles.PeopleWriters));
        options.AddPolicy(RaiseAlerts, p => p.RequireRole(Roles.AlertRaisers));
        options.AddPolicy(ReadAudit, p => p.RequireRole(Roles.AuditReaders));
        options.AddPolicy(KeepOrders, p => p.RequireRole(Roles.OrderKeepers));
        options.AddPolicy(KeepCustody, p => p.RequireRole(Roles.CustodyKeepers));
        options.AddPolicy(Allocate, p => p.RequireAuthenticatedUser().AddRequirements(new DoesCoordinatorDutiesRequirement()));
        options.AddPolicy(Delegate, p => p.RequireRole(Roles.Delegators));
        options.AddPolicy(WaiveObligations, p => p.RequireRole(Roles.Waivers));
        options.AddPolicy(ReadCompliance, p => p.RequireRole(Roles.ComplianceReaders));
        options.AddPolicy(ReadDataQuality, p => p.RequireRole(Roles.DataQualityReaders));
        options.AddPolicy(WriteNotes, p => p.RequireRole(Roles.NoteWriters));
        options.AddPolicy(Assess, p => p.RequireRole(Roles.Assessors));
        options.AddPolicy(WritePlans, p => p.RequireRole(Roles.PlanWriters));
        options.AddPolicy(ApprovePlans, p => p.RequireRole(Roles.PlanApprovers));
        options.AddPolicy(WriteImps, p => p.RequireRole(Roles.ImpWriters));
        options.AddPolicy(ApproveImps, p => p.RequireRole(Roles.ImpApprovers));
        options.AddPolicy(ApproveOverrides, p => p.RequireRole(Roles.OverrideApprovers));
        options.AddPolicy(KeepContacts, p => p.RequireRole(Roles.ContactKeepers));
        options.AddPolicy(Enforce, p => p.RequireRole(Roles.Enforcers));
        options.AddPolicy(WriteContactReports, p => p.RequireRole(Roles.ContactReportWriters));
        options.AddPolicy(ApproveBreaches, p => p.RequireRole(Roles.BreachApprovers));
        options.AddPolicy(ManageAccounts, p => p.RequireRole(Roles.AccountAdministrators));
        options.AddPolicy(KeepStaff, p => p.RequireRole(Roles.StaffKeepers));
        options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
    }
}
