using System.Reflection;
using Waypoint.Core.Audit;

namespace Waypoint.Core.Tests.Audit;

public sealed class AuditChainTests
{
    private static List<AuditEntry> Chain(int count)
    {
        var entries = new List<AuditEntry>();
        var previous = AuditChain.Genesis;
        for (var i = 1; i <= count; i++)
        {
            var entry = AuditEntry.Create(new DateTimeOffset(2026, 11, 26, 9, 0, i, TimeSpan.Zero), "u1", "case.officer", "person.viewed", "Person", $"p{i}", Guid.NewGuid(), null, null);
            entry.Seal(i, previous);
            previous = entry.Hash;
            entries.Add(entry);
        }
        return entries;
    }

    [Fact]
    [Trait("Req", "REC-03")]
    public void IntactChain_Verifies()
    {
        var result = AuditChain.Verify(Chain(5));
        Assert.True(result.Intact);
        Assert.Equal(5, result.EntriesVerified);
    }

    [Fact]
    [Trait("Req", "REC-03")]
    public void AlteredEntry_IsNamed()
    {
        var chain = Chain(5);
        typeof(AuditEntry).GetProperty(nameof(AuditEntry.Action))!.SetValue(chain[2], "person.updated", BindingFlags.NonPublic | BindingFlags.Instance, null, null, null);
        var result = AuditChain.Verify(chain);
        Assert.False(result.Intact);
        Assert.Equal(3, result.FirstBrokenSequence);
        Assert.Contains("altered", result.Message);
    }

    [Fact]
    [Trait("Req", "REC-03")]
    public void MissingEntry_IsNamed()
    {
        var chain = Chain(5);
        chain.RemoveAt(1);
        var result = AuditChain.Verify(chain);
        Assert.False(result.Intact);
        Assert.Equal(2, result.FirstBrokenSequence);
        Assert.Contains("missing", result.Message);
    }

    [Fact]
    [Trait("Req", "REC-03")]
    public void RemovedLastEntry_ButRehashedTail_IsStillCaughtByTheLink()
    {
        var chain = Chain(3);
        var forged = AuditEntry.Create(chain[2].OccurredAt, "u2", "someone", "person.viewed", "Person", "x", null, null, null);
        forged.Seal(3, "not-the-previous-hash");
        chain[2] = forged;
        var result = AuditChain.Verify(chain);
        Assert.Equal(3, result.FirstBrokenSequence);
        Assert.Contains("does not follow", result.Message);
    }
}
