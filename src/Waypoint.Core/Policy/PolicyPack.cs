namespace Waypoint.Core.Policy;

/// <summary>
/// A jurisdiction's rules and reference data as validated data (CMP-01, CMP-06): order types, condition types,
/// supervision levels, site kinds, workload weights and effective-dated rules. Every value names its source clause, or
/// says it is a default an agency must replace.
/// </summary>
public sealed record PolicyPack(
    string Id,
    string Name,
    string Jurisdiction,
    string Version,
    DateOnly EffectiveFrom,
    IReadOnlyList<PackChange> ChangeLog,
    IReadOnlyList<SiteKindDefinition> SiteKinds,
    IReadOnlyList<OrderTypeDefinition> OrderTypes,
    IReadOnlyList<ConditionTypeDefinition> ConditionTypes,
    IReadOnlyList<SupervisionLevelDefinition> SupervisionLevels,
    IReadOnlyList<SecurityClassificationDefinition> SecurityClassifications,
    IReadOnlyList<WorkloadWeight> WorkloadWeights,
    IReadOnlyList<PackRule> Rules,
    IReadOnlyList<SiteOverride>? SiteOverrides = null,
    IReadOnlyList<PublicHoliday>? PublicHolidays = null,
    AssessmentDefinitions? Assessments = null,
    PlanDefinitions? Plans = null)
{
    private IReadOnlySet<DateOnly>? holidays;

    /// <summary>The days a period in working days skips besides weekends (CMP-01).</summary>
    public IReadOnlySet<DateOnly> Holidays => holidays ??= (PublicHolidays ?? []).Select(h => h.Date).ToHashSet();

    /// <summary>The date a rule's period after a start falls on, counting working days with this pack's holidays.</summary>
    public DateOnly After(PackPeriod period, DateOnly start) => period.After(start, Holidays);

    /// <summary>The date a rule's lead time before an end falls on, such as a briefing before the eligibility date.</summary>
    public DateOnly Before(PackPeriod period, DateOnly end) => period.Before(end, Holidays);

    /// <summary>CMP-07: the sites exempted from a rule or given their own values for it.</summary>
    public IReadOnlyList<SiteOverride> Overrides => SiteOverrides ?? [];

    public OrderTypeDefinition? OrderType(string code) => OrderTypes.FirstOrDefault(t => t.Code == code);

    public const string SupervisionLevelProposalRule = "supervision-level-proposal";

    /// <summary>Risk level used until someone is assessed: never shown or treated as low (BYD-07).</summary>
    public const string NotAssessed = "NotAssessed";

    /// <summary>The risk levels every pack's bands, rules and weights name, least to most serious.</summary>
    public static readonly IReadOnlyList<(string Code, string Name)> RiskLevels = [("Low", "Low"), ("Medium", "Medium"), ("High", "High"), ("VeryHigh", "Very high")];

    /// <summary>
    /// PPL-08: the supervision level the pack proposes for a risk level on a date, falling back to its level for people
    /// not yet assessed; null when the pack has no such rule.
    /// </summary>
    public string? ProposedSupervisionLevel(string riskLevel, DateOnly on) =>
        RuleInForce(SupervisionLevelProposalRule, on) is { } rule
            ? rule.Values.GetValueOrDefault(riskLevel) ?? rule.Values.GetValueOrDefault(NotAssessed)
            : null;

    /// <summary>
    /// CMP-07: a rule as it applies at a site on a date: the pack's rule, with the site's own period or values in place
    /// of the pack's where it has them; no rule where the site is exempt (the exemption says why).
    /// </summary>
    public SiteRule RuleAt(string siteCode, string ruleId, DateOnly on)
    {
        var rule = RuleInForce(ruleId, on);
        var local = Overrides.Where(o => o.Site == siteCode && o.Rule == ruleId && o.EffectiveFrom <= on).MaxBy(o => o.EffectiveFrom);
        if (rule is null || local is null)
        {
            return new SiteRule(rule, null);
        }
        if (local.Exempt)
        {
            return new SiteRule(null, local);
        }
        var values = new Dictionary<string, string>(rule.Values);
        foreach (var (key, value) in local.Values ?? new Dictionary<string, string>())
        {
            values[key] = value;
        }
        return new SiteRule(rule with { Period = local.Period ?? rule.Period, Values = values, Source = $"{local.Source} (local value; pack: {rule.Source})" }, local);
    }

    /// <summary>The version of a rule in force on a date: the one with the latest effective-from on or before it (CMP-06).</summary>
    public PackRule? RuleInForce(string ruleId, DateOnly on) =>
        Rules.Where(r => r.Id == ruleId && r.EffectiveFrom <= on).MaxBy(r => r.EffectiveFrom);
}

/// <summary>CMP-07: one site's exemption from a rule, or its own period or values for it, from a date.</summary>
public sealed record SiteOverride(string Site, string Rule, DateOnly EffectiveFrom, bool Exempt, PackPeriod? Period, IReadOnlyDictionary<string, string>? Values, string Source) : ISourced;

/// <summary>A rule as it applies at a site: <see cref="Rule"/> is null when there is none or the site is exempt.</summary>
public sealed record SiteRule(PackRule? Rule, SiteOverride? Local)
{
    public bool Exempt => Local is { Exempt: true };
}

/// <summary>One entry of a pack's change log.</summary>
public sealed record PackChange(string Version, DateOnly Date, string Summary);

/// <summary>Where a value comes from: a clause of a source document, or "default: not in the sources".</summary>
public interface ISourced
{
    string Source { get; }
}

public sealed record SiteKindDefinition(string Code, string Name, string Source) : ISourced;

/// <summary>
/// An order or sentence type (PPL-04): custodial (imprisonment) or community; whether it is supervised; who hears a
/// breach (ENF-04).
/// </summary>
public sealed record OrderTypeDefinition(string Code, string Name, bool Custodial, bool Supervised, string BreachAuthority, string Source) : ISourced;

/// <summary>A kind of order condition (PPL-04), such as community service hours or a curfew.</summary>
public sealed record ConditionTypeDefinition(string Code, string Name, bool HasHours, string Source) : ISourced;

/// <summary>A community supervision level (PPL-08), in order from most to least intensive.</summary>
public sealed record SupervisionLevelDefinition(string Code, string Name, string Source) : ISourced;

/// <summary>A prison security classification level (PPL-05).</summary>
public sealed record SecurityClassificationDefinition(string Code, string Name, string Source) : ISourced;

/// <summary>Workload points for a case (STF-04): by order type, risk level and stage, "*" matching any.</summary>
public sealed record WorkloadWeight(string OrderType, string RiskLevel, int Points, string Source, string Stage = "*") : ISourced;

/// <summary>
/// An effective-dated rule. Several entries may share an id: each is that rule from its effective-from date until the
/// next one's. <see cref="Period"/> is the rule's time limit where it has one; <see cref="Since"/> is the pack version
/// that introduced the entry, which obligations record so a later version leaves them as they were (CMP-06).
/// </summary>
public sealed record PackRule(
    string Id, string Kind, DateOnly EffectiveFrom, string Source, PackPeriod? Period, IReadOnlyDictionary<string, string> Values, string? Since = null,
    IReadOnlyDictionary<string, PackPeriod>? Periods = null) : ISourced
{
    /// <summary>
    /// A period that depends on the case, such as contact frequency by supervision level: the first of the keys the
    /// rule names, most specific first, else its own period.
    /// </summary>
    public PackPeriod? PeriodFor(params string[] keys) =>
        keys.Select(k => Periods?.GetValueOrDefault(k)).FirstOrDefault(p => p is not null) ?? Period;

    /// <summary>A named part of the rule's timing, such as the reporting cycle's longer interval.</summary>
    public PackPeriod Named(string key) =>
        Periods?.GetValueOrDefault(key) ?? throw new InvalidOperationException($"Rule '{Id}' has no period '{key}'; the pack checks require it");
}

/// <summary>A public holiday a period in working days skips (CMP-01).</summary>
public sealed record PublicHoliday(DateOnly Date, string Name, string Source) : ISourced;

/// <summary>
/// A time limit in the units a policy states it: calendar days, weeks, months or years, or working days that skip
/// weekends and the pack's public holidays (CMP-01).
/// </summary>
public sealed record PackPeriod(int Amount, PeriodUnit Unit)
{
    public DateOnly After(DateOnly start, IReadOnlySet<DateOnly>? holidays = null) => Shift(start, +1, holidays);

    public DateOnly Before(DateOnly end, IReadOnlySet<DateOnly>? holidays = null) => Shift(end, -1, holidays);

    private DateOnly Shift(DateOnly from, int sign, IReadOnlySet<DateOnly>? holidays) => Unit switch
    {
        PeriodUnit.Days => from.AddDays(sign * Amount),
        PeriodUnit.Weeks => from.AddDays(sign * 7 * Amount),
        PeriodUnit.Months => from.AddMonths(sign * Amount),
        PeriodUnit.Years => from.AddYears(sign * Amount),
        PeriodUnit.WorkingDays => WorkingDays(from, sign, holidays ?? new HashSet<DateOnly>()),
        _ => throw new ArgumentOutOfRangeException(nameof(Unit), Unit, "Unknown period unit"),
    };

    /// <summary>Counts whole working days from the day after the start: 3 working days from a Friday is the Wednesday.</summary>
    private DateOnly WorkingDays(DateOnly from, int sign, IReadOnlySet<DateOnly> holidays)
    {
        var day = from;
        for (var counted = 0; counted < Amount;)
        {
            day = day.AddDays(sign);
            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !holidays.Contains(day))
            {
                counted++;
            }
        }
        return day;
    }

    public override string ToString() => Unit switch
    {
        PeriodUnit.WorkingDays => $"{Amount} working day{(Amount == 1 ? "" : "s")}",
        _ => $"{Amount} {(Amount == 1 ? Unit.ToString().TrimEnd('s') : Unit.ToString()).ToLowerInvariant()}",
    };
}

public enum PeriodUnit
{
    Days,
    Weeks,
    Months,
    Years,
    WorkingDays,
}
