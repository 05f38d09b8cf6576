namespace Waypoint.Core.Audit;

/// <summary>Checks the audit trail's hash chain (REC-03) and names the first entry that was altered or is missing.</summary>
public static class AuditChain
{
    public const string Genesis = "genesis";

    public static AuditVerification Verify(IEnumerable<AuditEntry> entriesInSequence)
    {
        var expectedSequence = 1L;
        var previousHash = Genesis;
        var count = 0L;
        foreach (var entry in entriesInSequence)
        {
            if (entry.Sequence != expectedSequence)
            {
                return AuditVerification.Broken(expectedSequence, count, $"entry {expectedSequence} is missing (next entry found is {entry.Sequence})");
            }
            if (entry.PreviousHash != previousHash)
            {
                return AuditVerification.Broken(entry.Sequence, count, $"entry {entry.Sequence} does not follow the entry before it");
            }
            if (entry.ComputeHash() != entry.Hash)
            {
                return AuditVerification.Broken(entry.Sequence, count, $"entry {entry.Sequence} was altered after it was written");
            }
            previousHash = entry.Hash;
            expectedSequence++;
            count++;
        }
        return new AuditVerification(true, null, count, $"{count} entries verified; the chain is intact");
    }
}

public sealed record AuditVerification(bool Intact, long? FirstBrokenSequence, long EntriesVerified, string Message)
{
    public static AuditVerification Broken(long sequence, long verified, string message) => new(false, sequence, verified, message);
}
