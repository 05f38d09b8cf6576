using Waypoint.Core.Common;
using Waypoint.Core.Enforcement;

namespace Waypoint.Core.Tests.Contacts;

public sealed class NonComplianceTests
{
    private static readonly DateOnly Today = new(2026, 11, 26);
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);

    private static NonCompliance Reported() =>
        NonCompliance.Record(Guid.NewGuid(), null, NonComplianceSource.CommunityWorkSupervisor, "Sam Reid, Parks site", Today.AddDays(-1), "Did not attend community work", null, null, "casey", "Casey Officer", Now, Today);

    [Fact]
    [Trait("Req", "ENF-01")]
    public void AReportFromSomeoneElse_SaysWhoReportedIt()
    {
        var missing = Assert.Throws<BusinessRuleViolation>(() =>
            NonCompliance.Record(Guid.NewGuid(), null, NonComplianceSource.Provider, " ", Today, "Missed group", null, null, "casey", "Casey Officer", Now, Today));
        Assert.Equal("reportedBy", missing.Rule.Field);
        Assert.Equal(NonComplianceStatus.AwaitingVerification, Reported().Status);
    }

    [Fact]
    [Trait("Req", "ENF-02")]
    public void NotAcceptableButAddressedOtherwise_RecordsWhatWasAgreed()
    {
        var record = Reported();
        var noAgreement = Assert.Throws<BusinessRuleViolation>(() =>
            record.Decide(new Verification("Supervisor; the person by phone", "Overslept", "Overslept after a late shift", false, true, null, Today), "Casey Officer", Today));
        Assert.Equal("agreed", noAgreement.Rule.Field);
        record.Decide(new Verification("Supervisor; the person by phone", "Overslept", "Overslept after a late shift", false, true, "Moves to the afternoon crew from next week", Today), "Casey Officer", Today);
        Assert.Equal(NonComplianceStatus.NotAcceptable, record.Status);
        Assert.Equal("Moves to the afternoon crew from next week", record.Agreed);
        Assert.Throws<BusinessRuleViolation>(() => record.AwaitEvidence("Certificate", null, Today, Today));
    }

    [Fact]
    [Trait("Req", "BYD-02")]
    public void AwaitingEvidence_ThenAcceptable()
    {
        var record = Reported();
        record.AwaitEvidence("Medical certificate", "Was in hospital", Today, Today);
        Assert.Equal((NonComplianceStatus.AwaitingEvidence, Today), (record.Status, record.EvidenceRequestedOn));
        record.Decide(new Verification("Canberra Hospital discharge letter", null, "Admitted overnight", true, false, "ignored when acceptable", Today), "Casey Officer", Today);
        Assert.Equal(NonComplianceStatus.Acceptable, record.Status);
        Assert.Equal("Was in hospital", record.PersonAccount);
        Assert.Null(record.Agreed);
    }
}
