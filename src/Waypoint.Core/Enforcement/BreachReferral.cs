using Waypoint.Core.Common;

namespace Waypoint.Core.Enforcement;

/// <summary>Where breach action stands (ENF-04). Codes are stored; never rename one.</summary>
public enum BreachStatus
{
    Draft,
    Submitted,
    Returned,
    Approved,
    Sent,
    HearingListed,
    Decided,
    Withdrawn,
}

/// <summary>What the authority decided (ENF-04). Codes are stored; never rename one.</summary>
public enum BreachOutcome
{
    OrderContinued,
    OrderVaried,
    OrderRevoked,
    Other,
}

/// <summary>
/// One step of a referral: the state it moved to, who moved it, the day (for the person's timeline) and the moment,
/// and what they said.
/// </summary>
public sealed record BreachStep(int Number, BreachStatus Status, DateOnly On, DateTimeOffset At, string ByName, string? Note);

/// <summary>
/// ENF-04 (C23.2 6.2; EB1 P19): breach action: a referral to the authority the order type names (the Sentence
/// Administration Board, the sentencing court or the parole authority), drafted by the officer from the stored facts,
/// approved by a team leader (never its author) before it is sent, then its hearing and outcome. Each step is its own
/// state with who and when; a move the path does not allow is refused.
/// </summary>
public sealed class BreachReferral
{
    public const int MaxText = 8_000;

    private BreachReferral()
    {
    }

    public Guid Id { get; private set; }

    public Guid PersonId { get; private set; }

    public Guid OrderId { get; private set; }

    /// <summary>The pack's breach authority code for the order type.</summary>
    public string Authority { get; private set; } = "";

    /// <summary>The grounds, drafted from the non-compliance, warnings and plan on record for the officer to review (BYD-01).</summary>
    public string Grounds { get; private set; } = "";

    /// <summary>The plan refusal that led to it, when breach follows a continued refusal to sign (ENF-05).</summary>
    public Guid? PlanId { get; private set; }

    public BreachStatus Status { get; private set; }

    public string AuthorUserId { get; private set; } = "";

    public string AuthorName { get; private set; } = "";

    public DateOnly StartedOn { get; private set; }

    public string? ReturnComments { get; private set; }

    public string? ApprovedByUserId { get; private set; }

    public string? ApprovedBy { get; private set; }

    public DateOnly? ApprovedOn { get; private set; }

    public DateOnly? SentOn { get; private set; }

    public DateOnly? HearingOn { get; private set; }

    public string? HearingPlace { get; private set; }

    public BreachOutcome? Outcome { get; private set; }

    public DateOnly? OutcomeOn { get; private set; }

    public string? OutcomeNotes { get; private set; }

    public string? WithdrawnReason { get; private set; }

    private readonly List<BreachStep> steps = [];

    /// <summary>Every step so far, first first; each move adds one and none is edited.</summary>
    public IReadOnlyList<BreachStep> Steps => [.. steps.OrderBy(s => s.Number)];

    public int Version { get; private set; }

    public bool IsOpen => Status is not (BreachStatus.Decided or BreachStatus.Withdrawn);

    public static BreachReferral Start(
        Guid personId, Guid orderId, string authority, string grounds, Guid? planId, string authorUserId, string authorName, DateTimeOffset now)
    {
        var referral = new BreachReferral
        {
            Id = Guid.NewGuid(), PersonId = personId, OrderId = orderId, Authority = authority, Grounds = grounds, PlanId = planId,
            Status = BreachStatus.Draft, AuthorUserId = authorUserId, AuthorName = authorName, StartedOn = DateOnly.FromDateTime(now.UtcDateTime), Version = 1,
        };
        referral.steps.Add(new BreachStep(1, BreachStatus.Draft, referral.StartedOn, now, authorName, null));
        return referral;
    }

    public void Write(string grounds)
    {
        Expect("changed", BreachStatus.Draft, BreachStatus.Returned);
        BusinessRuleViolation.ThrowIfBroken(new MustHoldRule(!string.IsNullOrWhiteSpace(grounds), "State the grounds for breach action", "grounds"));
        BusinessRuleViolation.ThrowIfBroken(new MustHoldRule(grounds.Trim().Length <= MaxText, $"The grounds must be {MaxText:N0} characters or fewer", "grounds"));
        Grounds = grounds.Trim();
        Version++;
    }

    public void Submit(string byName, DateTimeOffset now)
    {
        Expect("submitted", BreachStatus.Draft, BreachStatus.Returned);
        BusinessRuleViolation.ThrowIfBroken(new MustHoldRule(!string.IsNullOrWhiteSpace(Grounds), "State the grounds for breach action", "grounds"));
        Move(BreachStatus.Submitted, byName, now, null);
    }

    public void Return(string comments, string byUserId, string byName, DateTimeOffset now)
    {
        Expect("returned", BreachStatus.Submitted);
        NotTheAuthor(byUserId, "return");
        BusinessRuleViolation.ThrowIfBroken(new MustHoldRule(!string.IsNullOrWhiteSpace(comments), "Say what the officer needs to change", "comments"));
        ReturnComments = comments.Trim();
        Move(BreachStatus.Returned, byName, now, ReturnComments);
    }

    /// <summary>A team leader approves the referral to be sent: never their own.</summary>
    public void Approve(string byUserId, string byName, DateTimeOffset now)
    {
        Expect("approved", BreachStatus.Submitted);
        NotTheAuthor(byUserId, "approve");
        (ApprovedByUserId, ApprovedBy, ApprovedOn) = (byUserId, byName, DateOnly.FromDateTime(now.UtcDateTime));
        Move(BreachStatus.Approved, byName, now, null);
    }

    public void MarkSent(DateOnly on, string byName, DateTimeOffset now, DateOnly today)
    {
        Expect("sent", BreachStatus.Approved);
        BusinessRuleViolation.ThrowIfBroken(new MustHoldRule(on <= today && on >= ApprovedOn, "The day it was sent must be between its approval and today", "sentOn"));
        SentOn = on;
        Move(BreachStatus.Sent, byName, now, null);
    }

    /// <summary>The hearing the authority listed; listed again if it is adjourned to another day.</summary>
    public void ListHearing(DateOnly on, string? place, string byName, DateTimeOffset now)
    {
        Expect("listed for a hearing", BreachStatus.Sent, BreachStatus.HearingListed);
        BusinessRuleViolation.ThrowIfBroken(new MustHoldRule(on >= SentOn, "The hearing cannot be before the referral was sent", "hearingOn"));
        (HearingOn, HearingPlace) = (on, Text.Clean(place));
        Move(BreachStatus.HearingListed, byName, now, $"Hearing {on:d MMMM yyyy}{(HearingPlace is null ? "" : $", {HearingPlace}")}");
    }

    public void Decide(BreachOutcome outcome, DateOnly on, string? notes, string byName, DateTimeOffset now, DateOnly today)
    {
        Expect("decided", BreachStatus.Sent, BreachStatus.HearingListed);
        BusinessRuleViolation.ThrowIfBroken(new MustHoldRule(on <= today && on >= SentOn, "The day of the decision must be between sending the referral and today", "decidedOn"));
        BusinessRuleViolation.ThrowIfBroken(new MustHoldRule(outcome != BreachOutcome.Other || !string.IsNullOrWhiteSpace(notes), "Say what was decided", "notes"));
        (Outcome, OutcomeOn, OutcomeNotes) = (outcome, on, Text.Clean(notes));
        Move(BreachStatus.Decided, byName, now, OutcomeNotes);
    }

    public void Withdraw(string reason, string byName, DateTimeOffset now)
    {
        BusinessRuleViolation.ThrowIfBroken(new MustHoldRule(IsOpen, $"The referral is {BreachNames.Statuses[Status].ToLowerInvariant()}: it cannot be withdrawn"));
        BusinessRuleViolation.ThrowIfBroken(new MustHoldRule(!string.IsNullOrWhiteSpace(reason), "Say why the referral is withdrawn", "reason"));
        WithdrawnReason = reason.Trim();
        Move(BreachStatus.Withdrawn, byName, now, WithdrawnReason);
    }

    private void Expect(string action, params BreachStatus[] allowed) =>
        BusinessRuleViolation.ThrowIfBroken(new MustHoldRule(
            allowed.Contains(Status), $"The referral is {BreachNames.Statuses[Status].ToLowerInvariant()}: it cannot be {action} now"));

    private void NotTheAuthor(string byUserId, string action) =>
        BusinessRuleViolation.ThrowIfBroken(new MustHoldRule(byUserId != AuthorUserId, $"You drafted this referral: another team leader must {action} it"));

    private void Move(BreachStatus to, string byName, DateTimeOffset now, string? note)
    {
        Status = to;
        steps.Add(new BreachStep(steps.Count + 1, to, DateOnly.FromDateTime(now.UtcDateTime), now, byName, note));
        Version++;
    }
}

public static class BreachNames
{
    public static readonly IReadOnlyDictionary<BreachStatus, string> Statuses = new Dictionary<BreachStatus, string>
    {
        [BreachStatus.Draft] = "Draft",
        [BreachStatus.Submitted] = "Awaiting team leader approval",
        [BreachStatus.Returned] = "Returned to the officer",
        [BreachStatus.Approved] = "Approved, to send",
        [BreachStatus.Sent] = "Sent",
        [BreachStatus.HearingListed] = "Hearing listed",
        [BreachStatus.Decided] = "Decided",
        [BreachStatus.Withdrawn] = "Withdrawn",
    };

    /// <summary>Each step told as what happened, for the person's timeline.</summary>
    public static readonly IReadOnlyDictionary<BreachStatus, string> Steps = new Dictionary<BreachStatus, string>
    {
        [BreachStatus.Draft] = "Breach referral drafted",
        [BreachStatus.Submitted] = "Breach referral submitted for approval",
        [BreachStatus.Returned] = "Breach referral returned to the officer",
        [BreachStatus.Approved] = "Breach referral approved",
        [BreachStatus.Sent] = "Breach referral sent",
        [BreachStatus.HearingListed] = "Breach hearing listed",
        [BreachStatus.Decided] = "Breach referral decided",
        [BreachStatus.Withdrawn] = "Breach referral withdrawn",
    };

    public static readonly IReadOnlyDictionary<BreachOutcome, string> Outcomes = new Dictionary<BreachOutcome, string>
    {
        [BreachOutcome.OrderContinued] = "Order continued",
        [BreachOutcome.OrderVaried] = "Order varied",
        [BreachOutcome.OrderRevoked] = "Order revoked",
        [BreachOutcome.Other] = "Other",
    };

    /// <summary>The authority a referral goes to, from the pack's code for the order type.</summary>
    public static string Authority(string code) => code switch
    {
        "SentenceAdministrationBoard" => "Sentence Administration Board",
        "SentencingCourt" => "sentencing court",
        "ParoleAuthority" => "parole authority",
        "PrisonersReviewBoard" => "Prisoners Review Board",
        _ => code,
    };
}
