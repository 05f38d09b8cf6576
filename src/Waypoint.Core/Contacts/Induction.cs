using Waypoint.Core.Common;

namespace Waypoint.Core.Contacts;

/// <summary>What an induction explains (CON-01). Codes are stored; never rename one.</summary>
public enum InductionTopic
{
    /// <summary>EB1 P3: how the supervision will take place.</summary>
    SupervisionArrangements,

    /// <summary>EB1 P3: the officer's role and responsibilities, and the nature and boundaries of the relationship.</summary>
    RoleAndBoundaries,

    /// <summary>EB1 P6: the statutory requirements of the order and the actions the person must take to comply.</summary>
    StatutoryRequirements,

    /// <summary>EB1 P6, K9: the likely consequences of not complying.</summary>
    ConsequencesOfNonCompliance,

    /// <summary>ED1 5: the services available.</summary>
    ServicesAvailable,

    /// <summary>ED1 7, EB1 K4: the rules of confidentiality and of disclosure to others.</summary>
    ConfidentialityAndDisclosure,

    /// <summary>ED1 8: why information about them is gathered and how it is used.</summary>
    WhyInformationIsGathered,
}

/// <summary>
/// CON-01: an induction session: what was explained (EB1 P3, P6; ED1 5, 7, 8), whom the person wants involved in
/// planning, whether they confirmed they understood (and if not, why), and whether an interpreter was used. An
/// induction may take more than one session; the order's induction is complete once every topic has been explained and
/// the person has confirmed they understood.
/// </summary>
public sealed class Induction
{
    public const int MaxText = 2_000;

    private Induction()
    {
    }

    public Guid Id { get; private set; }

    public Guid PersonId { get; private set; }

    public Guid? OrderId { get; private set; }

    public DateOnly HeldOn { get; private set; }

    public IReadOnlyList<InductionTopic> Explained { get; private set; } = [];

    /// <summary>ED1 8: whom the person wants involved in planning (family, a support worker, nobody).</summary>
    public string? InvolvedInPlanning { get; private set; }

    public bool UnderstandingConfirmed { get; private set; }

    public string? NotUnderstoodBecause { get; private set; }

    /// <summary>The interpreter used (language, and who), where one was.</summary>
    public string? Interpreter { get; private set; }

    public string? Notes { get; private set; }

    public string OfficerUserId { get; private set; } = "";

    public string OfficerName { get; private set; } = "";

    public DateTimeOffset RecordedAt { get; private set; }

    public static Induction Record(
        Guid personId, Guid? orderId, DateOnly heldOn, IReadOnlyCollection<InductionTopic> explained, string? involvedInPlanning, bool understandingConfirmed,
        string? notUnderstoodBecause, string? interpreter, string? notes, string officerUserId, string officerName, DateTimeOffset now, DateOnly today)
    {
        BusinessRuleViolation.ThrowIfBroken(new MustHoldRule(heldOn <= today, "The induction date must be today or in the past", "heldOn"));
        BusinessRuleViolation.ThrowIfBroken(new MustHoldRule(explained.Count > 0, "Select what was explained", "explained"));
        BusinessRuleViolation.ThrowIfBroken(new MustHoldRule(
            understandingConfirmed || !string.IsNullOrWhiteSpace(notUnderstoodBecause), "Say why the person did not confirm they understood, and what happens next", "notUnderstoodBecause"));
        foreach (var (text, field) in new[] { (involvedInPlanning, "involvedInPlanning"), (notUnderstoodBecause, "notUnderstoodBecause"), (interpreter, "interpreter"), (notes, "notes") })
        {
            BusinessRuleViolation.ThrowIfBroken(new MustHoldRule((text?.Trim().Length ?? 0) <= MaxText, $"Each answer must be {MaxText:N0} characters or fewer", field));
        }
        return new Induction
        {
            Id = Guid.NewGuid(), PersonId = personId, OrderId = orderId, HeldOn = heldOn, Explained = [.. explained.Distinct().Order()],
            InvolvedInPlanning = Text.Clean(involvedInPlanning), UnderstandingConfirmed = understandingConfirmed,
            NotUnderstoodBecause = understandingConfirmed ? null : Text.Clean(notUnderstoodBecause), Interpreter = Text.Clean(interpreter), Notes = Text.Clean(notes),
            OfficerUserId = officerUserId, OfficerName = officerName, RecordedAt = now,
        };
    }

    /// <summary>
    /// The day an order's induction was complete: the first session by which every topic had been explained, in that
    /// or an earlier session, and at which the person confirmed they understood. Null while it is not.
    /// </summary>
    public static DateOnly? CompletedOn(IEnumerable<Induction> sessions)
    {
        var covered = new HashSet<InductionTopic>();
        foreach (var session in sessions.OrderBy(s => s.HeldOn).ThenBy(s => s.RecordedAt))
        {
            covered.UnionWith(session.Explained);
            if (covered.Count == Enum.GetValues<InductionTopic>().Length && session.UnderstandingConfirmed)
            {
                return session.HeldOn;
            }
        }
        return null;
    }

    public static IReadOnlyList<InductionTopic> NotYetExplained(IEnumerable<Induction> sessions) =>
        Enum.GetValues<InductionTopic>().Except(sessions.SelectMany(s => s.Explained)).ToList();
}

public static class InductionNames
{
    public static readonly IReadOnlyDictionary<InductionTopic, string> Topics = new Dictionary<InductionTopic, string>
    {
        [InductionTopic.SupervisionArrangements] = "How supervision will take place",
        [InductionTopic.RoleAndBoundaries] = "The officer's role, and the boundaries of the relationship",
        [InductionTopic.StatutoryRequirements] = "The order's requirements and what the person must do to comply",
        [InductionTopic.ConsequencesOfNonCompliance] = "The consequences of not complying",
        [InductionTopic.ServicesAvailable] = "The services available",
        [InductionTopic.ConfidentialityAndDisclosure] = "Confidentiality, and when information is disclosed",
        [InductionTopic.WhyInformationIsGathered] = "Why information is gathered and how it is used",
    };
}
