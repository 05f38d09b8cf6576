using Waypoint.Core.Common;

namespace Waypoint.Core.Plans;

/// <summary>
/// PLN-06: where a plan is on its approval path: drafted by the officer, submitted to the team leader, returned with
/// comments or approved and signed by the team leader, signed by the officer, then signed or refused by the person.
/// </summary>
public enum PlanStatus
{
    Draft,
    Submitted,
    Returned,
    Approved,
    OfficerSigned,
    Signed,
    Refused,
}

/// <summary>PLN-02: how soon a risk domain or an intervention must be dealt with.</summary>
public enum Priority
{
    High,
    Medium,
    Low,
}

/// <summary>PLN-10: whether an intervention meets an immediate, short-term or long-term need.</summary>
public enum Horizon
{
    Immediate,
    ShortTerm,
    LongTerm,
}

/// <summary>PLN-08: where an intervention stands.</summary>
public enum InterventionStatus
{
    Planned,
    Referred,
    InProgress,
    Completed,
    Withdrawn,
}

/// <summary>
/// PLN-02..04, PLN-10, PLN-11: one thing the plan will do: what, how progress is measured, who is responsible and by when
/// (SMART, C23.2 2.5), the risk domains it addresses (one may address several), its priority and horizon, responsivity
/// considerations, the intervention it starts after, if any, and the protective factors it builds on (CSCOFM022 3.7).
/// </summary>
public sealed record Intervention(
    Guid Id,
    string? What,
    string? HowMeasured,
    string? Responsible,
    DateOnly? TargetDate,
    IReadOnlyList<string> Domains,
    Priority Priority,
    Horizon Horizon,
    string? Responsivity = null,
    Guid? StartsAfter = null,
    InterventionStatus Status = InterventionStatus.Planned,
    string? BuildsOn = null);

/// <summary>PLN-05: the person's part: their views, what was discussed to agree the plan, and that the consequences of not complying were explained.</summary>
public sealed record Engagement(string? PersonsViews, string? AgreementDiscussion, bool ConsequencesExplained);

/// <summary>
/// What the officer writes: the interventions, each risk domain's priority, the person's engagement, responsivity for
/// the plan as a whole (PLN-04, C23.2 2.6), risks to others and strategies for high-risk situations (PLN-10), and the
/// known alerts and court-ordered conditions the plan must address (C23.2 2.4). Replaced as a whole.
/// </summary>
public sealed record PlanContent(
    IReadOnlyList<Intervention> Interventions,
    IReadOnlyDictionary<string, Priority> DomainPriorities,
    Engagement Engagement,
    string? Responsivity = null,
    string? RisksAndStrategies = null,
    string? AlertsAndConditions = null)
{
    public static readonly PlanContent Empty = new([], new Dictionary<string, Priority>(), new Engagement(null, null, false));

    /// <summary>C23.2 5.3: whether the interventions differ from another version's, which decides whether the person signs again.</summary>
    public bool SameInterventionsAs(PlanContent other) =>
        Interventions.Count == other.Interventions.Count
        && Interventions.Zip(other.Interventions).All(p => p.First with { Domains = [], Status = InterventionStatus.Planned } == p.Second with { Domains = [], Status = InterventionStatus.Planned }
            && p.First.Domains.SequenceEqual(p.Second.Domains));
}

/// <summary>
/// PLN-08 (C23.2 5.1): what a review found: whether the plan's obligations and interventions remain relevant and are
/// being met, and the person's overall compliance with it. Each intervention's status is updated in the content.
/// </summary>
public sealed record ReviewFindings(bool? StillRelevant, bool? BeingMet, string? OverallCompliance);

/// <summary>
/// PLN-01..08: a person's Case Management Plan as its officer drafts it and a team leader approves it. The content is
/// replaced as a whole while it is a draft or returned; from submission it is fixed, and a change is a review: a new
/// version with the next number, so every version is kept. Whoever approves cannot be whoever wrote it.
/// </summary>
public sealed class CaseManagementPlan
{
    private CaseManagementPlan()
    {
    }

    public Guid Id { get; private set; }

    public Guid PersonId { get; private set; }

    /// <summary>1 for the person's first plan, then one more for each review.</summary>
    public int Number { get; private set; }

    /// <summary>PLN-08: the version this one reviews; null for a first plan.</summary>
    public Guid? ReviewOfId { get; private set; }

    /// <summary>C23.2 5.2: a review the officer started before it was due.</summary>
    public bool Unscheduled { get; private set; }

    public ReviewFindings? Review { get; private set; }

    public PlanStatus Status { get; private set; }

    public string AuthorUserId { get; private set; } = "";

    public string AuthorName { get; private set; } = "";

    public PlanContent Content { get; private set; } = PlanContent.Empty;

    public IReadOnlyList<Intervention> Interventions => Content.Interventions;

    public IReadOnlyDictionary<string, Priority> DomainPriorities => Content.DomainPriorities;

    public Engagement Engagement => Content.Engagement;

    public DateTimeOffset? SubmittedAt { get; private set; }

    public string? ReturnComments { get; private set; }

    public string? ApprovedByUserId { get; private set; }

    public string? ApprovedBy { get; private set; }

    public DateOnly? ApprovedOn { get; private set; }

    /// <summary>C23.2 5.3: false for a review whose interventions are unchanged: approval alone puts it in force.</summary>
    public bool PersonSigns { get; private set; } = true;

    public DateOnly? OfficerSignedOn { get; private set; }

    public DateOnly? PersonSignedOn { get; private set; }

    /// <summary>ENF-05: what the person disagrees with, when they refuse to sign (C23.2 6.1).</summary>
    public string? RefusalReason { get; private set; }

    public DateOnly? RefusedOn { get; private set; }

    /// <summary>The day the plan was agreed: signed by all who sign it, or approved when the person need not sign again.</summary>
    public DateOnly? AgreedOn => Status switch
    {
        PlanStatus.Signed => PersonSignedOn,
        PlanStatus.Approved when !PersonSigns => ApprovedOn,
        _ => null,
    };

    /// <summary>Finished with: agreed, or presented and refused. The next change is a review.</summary>
    public bool IsSettled => AgreedOn is not null || Status == PlanStatus.Refused;

    public int Version { get; private set; }

    /// <summary>A first plan, starting from what is already known about the person (BYD-01), or empty.</summary>
    public static CaseManagementPlan Draft(Guid personId, string authorUserId, string authorName, PlanContent? known = null) =>
        new() { Id = Guid.NewGuid(), PersonId = personId, Number = 1, Status = PlanStatus.Draft, AuthorUserId = authorUserId, AuthorName = authorName, Content = known ?? PlanContent.Empty, Version = 1 };

    /// <summary>
    /// PLN-08: a review of a settled plan, starting from its content (C23.2 5.1); unscheduled when the officer brings it
    /// forward (C23.2 5.2). The reviewer becomes its author.
    /// </summary>
    public CaseManagementPlan StartReview(string authorUserId, string authorName, bool unscheduled)
    {
        BusinessRuleViolation.ThrowIfBroken(new MustHoldRule(IsSettled, "Only an agreed or refused plan can be reviewed; finish this one first"));
        return new()
        {
            Id = Guid.NewGuid(), PersonId = PersonId, Number = Number + 1, ReviewOfId = Id, Unscheduled = unscheduled, Status = PlanStatus.Draft,
            AuthorUserId = authorUserId, AuthorName = authorName, Content = Content, Review = new ReviewFindings(null, null, null), Version = 1,
        };
    }

    /// <summary>Replaces the plan's content (and for a review its findings); only while it is the officer's to change.</summary>
    public void Write(PlanContent content, ReviewFindings? review = null)
    {
        BusinessRuleViolation.ThrowIfBroken(new OnlyTheOfficersPlanChangesRule(Status));
        Content = content with { Interventions = content.Interventions.ToList(), DomainPriorities = new Dictionary<string, Priority>(content.DomainPriorities) };
        if (ReviewOfId is not null)
        {
            Review = review ?? Review;
        }
        Version++;
    }

    /// <summary>
    /// What stops the plan going to the team leader: every risk domain unaddressed (named), every SMART part missing,
    /// sequencing that does not resolve, consequences not explained, a review's findings not given. Empty when it may
    /// be submitted.
    /// </summary>
    public IReadOnlyList<PlanProblem> ProblemsSubmitting(IReadOnlyCollection<string> riskDomains, Func<string, string> domainName, DateOnly today, DateOnly? orderEnds)
    {
        var problems = new List<PlanProblem>();
        var interventions = Content.Interventions;
        var unaddressed = riskDomains.Where(d => interventions.All(i => !i.Domains.Contains(d))).ToList();
        if (unaddressed.Count > 0)
        {
            problems.Add(new("domains", $"Add an intervention for each risk domain the latest assessment found: {string.Join(", ", unaddressed.Select(domainName))}"));
        }
        foreach (var domain in riskDomains.Where(d => !DomainPriorities.ContainsKey(d)))
        {
            problems.Add(new($"priorities.{domain}", $"Give {domainName(domain)} a priority"));
        }
        for (var n = 0; n < interventions.Count; n++)
        {
            var i = interventions[n];
            var label = $"Intervention {n + 1}";
            foreach (var (field, missing) in new[] { ("what", i.What), ("howMeasured", i.HowMeasured), ("responsible", i.Responsible) }.Where(x => string.IsNullOrWhiteSpace(x.Item2)))
            {
                problems.Add(new($"interventions[{n}].{field}", $"{label}: say {field switch { "what" => "what will be done", "howMeasured" => "how progress will be measured", _ => "who is responsible" }}"));
            }
            if (i.TargetDate is not { } target)
            {
                problems.Add(new($"interventions[{n}].targetDate", $"{label}: give a target date"));
            }
            else if (i.Status is not (InterventionStatus.Completed or InterventionStatus.Withdrawn) && (target < today || (orderEnds is { } end && target > end)))
            {
                problems.Add(new($"interventions[{n}].targetDate", $"{label}: the target date must be from today to the end of the order{(orderEnds is { } e ? $" ({e:d MMMM yyyy})" : "")}"));
            }
            if (i.StartsAfter is { } after && (after == i.Id || interventions.All(x => x.Id != after)))
            {
                problems.Add(new($"interventions[{n}].startsAfter", $"{label}: it can only start after another intervention in this plan"));
            }
        }
        if (HasSequenceLoop())
        {
            problems.Add(new("interventions", "Interventions cannot each wait for the other: the order they start in goes round in a circle"));
        }
        if (!Engagement.ConsequencesExplained)
        {
            problems.Add(new("engagement.consequencesExplained", "Confirm the consequences of not complying were explained (C23.2 2.8)"));
        }
        if (Review is { } review)
        {
            if (review.StillRelevant is null)
            {
                problems.Add(new("review.stillRelevant", "Say whether the plan's obligations and interventions remain relevant (C23.2 5.1a)"));
            }
            if (review.BeingMet is null)
            {
                problems.Add(new("review.beingMet", "Say whether the obligations and interventions are being met (C23.2 5.1b)"));
            }
            if (string.IsNullOrWhiteSpace(review.OverallCompliance))
            {
                problems.Add(new("review.overallCompliance", "Describe the person's overall compliance with the plan (C23.2 5.1d)"));
            }
        }
        return problems;
    }

    public void Submit(IReadOnlyList<PlanProblem> problems, DateTimeOffset at)
    {
        BusinessRuleViolation.ThrowIfBroken(new OnlyTheOfficersPlanChangesRule(Status));
        if (problems.Count > 0)
        {
            throw new PlanNotReadyException(problems);
        }
        (Status, SubmittedAt, ReturnComments) = (PlanStatus.Submitted, at, null);
        Version++;
    }

    public void Return(string comments, string byUserId)
    {
        BusinessRuleViolation.ThrowIfBroken(new PlanIsWithTheTeamLeaderRule(Status));
        BusinessRuleViolation.ThrowIfBroken(new NobodyApprovesTheirOwnPlanRule(AuthorUserId, byUserId));
        BusinessRuleViolation.ThrowIfBroken(new MustHoldRule(!string.IsNullOrWhiteSpace(comments), "Say what the officer needs to change"));
        Status = PlanStatus.Returned;
        ReturnComments = comments.Trim();
        Version++;
    }

    /// <summary>
    /// PLN-06: the team leader approves and signs; not while assessments or checks are outstanding (C23.2 3.3). A
    /// review whose interventions are unchanged from the version it reviews is then in force (C23.2 5.3).
    /// </summary>
    public void Approve(string byUserId, string byName, DateOnly on, IReadOnlyList<string> outstanding, CaseManagementPlan? reviewed)
    {
        BusinessRuleViolation.ThrowIfBroken(new PlanIsWithTheTeamLeaderRule(Status));
        BusinessRuleViolation.ThrowIfBroken(new NobodyApprovesTheirOwnPlanRule(AuthorUserId, byUserId));
        BusinessRuleViolation.ThrowIfBroken(new NothingIsOutstandingRule(outstanding));
        (Status, ApprovedByUserId, ApprovedBy, ApprovedOn) = (PlanStatus.Approved, byUserId, byName, on);
        PersonSigns = reviewed is null || !Content.SameInterventionsAs(reviewed.Content);
        Version++;
    }

    public void SignAsOfficer(string byUserId, DateOnly on)
    {
        BusinessRuleViolation.ThrowIfBroken(new MustHoldRule(Status == PlanStatus.Approved && PersonSigns, "The team leader must approve and sign the plan before the officer signs"));
        BusinessRuleViolation.ThrowIfBroken(new OnlyTheAuthorSignsAsOfficerRule(AuthorUserId, byUserId));
        (Status, OfficerSignedOn) = (PlanStatus.OfficerSigned, on);
        Version++;
    }

    /// <summary>PLN-06, PLN-07: the person signs; with the team leader's and officer's signatures the plan is in force.</summary>
    public void SignByPerson(DateOnly on)
    {
        BusinessRuleViolation.ThrowIfBroken(new MustHoldRule(Status == PlanStatus.OfficerSigned, "The officer signs the plan before presenting it to the person"));
        (Status, PersonSignedOn) = (PlanStatus.Signed, on);
        Version++;
    }

    /// <summary>C23.2 6.1: the person refuses to sign; what they disagree with is recorded, and the refusal process starts (ENF-05).</summary>
    public void RecordRefusal(string disagreesWith, DateOnly on)
    {
        BusinessRuleViolation.ThrowIfBroken(new MustHoldRule(Status == PlanStatus.OfficerSigned, "The officer signs the plan before presenting it to the person"));
        BusinessRuleViolation.ThrowIfBroken(new MustHoldRule(!string.IsNullOrWhiteSpace(disagreesWith), "Record what the person disagrees with"));
        (Status, RefusalReason, RefusedOn) = (PlanStatus.Refused, disagreesWith.Trim(), on);
        Version++;
    }

    private bool HasSequenceLoop()
    {
        var after = Content.Interventions.Where(i => i.StartsAfter is not null).ToDictionary(i => i.Id, i => i.StartsAfter!.Value);
        foreach (var start in after.Keys)
        {
            var seen = new HashSet<Guid> { start };
            for (var at = start; after.TryGetValue(at, out var next);)
            {
                if (!seen.Add(next))
                {
                    return true;
                }
                at = next;
            }
        }
        return false;
    }
}

/// <summary>One thing that stops a plan being submitted, with the field it is about.</summary>
public sealed record PlanProblem(string Field, string Message);

public sealed class PlanNotReadyException(IReadOnlyList<PlanProblem> problems) : Exception("The plan cannot be submitted yet")
{
    public IReadOnlyList<PlanProblem> Problems { get; } = problems;
}

public sealed class OnlyTheOfficersPlanChangesRule(PlanStatus status) : IBusinessRule
{
    public bool IsBroken() => status is not (PlanStatus.Draft or PlanStatus.Returned);

    public string Message => "The plan is with the team leader or agreed; a change now is a review";
}

public sealed class PlanIsWithTheTeamLeaderRule(PlanStatus status) : IBusinessRule
{
    public bool IsBroken() => status != PlanStatus.Submitted;

    public string Message => "Only a plan submitted to the team leader can be approved or returned";
}

public sealed class NobodyApprovesTheirOwnPlanRule(string authorUserId, string userId) : IBusinessRule
{
    public bool IsBroken() => authorUserId == userId;

    public string Message => "You wrote this plan: another team leader must approve or return it";
}

public sealed class NothingIsOutstandingRule(IReadOnlyList<string> outstanding) : IBusinessRule
{
    public bool IsBroken() => outstanding.Count > 0;

    public string Message => $"The plan cannot be approved while these are outstanding (C23.2 3.3): {string.Join("; ", outstanding)}";
}

public sealed class OnlyTheAuthorSignsAsOfficerRule(string authorUserId, string userId) : IBusinessRule
{
    public bool IsBroken() => authorUserId != userId;

    public string Message => "The officer who wrote the plan signs it as the officer";
}

