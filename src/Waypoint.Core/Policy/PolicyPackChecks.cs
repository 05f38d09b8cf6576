namespace Waypoint.Core.Policy;

/// <summary>The checks a JSON schema cannot express: codes unique, references resolve, rules not duplicated on a date.</summary>
public static class PolicyPackChecks
{
    public static IReadOnlyList<PolicyPackProblem> Check(PolicyPack pack)
    {
        var problems = new List<PolicyPackProblem>();
        Unique(problems, "$.siteKinds", pack.SiteKinds.Select(s => s.Code));
        Unique(problems, "$.orderTypes", pack.OrderTypes.Select(o => o.Code));
        Unique(problems, "$.conditionTypes", pack.ConditionTypes.Select(c => c.Code));
        Unique(problems, "$.supervisionLevels", pack.SupervisionLevels.Select(s => s.Code));
        Unique(problems, "$.securityClassifications", pack.SecurityClassifications.Select(s => s.Code));
        for (var i = 0; i < pack.WorkloadWeights.Count; i++)
        {
            var weight = pack.WorkloadWeights[i];
            if (weight.OrderType != "*" && pack.OrderType(weight.OrderType) is null)
            {
                problems.Add(new($"$.workloadWeights[{i}].orderType", $"'{weight.OrderType}' is not one of this pack's order types"));
            }
        }
        for (var i = 0; i < pack.Overrides.Count; i++)
        {
            if (pack.Rules.All(r => r.Id != pack.Overrides[i].Rule))
            {
                problems.Add(new($"$.siteOverrides[{i}].rule", $"'{pack.Overrides[i].Rule}' is not one of this pack's rules"));
            }
        }
        foreach (var clash in pack.Rules.Select((r, i) => (r, i)).GroupBy(x => (x.r.Id, x.r.EffectiveFrom)).Where(g => g.Count() > 1))
        {
            problems.Add(new($"$.rules[{clash.Last().i}]", $"rule '{clash.Key.Id}' has two versions effective from {clash.Key.EffectiveFrom:yyyy-MM-dd}"));
        }
        for (var i = 0; i < pack.Rules.Count; i++)
        {
            if (pack.Rules[i].EffectiveFrom < pack.EffectiveFrom.AddYears(-100))
            {
                problems.Add(new($"$.rules[{i}].effectiveFrom", "is implausibly early"));
            }
        }
        for (var i = 0; i < pack.Rules.Count; i++)
        {
            var rule = pack.Rules[i];
            if (TimedKinds.Contains(rule.Kind) && rule.Period is null)
            {
                problems.Add(new($"$.rules[{i}].period", $"a {rule.Kind} rule needs a period"));
            }
            if (rule.Kind == "ReportingCycle")
            {
                foreach (var part in new[] { "longInterval", "finalStretch" }.Where(p => rule.Periods?.ContainsKey(p) != true))
                {
                    problems.Add(new($"$.rules[{i}].periods", $"a ReportingCycle rule needs the period '{part}'"));
                }
            }
            if (rule.Kind is "ContactFrequency" or "CaseManagementPlanReview" or "Reassessment")
            {
                // Keys name order types, supervision levels or risk levels, alone or as "type/level".
                var known = pack.OrderTypes.Select(t => t.Code).Concat(pack.SupervisionLevels.Select(l => l.Code)).Concat(RiskLevels).ToHashSet();
                foreach (var key in (rule.Periods?.Keys ?? []).Where(k => k.Split('/').Any(part => !known.Contains(part))))
                {
                    problems.Add(new($"$.rules[{i}].periods.{key}", $"'{key}' names no order type, supervision level or risk level of this pack"));
                }
            }
            if (rule.Kind == "CaseManagementPlanDue" && rule.Values.GetValueOrDefault(Compliance.ComplianceEngine.PlanMetByValue) is { } metBy
                && metBy is not (Compliance.ComplianceEngine.PlanMetByApproval or Compliance.ComplianceEngine.PlanMetByAgreement))
            {
                problems.Add(new($"$.rules[{i}].values.metBy", $"'{metBy}' is not an event that completes a plan: {Compliance.ComplianceEngine.PlanMetByApproval} or {Compliance.ComplianceEngine.PlanMetByAgreement}"));
            }
            if (rule.Kind == "CaseManagementPlanReview" && rule.Values.GetValueOrDefault(Compliance.ComplianceEngine.UnscheduledRestartsValue) is { } restarts
                && restarts is not ("true" or "false"))
            {
                problems.Add(new($"$.rules[{i}].values.unscheduledRestarts", $"'{restarts}' must be true or false"));
            }
            if (rule.Kind == "WarningThreshold")
            {
                if (!int.TryParse(rule.Values.GetValueOrDefault(Enforcement.WarningWindow.ThresholdValue), out var threshold) || threshold < 1)
                {
                    problems.Add(new($"$.rules[{i}].values.threshold", "a WarningThreshold rule needs a threshold of 1 or more warnings"));
                }
                if (rule.Periods?.ContainsKey("decision") != true)
                {
                    problems.Add(new($"$.rules[{i}].periods", "a WarningThreshold rule needs the period 'decision'"));
                }
            }
            if (rule.Kind == "ReportingCycle" && rule.Values.GetValueOrDefault(Compliance.ComplianceEngine.ExtraReportsCountValue) is { } extra && extra is not ("true" or "false"))
            {
                problems.Add(new($"$.rules[{i}].values.extraReportsCount", $"'{extra}' must be true or false"));
            }
            if (rule.Kind == "CaseOfficerAllocation" && rule.Values.GetValueOrDefault(Compliance.ComplianceEngine.AllocationWaitsForValue) is { } waitsFor
                && waitsFor != Compliance.ComplianceEngine.AllocationWaitsForImp)
            {
                problems.Add(new($"$.rules[{i}].values.waitsFor", $"'{waitsFor}' is not something allocation can wait for: {Compliance.ComplianceEngine.AllocationWaitsForImp}"));
            }
            if (rule.Kind == "ContactFrequency" && rule.Values.GetValueOrDefault(Compliance.ComplianceEngine.CountsKindsValue) is { } counts)
            {
                foreach (var kind in counts.Split(',', StringSplitOptions.TrimEntries).Where(k => !Enum.TryParse<Contacts.ContactKind>(k, out _) || int.TryParse(k, out _)))
                {
                    problems.Add(new($"$.rules[{i}].values.counts", $"'{kind}' is not a kind of contact: {string.Join(", ", Enum.GetNames<Contacts.ContactKind>())}"));
                }
            }
            if (rule.Kind == "SupervisionLevelProposal")
            {
                foreach (var (risk, level) in rule.Values.Where(v => pack.SupervisionLevels.All(l => l.Code != v.Value)))
                {
                    problems.Add(new($"$.rules[{i}].values.{risk}", $"'{level}' is not one of this pack's supervision levels"));
                }
            }
        }
        foreach (var holiday in (pack.PublicHolidays ?? []).GroupBy(h => h.Date).Where(g => g.Count() > 1))
        {
            problems.Add(new("$.publicHolidays", $"{holiday.Key:yyyy-MM-dd} appears more than once"));
        }
        if (pack.Assessments is { } a)
        {
            CheckAssessments(problems, a);
        }
        if (pack.Plans is { } plans)
        {
            Unique(problems, "$.plans.domains", plans.Domains.Select(d => d.Code));
            for (var i = 0; i < plans.Domains.Count; i++)
            {
                if (pack.Assessments?.LsiR.Subscales.All(s => s.Code != plans.Domains[i].Code) ?? true)
                {
                    problems.Add(new($"$.plans.domains[{i}].code", $"'{plans.Domains[i].Code}' is not one of this pack's LSI-R subscales, so it could never be found a risk"));
                }
            }
        }
        if (pack.ChangeLog.All(c => c.Version != pack.Version))
        {
            problems.Add(new("$.changeLog", $"has no entry for the pack's version {pack.Version}"));
        }
        return problems;
    }

    private static void CheckAssessments(List<PolicyPackProblem> problems, AssessmentDefinitions a)
    {
        Unique(problems, "$.assessments.lsiR.subscales", a.LsiR.Subscales.Select(s => s.Code));
        for (var i = 0; i < a.LsiR.Subscales.Count; i++)
        {
            if (a.LsiR.Subscales[i].NeedFrom > a.LsiR.Subscales[i].Items)
            {
                problems.Add(new($"$.assessments.lsiR.subscales[{i}].needFrom", $"is more than the subscale's {a.LsiR.Subscales[i].Items} items, so the domain could never be a need"));
            }
        }
        if (a.LsiRSv.FullAssessmentFrom > a.LsiRSv.Items)
        {
            problems.Add(new("$.assessments.lsiRSv.fullAssessmentFrom", $"is more than the screen's {a.LsiRSv.Items} items, so a full LSI-R would never be required"));
        }
        Covers(problems, "$.assessments.lsiR.bands", a.LsiR.Bands, 0, a.LsiR.MaximumScore);
        Covers(problems, "$.assessments.lsiRSv.bands", a.LsiRSv.Bands, 0, a.LsiRSv.Items);
        Covers(problems, "$.assessments.static99R", a.Static99R, Assessments.Static99R.Minimum, Assessments.Static99R.Maximum);
        Unique(problems, "$.assessments.harmScale", a.HarmScale.Select(h => h.Code));
        Unique(problems, "$.assessments.checkTypes", a.CollateralCheckTypes.Select(c => c.Code));
        Unique(problems, "$.assessments.required", a.Requirements.Select(r => r.Code));
        for (var i = 0; i < a.Requirements.Count; i++)
        {
            if (a.Requirements[i].Check is { } check && a.CollateralCheckTypes.All(c => c.Code != check))
            {
                problems.Add(new($"$.assessments.required[{i}].check", $"'{check}' is not one of this pack's check types"));
            }
        }
    }

    /// <summary>Bands must give every possible score exactly one band: in order, without gaps or overlaps, end to end.</summary>
    private static void Covers(List<PolicyPackProblem> problems, string path, IReadOnlyList<ScoreBand> bands, int lowest, int highest)
    {
        Unique(problems, path, bands.Select(b => b.Code));
        var expected = lowest;
        for (var i = 0; i < bands.Count; i++)
        {
            if (bands[i].From != expected || bands[i].To < bands[i].From)
            {
                problems.Add(new($"{path}[{i}]", $"must run from {expected} upwards: bands go in order, without gaps or overlaps, from {lowest} to {highest}"));
                return;
            }
            expected = bands[i].To + 1;
        }
        if (expected != highest + 1)
        {
            problems.Add(new(path, $"must end at {highest}, the highest possible score"));
        }
    }

    /// <summary>The rule kinds the engine times: each needs a period.</summary>
    private static readonly HashSet<string> TimedKinds =
    [
        "CaseOfficerAllocation", "CaseManagementPlanDue", "CaseManagementPlanReview", "CaseManagementPlanReviewOnRiskChange", "ImpThreshold", "ImpDue", "ReportingCycle",
        "PrimaryContactReportDue", "ContactFrequency", "Reassessment", "ReleaseBriefing", "CommunityHandover", "DueSoonWindow", "WorkloadStage",
        "Induction", "NonComplianceVerification", "AbsenceEvidence", "WarningThreshold", "EffectivenessSummary",
    ];

    private static readonly string[] RiskLevels = [.. PolicyPack.RiskLevels.Select(r => r.Code), PolicyPack.NotAssessed];

    private static void Unique(List<PolicyPackProblem> problems, string path, IEnumerable<string> codes)
    {
        foreach (var duplicate in codes.GroupBy(c => c).Where(g => g.Count() > 1))
        {
            problems.Add(new(path, $"code '{duplicate.Key}' appears more than once"));
        }
    }
}
