using System.Security.Cryptography;
using System.Text;

namespace Waypoint.Core.Audit;

/// <summary>
/// One append-only line of the audit trail (REC-03): who did what to which record, when, and why. Each entry holds the
/// previous entry's hash, so altering or removing any entry breaks the chain from that point.
/// </summary>
public sealed class AuditEntry
{
    private AuditEntry()
    {
    }

    public long Sequence { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    public string UserId { get; private set; } = "";

    public string UserName { get; private set; } = "";

    /// <summary>A stable code such as <c>person.viewed</c> or <c>person.updated</c>.</summary>
    public string Action { get; private set; } = "";

    public string RecordType { get; private set; } = "";

    public string RecordId { get; private set; } = "";

    public Guid? PersonId { get; private set; }

    /// <summary>JSON of the fields changed (old and new, or the field name alone where the value is sensitive).</summary>
    public string? Details { get; private set; }

    public string? Reason { get; private set; }

    public string PreviousHash { get; private set; } = "";

    public string Hash { get; private set; } = "";

    public static AuditEntry Create(DateTimeOffset now, string userId, string userName, string action, string recordType,
        string recordId, Guid? personId, string? details, string? reason) => new()
    {
        // Millisecond precision survives every provider's round trip, so the hash stays verifiable.
        OccurredAt = DateTimeOffset.FromUnixTimeMilliseconds(now.ToUnixTimeMilliseconds()),
        UserId = userId,
        UserName = userName,
        Action = action,
        RecordType = recordType,
        RecordId = recordId,
        PersonId = personId,
        Details = details,
        Reason = reason,
    };

    /// <summary>Places the entry after the last one in the chain.</summary>
    public void Seal(long sequence, string previousHash)
    {
        Sequence = sequence;
        PreviousHash = previousHash;
        Hash = ComputeHash();
    }

    public string ComputeHash()
    {
        var canonical = string.Join('\u001f',
            Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture),
            OccurredAt.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture),
            UserId, UserName, Action, RecordType, RecordId, PersonId?.ToString() ?? "", Details ?? "", Reason ?? "",
            PreviousHash);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }
}
