using Waypoint.Core.Common;
using Waypoint.Core.People;
using Waypoint.Web.Api;

namespace Waypoint.Web.Features.People;

/// <summary>An alias to add (PPL-01).</summary>
public sealed class AliasInput
{
    public string? FamilyName { get; set; }

    public string? GivenNames { get; set; }

    public Validation Validate() => new Validation()
        .Required("familyName", FamilyName, "the alias family name", TextLimits.Name)
        .Required("givenNames", GivenNames, "the alias given names", TextLimits.Name);
}

/// <summary>An external identifier to add (PPL-01).</summary>
public sealed class IdentifierInput
{
    public string? Type { get; set; }

    public string? Value { get; set; }

    public Validation Validate() => new Validation()
        .Required("type", Type, "the identifier type", TextLimits.Code)
        .Required("value", Value, "the identifier value", TextLimits.Code);
}

/// <summary>An alert to raise (PPL-03).</summary>
public sealed class AlertInput
{
    public string? Type { get; set; }

    public string? Details { get; set; }

    public DateOnly? StartDate { get; set; }

    public DateOnly? EndDate { get; set; }

    public (AlertType? Type, Validation Validation) Validate()
    {
        var v = new Validation().Required("details", Details, "the alert details", TextLimits.Long);
        var type = v.Code<AlertType>("type", Type, "the alert type");
        if (StartDate is null)
        {
            v.Add("startDate", "Enter the date the alert starts");
        }
        return (type, v);
    }
}

/// <summary>Ending an alert early or on a date (PPL-03).</summary>
public sealed class EndAlertInput
{
    public DateOnly? EndDate { get; set; }

    public string? Reason { get; set; }

    public Validation Validate()
    {
        var v = new Validation().Optional("reason", Reason, "reason", TextLimits.Long);
        if (EndDate is null)
        {
            v.Add("endDate", "Enter the date the alert ends");
        }
        return v;
    }
}

/// <summary>A responsivity factor to record (C23.2 2.6, PPL-02).</summary>
public sealed class ResponsivityFactorInput
{
    public string? Type { get; set; }

    public string? Details { get; set; }

    public (ResponsivityFactorType? Type, Validation Validation) Validate()
    {
        var v = new Validation().Required("details", Details, "how it affects the person's engagement", TextLimits.Long);
        return (v.Code<ResponsivityFactorType>("type", Type, "the responsivity factor"), v);
    }
}

/// <summary>Someone with an interest in the case (PPL-01).</summary>
public sealed class SignificantOtherInput
{
    public string? Name { get; set; }

    public string? Kind { get; set; }

    public string? Relationship { get; set; }

    public string? Phone { get; set; }

    public (SignificantOtherKind? Kind, Validation Validation) Validate()
    {
        var v = new Validation()
            .Required("name", Name, "their name", TextLimits.Short)
            .Required("relationship", Relationship, "their relationship to the person", TextLimits.Short)
            .Optional("phone", Phone, "phone", TextLimits.Code);
        return (v.Code<SignificantOtherKind>("kind", Kind, "the kind of contact"), v);
    }
}

/// <summary>A change of circumstances to record (PPL-09).</summary>
public sealed class CircumstanceChangeInput
{
    public string? Kind { get; set; }

    public string? Details { get; set; }

    public DateOnly? OccurredOn { get; set; }

    public string? ReportedBy { get; set; }

    public (CircumstanceKind? Kind, ReportedBy? ReportedBy, Validation Validation) Validate()
    {
        var v = new Validation().Required("details", Details, "what changed", TextLimits.Long);
        var kind = v.Code<CircumstanceKind>("kind", Kind, "the kind of change");
        var reportedBy = v.Code<ReportedBy>("reportedBy", ReportedBy, "who reported it");
        if (OccurredOn is null)
        {
            v.Add("occurredOn", "Enter the date of the change");
        }
        return (kind, reportedBy, v);
    }
}
