using Waypoint.Core.Common;

namespace Waypoint.Core.Plans;

/// <summary>PLN-09: where an IMP is: drafted by the Assessment Officer, submitted, returned with comments, or approved.</summary>
public enum ImpStatus
{
    Draft,
    Submitted,
    Returned,
    Approved,
}

/// <summary>COPP 10.3: the kinds of intervention an IMP recommends.</summary>
public enum ImpInterventionKind
{
    Program,
    Treatment,
    Education,
    Vocational,
    Other,
}

/// <summary>An intervention the IMP recommends, with where it stands (updated at each review).</summary>
public sealed record ImpIntervention(Guid Id, string? What, ImpInterventionKind Kind, InterventionStatus Status = InterventionStatus.Planned);

/// <summary>COPP 10.3 (definitions): who the IMP was developed with: the treatment and education assessors and the prisoner.</summary>
public sealed record Consultation(bool TreatmentAssessor, bool EducationAssessor, bool Prisoner, string? Notes = null);

/// <summary>
/// PLN-09: what the Assessment Officer writes: the prisoner's needs, the placement and security classification
/// recommended, the interventions, who was consulted, and, for an IMP the threshold does not require, why one is made.
/// A review adds who it was done with (the case officer, COPP 10.3) and the progress found.
/// </summary>
public sealed record ImpContent(
    string? Needs,
    string? PlacementRecommendation,
    string? SecurityClassification,
    IReadOnlyList<ImpIntervention> Interventions,
    Consultation Consulted,
    string? ExceptionReason = null,
    string? ReviewedWith = null,
    string? Progress = null)
{
    public static readonly ImpContent Empty = new(null, null, null, [], new Consultation(false, false, false));
}

/// <summary>
/// PLN-09 (COPP 10.3): a prisoner's Individual Management Plan, from sentence to release. Approved by someone other
/// than its author; each review is a new version with the next number, so every version is kept. The first approval
/// anchors the reporting cycle and makes the prisoner eligible for a case officer.
/// </summary>
public sealed class IndividualManagementPlan
{
    private IndividualManagementPlan()
    {
    }

    public Guid Id { get; private set; }

    public Guid PersonId { get; private set; }

    /// <summary>1 for the initial IMP, then one more for each review.</summary>
    public int Number { get; private set; }

    public Guid? ReviewOfId { get; private set; }

    public ImpStatus Status { get; private set; }

    public string AuthorUserId { get; private set; } = "";

    public string AuthorName { get; private set; } = "";

    public ImpContent Content { get; private set; } = ImpContent.Empty;

    public DateTimeOffset? SubmittedAt { get; private set; }

    public string? ReturnComments { get; private set; }

    public string? ApprovedByUserId { get; private set; }

    public string? ApprovedBy { get; private set; }

    public DateOnly? ApprovedOn { get; private set; }

    public int Version { get; private set; }

    public bool IsReview => ReviewOfId is not null;

    public static IndividualManagementPlan Draft(Guid personId, string authorUserId, string authorName) =>
        new() { Id = Guid.NewGuid(), PersonId = personId, Number = 1, Status = ImpStatus.Draft, AuthorUserId = authorUserId, AuthorName = authorName, Version = 1 };

    /// <summary>COPP 10.3: a review, starting from the approved IMP, by the Assessment Officer with the Case Officer.</summary>
    public IndividualManagementPlan StartReview(string authorUserId, string authorName)
    {
        BusinessRuleViolation.ThrowIfBroken(new MustHoldRule(Status == ImpStatus.Approved, "Only an approved IMP can be reviewed; finish this one first"));
        return new()
        {
            Id = Guid.NewGuid(), PersonId = PersonId, Number = Number + 1, ReviewOfId = Id, Status = ImpStatus.Draft, AuthorUserId = authorUserId,
            AuthorName = authorName, Content = Content with { ReviewedWith = null, Progress = null }, Version = 1,
        };
    }

    public void Write(ImpContent content)
    {
        BusinessRuleViolation.ThrowIfBroken(new MustHoldRule(Status is ImpStatus.Draft or ImpStatus.Returned, "The IMP is submitted or approved; a change now is a review"));
        Content = content with { Interventions = content.Interventions.ToList() };
        Version++;
    }

    /// <summary>What stops submission; <paramref name="required"/> is whether the pack's threshold requires an IMP for this sentence.</summary>
    public IReadOnlyList<PlanProblem> ProblemsSubmitting(bool required, IReadOnlyCollection<string> classifications)
    {
        var problems = new List<PlanProblem>();
        var c = Content;
        if (string.IsNullOrWhiteSpace(c.Needs))
        {
            problems.Add(new("needs", "Describe the prisoner's needs"));
        }
        if (string.IsNullOrWhiteSpace(c.PlacementRecommendation))
        {
            problems.Add(new("placementRecommendation", "Recommend a placement"));
        }
        if (c.SecurityClassification is null || !classifications.Contains(c.SecurityClassification))
        {
            problems.Add(new("securityClassification", $"Recommend a security classification: {string.Join(", ", classifications)}"));
        }
        if (c.Interventions.Count == 0)
        {
            problems.Add(new("interventions", "Recommend at least one intervention"));
        }
        for (var n = 0; n < c.Interventions.Count; n++)
        {
            if (string.IsNullOrWhiteSpace(c.Interventions[n].What))
            {
                problems.Add(new($"interventions[{n}].what", $"Intervention {n + 1}: say what it is"));
            }
        }
        if (!(c.Consulted.TreatmentAssessor && c.Consulted.EducationAssessor && c.Consulted.Prisoner) && string.IsNullOrWhiteSpace(c.Consulted.Notes))
        {
            problems.Add(new("consulted.notes", "Say why the treatment assessor, the education assessor or the prisoner was not consulted (COPP 10.3)"));
        }
        if (!required && string.IsNullOrWhiteSpace(c.ExceptionReason))
        {
            problems.Add(new("exceptionReason", "The effective sentence is not over the threshold for an IMP: record the reason for making one (PLN-09)"));
        }
        if (IsReview && string.IsNullOrWhiteSpace(c.ReviewedWith))
        {
            problems.Add(new("reviewedWith", "Name the case officer the review was done with (COPP 10.3)"));
        }
        if (IsReview && string.IsNullOrWhiteSpace(c.Progress))
        {
            problems.Add(new("progress", "Describe the prisoner's progress against the IMP"));
        }
        return problems;
    }

    public void Submit(IReadOnlyList<PlanProblem> problems, DateTimeOffset at)
    {
        BusinessRuleViolation.ThrowIfBroken(new MustHoldRule(Status is ImpStatus.Draft or ImpStatus.Returned, "The IMP is already submitted or approved"));
        if (problems.Count > 0)
        {
            throw new PlanNotReadyException(problems);
        }
        (Status, SubmittedAt, ReturnComments) = (ImpStatus.Submitted, at, null);
        Version++;
    }

    public void Return(string comments, string byUserId)
    {
        Deciding(byUserId);
        BusinessRuleViolation.ThrowIfBroken(new MustHoldRule(!string.IsNullOrWhiteSpace(comments), "Say what the Assessment Officer needs to change"));
        (Status, ReturnComments) = (ImpStatus.Returned, comments.Trim());
        Version++;
    }

    public void Approve(string byUserId, string byName, DateOnly on)
    {
        Deciding(byUserId);
        (Status, ApprovedByUserId, ApprovedBy, ApprovedOn) = (ImpStatus.Approved, byUserId, byName, on);
        Version++;
    }

    private void Deciding(string byUserId)
    {
        BusinessRuleViolation.ThrowIfBroken(new MustHoldRule(Status == ImpStatus.Submitted, "Only a submitted IMP can be approved or returned"));
        BusinessRuleViolation.ThrowIfBroken(new MustHoldRule(byUserId != AuthorUserId, "You wrote this IMP: someone else must approve or return it"));
    }
}
