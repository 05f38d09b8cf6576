namespace Waypoint.Core.Policy;

/// <summary>
/// ASM-01..03, ASM-07: a pack's assessment scales. The instruments' structure is public (the LSI-R's subscales and item
/// counts, the Static-99R coding rules); the cut-offs, what counts as a criminogenic need and how each band maps to
/// the pack's risk levels are the agency's, so they are pack values.
/// </summary>
public sealed record AssessmentDefinitions(
    LsiRDefinition LsiR,
    ScreeningDefinition LsiRSv,
    IReadOnlyList<ScoreBand> Static99R,
    IReadOnlyList<HarmLevelDefinition> HarmScale,
    IReadOnlyList<CollateralCheckType>? CheckTypes = null,
    IReadOnlyList<CaseRequirement>? Required = null)
{
    public IReadOnlyList<CollateralCheckType> CollateralCheckTypes => CheckTypes ?? [];

    public IReadOnlyList<CaseRequirement> Requirements => Required ?? [];
}

/// <summary>ASM-06: a kind of collateral check, such as a police criminal history.</summary>
public sealed record CollateralCheckType(string Code, string Name, string Source) : ISourced;

/// <summary>
/// ASM-06: an assessment or check each case needs before its plan is approved (C23.2 3.3): one of
/// <see cref="Tools"/> completed, or a completed check of type <see cref="Check"/>; always, or only when
/// <see cref="When"/> says (a sexual offending alert; a screen that calls for a full LSI-R).
/// </summary>
public sealed record CaseRequirement(string Code, string Name, IReadOnlyList<string>? Tools, string? Check, string When, string Source) : ISourced;

/// <summary>ASM-01: the LSI-R's ten subscales with their item counts and need thresholds, and the total's risk bands.</summary>
public sealed record LsiRDefinition(IReadOnlyList<LsiRSubscale> Subscales, IReadOnlyList<ScoreBand> Bands, string Source) : ISourced
{
    public int MaximumScore => Subscales.Sum(s => s.Items);
}

/// <summary>
/// One LSI-R subscale: how many items it has, and the score from which the pack counts the domain as a criminogenic
/// need (and so a risk the plan must address, C23.2 2.4).
/// </summary>
public sealed record LsiRSubscale(string Code, string Name, int Items, int NeedFrom, string Source) : ISourced;

/// <summary>A range of scores, inclusive, with its name and the pack risk level it stands for.</summary>
public sealed record ScoreBand(string Code, string Name, int From, int To, string RiskLevel, string Source) : ISourced
{
    public bool Holds(int score) => score >= From && score <= To;
}

/// <summary>ASM-02: the LSI-R: SV's item count, bands, and the score from which the pack requires a full LSI-R.</summary>
public sealed record ScreeningDefinition(int Items, IReadOnlyList<ScoreBand> Bands, int FullAssessmentFrom, string Source) : ISourced;

/// <summary>ASM-07: one level of the pack's scale for risk of harm to others, least to most serious.</summary>
public sealed record HarmLevelDefinition(string Code, string Name, string Source) : ISourced;

/// <summary>
/// PLN-02: the criminogenic domains a Case Management Plan addresses (by default the eight of C23.2 2.3). Each code is
/// an LSI-R subscale's, and the domain counts as a risk when the latest LSI-R counts that subscale as a need.
/// </summary>
public sealed record PlanDefinitions(IReadOnlyList<PlanDomain> Domains, string Source) : ISourced
{
    public string NameOf(string code) => Domains.FirstOrDefault(d => d.Code == code)?.Name ?? code;

    /// <summary>The domains that are a risk for someone whose latest LSI-R found these needs.</summary>
    public IReadOnlyList<string> RiskDomains(IEnumerable<string> needs) => Domains.Select(d => d.Code).Intersect(needs).ToList();
}

public sealed record PlanDomain(string Code, string Name, string Source) : ISourced;
