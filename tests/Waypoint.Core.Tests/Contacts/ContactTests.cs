using Waypoint.Core.Common;
using Waypoint.Core.Contacts;

namespace Waypoint.Core.Tests.Contacts;

public sealed class ContactTests
{
    private static readonly DateOnly Today = new(2026, 11, 26);
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);

    private static Contact Booked(DateOnly on) =>
        Contact.Book(new ContactDetails(Guid.NewGuid(), null, ContactKind.Office, on, new TimeOnly(10, 30), 45, "City office", null, null), "casey", "Casey Officer", "casey", Now, on < Today ? on : Today);

    [Fact]
    [Trait("Req", "CON-02")]
    public void AnOutcome_IsRecordedOnce()
    {
        var contact = Booked(Today);
        contact.RecordOutcome(ContactOutcome.Attended, new TimeOnly(10, 40), null, null, "casey", "Casey Officer", Now, Today);
        Assert.True(contact.Kept);
        var again = Assert.Throws<BusinessRuleViolation>(() => contact.RecordOutcome(ContactOutcome.FailedToAttend, null, null, null, "casey", "Casey Officer", Now, Today));
        Assert.Equal("The outcome is already recorded: attended", again.Message);
    }

    [Fact]
    [Trait("Req", "CON-02")]
    public void Attendance_CannotBeRecordedBeforeTheDay()
    {
        var contact = Booked(Today.AddDays(3));
        var early = Assert.Throws<BusinessRuleViolation>(() => contact.RecordOutcome(ContactOutcome.FailedToAttend, null, null, null, "casey", "Casey Officer", Now, Today));
        Assert.Equal("outcome", early.Rule.Field);
        Assert.True(contact.IsOpen);
    }

    [Fact]
    [Trait("Req", "CON-02")]
    public void AnAcceptableAbsence_NamesItsEvidence()
    {
        var contact = Booked(Today);
        Assert.Equal("evidence", Assert.Throws<BusinessRuleViolation>(() => contact.RecordOutcome(ContactOutcome.AcceptableAbsence, null, null, " ", "casey", "Casey Officer", Now, Today)).Rule.Field);
        contact.RecordOutcome(ContactOutcome.AcceptableAbsence, null, null, "Medical certificate, Dr Lee", "casey", "Casey Officer", Now, Today);
        Assert.Equal("Medical certificate, Dr Lee", contact.Evidence);
        Assert.False(contact.Kept);
    }

    [Fact]
    [Trait("Req", "CON-02")]
    public void Rescheduling_ClosesTheAppointmentAndBooksTheNewOne()
    {
        var contact = Booked(Today.AddDays(1));
        var moved = contact.Reschedule(Today.AddDays(2), new TimeOnly(14, 0), "Person at a job interview", "casey", "Casey Officer", Now, Today);
        Assert.Equal(ContactOutcome.Rescheduled, contact.Outcome);
        Assert.Equal(moved.Id, contact.RescheduledToId);
        Assert.Equal(contact.Id, moved.RescheduledFromId);
        Assert.True(moved.IsOpen);
        Assert.Equal((Today.AddDays(2), new TimeOnly(14, 0), "City office"), (moved.On, moved.At, moved.Place));
    }

    [Fact]
    [Trait("Req", "CON-01")]
    public void AnInduction_IsCompleteWhenEveryTopicHasBeenExplainedAndUnderstood_AcrossSessions()
    {
        var personId = Guid.NewGuid();
        var first = Induction.Record(personId, null, Today.AddDays(-7), [InductionTopic.SupervisionArrangements, InductionTopic.RoleAndBoundaries, InductionTopic.StatutoryRequirements],
            "My sister", understandingConfirmed: false, "Tired; to go over it again on Monday", null, null, "casey", "Casey Officer", Now, Today);
        Assert.Null(Induction.CompletedOn([first]));
        var rest = Enum.GetValues<InductionTopic>().Except(first.Explained).ToList();
        var second = Induction.Record(personId, null, Today.AddDays(-2), rest, null, understandingConfirmed: true, null, "Arabic, by phone (TIS)", null, "casey", "Casey Officer", Now, Today);
        Assert.Equal(Today.AddDays(-2), Induction.CompletedOn([second, first]));
        Assert.Empty(Induction.NotYetExplained([first, second]));
        Assert.Equal("notUnderstoodBecause", Assert.Throws<BusinessRuleViolation>(() =>
            Induction.Record(personId, null, Today, rest, null, understandingConfirmed: false, " ", null, null, "casey", "Casey Officer", Now, Today)).Rule.Field);
    }
}
