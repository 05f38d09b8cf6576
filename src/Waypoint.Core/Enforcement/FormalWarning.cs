using Waypoint.Core.Common;
using Waypoint.Core.Policy;

namespace Waypoint.Core.Enforcement;

/// <summary>How a formal warning was given. Codes are stored; never rename one.</summary>
public enum WarningMethod
{
    InPerson,
    Letter,
    Phone,
}

/// <summary>
/// ENF-03 (EB1 P18): a formal warning under an order, stating the likely consequences. Warnings count per order: enough
/// of them within the pack's window puts breach action to the officer and team leader. Given once, never changed.
/// </summary>
public sealed class FormalWarning
{
    public const int MaxText = 4_000;

    private FormalWarning()
    {
    }

    public Guid Id { get; private set; }

    public Guid PersonId { get; private set; }

    public Guid OrderId { get; private set; }

    /// <summary>The non-compliance it answers; none for a warning given where there is a risk of non-compliance (EB1 P18).</summary>
    public Guid? NonComplianceId { get; private set; }

    public DateOnly GivenOn { get; private set; }

    public WarningMethod Method { get; private set; }

    /// <summary>What the warning is for.</summary>
    public string Reason { get; private set; } = "";

    /// <summary>The likely consequences, as the person was told them.</summary>
    public string Consequences { get; private set; } = "";

    public string IssuedByUserId { get; private set; } = "";

    public string IssuedByName { get; private set; } = "";

    public DateTimeOffset RecordedAt { get; private set; }

    public static FormalWarning Give(
        Guid personId, Guid orderId, NonCompliance? answering, DateOnly givenOn, WarningMethod method, string reason, string consequences,
        string byUserId, string byName, DateTimeOffset now, DateOnly today)
    {
        BusinessRuleViolation.ThrowIfBroken(new MustHoldRule(givenOn <= today, "The day the warning was given must be today or in the past", "givenOn"));
        BusinessRuleViolation.ThrowIfBroken(new MustHoldRule(!string.IsNullOrWhiteSpace(reason), "Say what the warning is for", "reason"));
        BusinessRuleViolation.ThrowIfBroken(new MustHoldRule(!string.IsNullOrWhiteSpace(consequences), "State the likely consequences", "consequences"));
        BusinessRuleViolation.ThrowIfBroken(new MustHoldRule(reason.Trim().Length <= MaxText && consequences.Trim().Length <= MaxText, $"Each answer must be {MaxText:N0} characters or fewer", "reason"));
        if (answering is not null)
        {
            BusinessRuleViolation.ThrowIfBroken(new MustHoldRule(
                answering.Status == NonComplianceStatus.NotAcceptable && answering.AddressedOtherwise != true,
                "A warning answers a non-compliance verified as not acceptable and not addressed by other means", "nonComplianceId"));
            BusinessRuleViolation.ThrowIfBroken(new MustHoldRule(givenOn >= answering.OccurredOn, "The warning cannot be before what it answers", "givenOn"));
        }
        return new FormalWarning
        {
            Id = Guid.NewGuid(), PersonId = personId, OrderId = orderId, NonComplianceId = answering?.Id, GivenOn = givenOn, Method = method,
            Reason = reason.Trim(), Consequences = consequences.Trim(), IssuedByUserId = byUserId, IssuedByName = byName, RecordedAt = now,
        };
    }

    /// <summary>BYD-01: the consequences worded from what is recorded: who hears a breach of this order.</summary>
    public static string DefaultConsequences(string orderName, string authority) =>
        $"If you do not comply with your {orderName} again, your officer may start breach action: your case would be referred to the {authority}, "
        + "which can continue your order, change its conditions or revoke it and resentence you.";
}

/// <summary>
/// BYD-02, ENF-03: where an order's warnings stand against the pack's window: how many count today, the threshold, and
/// when the oldest that counts leaves the window.
/// </summary>
public sealed record WarningWindow(int Count, int Threshold, PackPeriod Window, DateOnly? OldestOn, DateOnly? OldestLeavesOn)
{
    public const string ThresholdValue = "threshold";

    public static WarningWindow? On(IEnumerable<DateOnly> given, PolicyPack pack, PackRule? rule, DateOnly today)
    {
        if (rule?.Period is not { } window || !int.TryParse(rule.Values.GetValueOrDefault(ThresholdValue), out var threshold))
        {
            return null;
        }
        var counting = given.Where(d => d <= today && pack.After(window, d) > today).Order().ToList();
        return new WarningWindow(counting.Count, threshold, window, counting.Count > 0 ? counting[0] : null, counting.Count > 0 ? pack.After(window, counting[0]) : null);
    }
}

public static class WarningNames
{
    public static readonly IReadOnlyDictionary<WarningMethod, string> Methods = new Dictionary<WarningMethod, string>
    {
        [WarningMethod.InPerson] = "In person",
        [WarningMethod.Letter] = "By letter",
        [WarningMethod.Phone] = "By phone",
    };
}
