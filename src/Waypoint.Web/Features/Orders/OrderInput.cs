using Waypoint.Core.Common;
using Waypoint.Core.Orders;
using Waypoint.Core.Policy;
using Waypoint.Core.Staff;
using Waypoint.Web.Api;
using Waypoint.Web.Features.Policy;

namespace Waypoint.Web.Features.Orders;

/// <summary>A new order or sentence (PPL-04). The type must be one the named policy pack knows.</summary>
public sealed class OrderInput
{
    public string? PolicyPack { get; set; }

    public string? OrderType { get; set; }

    public string? IssuingAuthority { get; set; }

    public OrderDatesInput? Dates { get; set; }

    /// <summary>The community corrections office that supervises a community order (REC-05); none for a prison sentence.</summary>
    public Guid? SupervisingSiteId { get; set; }

    public (OrderTypeDefinition? Type, OrderDates? Dates, Validation Validation) Validate(PolicyPacks packs, IReadOnlyList<Site> sites)
    {
        var v = new Validation().Required("issuingAuthority", IssuingAuthority, "the issuing court or authority", TextLimits.Short);
        OrderTypeDefinition? type = null;
        if (string.IsNullOrWhiteSpace(PolicyPack) || packs.Find(PolicyPack) is not { } pack)
        {
            v.Add("policyPack", $"Policy pack must be one of: {string.Join(", ", packs.All.Select(p => p.Id))}");
        }
        else if (string.IsNullOrWhiteSpace(OrderType) || pack.OrderType(OrderType) is not { } known)
        {
            v.Add("orderType", $"Order type must be one the {pack.Name} pack knows: {string.Join(", ", pack.OrderTypes.Select(t => t.Code))}");
        }
        else
        {
            type = known;
        }
        var dates = (Dates ?? new OrderDatesInput()).Read(v, needsSupervisionStart: type is { Supervised: true, Custodial: false });
        if (type is not null)
        {
            CheckSupervisingOffice(type, packs, sites, v);
        }
        return (type, v.IsValid ? dates : null, v);
    }

    /// <summary>A supervised community order needs an office whose own pack knows the order type (CMP-07, REC-05).</summary>
    private void CheckSupervisingOffice(OrderTypeDefinition type, PolicyPacks packs, IReadOnlyList<Site> sites, Validation v)
    {
        const string Field = "supervisingSiteId";
        if (type.Custodial)
        {
            if (SupervisingSiteId is not null)
            {
                v.Add(Field, "A custodial sentence has no supervising office: the prison is where the person is placed");
            }
            return;
        }
        if (SupervisingSiteId is null)
        {
            if (type.Supervised)
            {
                v.Add(Field, "Choose the community corrections office that will supervise the order");
            }
            return;
        }
        if (SupervisingOffice.Check(SupervisingSiteId.Value, type.Code, packs, sites) is { } problem)
        {
            v.Add(Field, problem);
        }
    }
}

/// <summary>Which sites may supervise a community order of a type (REC-05, CMP-07).</summary>
public static class SupervisingOffice
{
    /// <summary>Why the site cannot supervise an order of this type, or null when it can.</summary>
    public static string? Check(Guid siteId, string orderType, PolicyPacks packs, IReadOnlyList<Site> sites)
    {
        var site = sites.FirstOrDefault(s => s.Id == siteId);
        if (site is not { Kind: SiteKind.CommunityOffice })
        {
            return "Choose a community corrections office: that site is not one";
        }
        var pack = packs.ForSite(site);
        return pack?.OrderType(orderType) is null
            ? $"{site.Name} runs on {(pack is null ? "no policy pack" : $"the {pack.Name} pack")}, which does not know the order type {orderType}"
            : null;
    }
}

/// <summary>An order's dates as sent (PPL-04); rules about how they relate are Core's.</summary>
public sealed class OrderDatesInput
{
    public DateOnly? SentenceDate { get; set; }

    public DateOnly? Start { get; set; }

    public DateOnly? SupervisionStart { get; set; }

    public DateOnly? Expiry { get; set; }

    public DateOnly? EarliestEligibilityDate { get; set; }

    public DateOnly? EarliestDateOfRelease { get; set; }

    public DateOnly? StatutoryReviewDate { get; set; }

    /// <summary>Why the dates changed, for a variation's history; not read when an order is made.</summary>
    public string? Reason { get; set; }

    public static OrderDatesInput From(OrderDates d) => new()
    {
        SentenceDate = d.SentenceDate, Start = d.Start, SupervisionStart = d.SupervisionStart, Expiry = d.Expiry,
        EarliestEligibilityDate = d.EarliestEligibilityDate, EarliestDateOfRelease = d.EarliestDateOfRelease, StatutoryReviewDate = d.StatutoryReviewDate,
    };

    public OrderDates? Read(Validation v, bool needsSupervisionStart)
    {
        v.Optional("dates.reason", Reason, "reason", TextLimits.Long);
        if (SentenceDate is null)
        {
            v.Add("dates.sentenceDate", "Enter the sentence date");
        }
        if (Start is null)
        {
            v.Add("dates.start", "Enter the start date");
        }
        if (needsSupervisionStart && SupervisionStart is null)
        {
            v.Add("dates.supervisionStart", "Enter the supervision start date: a supervised order needs one");
        }
        return SentenceDate is { } sentence && Start is { } start
            ? new OrderDates(sentence, start, SupervisionStart, Expiry, EarliestEligibilityDate, EarliestDateOfRelease, StatutoryReviewDate)
            : null;
    }
}

/// <summary>Ending an order (PPL-04): completed or revoked, on a date, with the reason kept in its history.</summary>
public sealed class EndOrderInput
{
    public string? Outcome { get; set; }

    public DateOnly? EndedOn { get; set; }

    public string? Reason { get; set; }

    public (OrderStatus? Outcome, Validation Validation) Validate()
    {
        var v = new Validation().Required("reason", Reason, "the reason the order ended", TextLimits.Long);
        var outcome = v.Code<OrderStatus>("outcome", Outcome, "the outcome (Completed or Revoked)");
        if (EndedOn is null)
        {
            v.Add("endedOn", "Enter the date the order ended");
        }
        return (outcome, v);
    }
}

/// <summary>A condition to add to an order (PPL-04).</summary>
public sealed class ConditionInput
{
    public string? ConditionType { get; set; }

    public string? Details { get; set; }

    public int? Hours { get; set; }

    public Validation Validate(PolicyPack? pack)
    {
        var v = new Validation().Required("details", Details, "the condition as the order states it", TextLimits.Long);
        var type = pack?.ConditionTypes.FirstOrDefault(c => c.Code == ConditionType);
        if (type is null)
        {
            v.Add("conditionType", $"Condition type must be one the order's pack knows: {string.Join(", ", pack?.ConditionTypes.Select(c => c.Code) ?? [])}");
        }
        else if (type.HasHours && Hours is null or < 1 or > 2000)
        {
            v.Add("hours", "Enter the hours ordered, between 1 and 2000");
        }
        else if (!type.HasHours && Hours is not null)
        {
            v.Add("hours", $"{type.Name} does not count hours");
        }
        return v;
    }
}
