using System.Globalization;
using Waypoint.Core.Contacts;

namespace Waypoint.Web.Features.Contacts;

/// <summary>
/// An appointment as sent (CON-02): kind, order, day, time ("14:30"), length, place, who else takes part, purpose.
/// With an outcome (only "Attended"), it records a contact that has happened instead of booking one. The officer is
/// the one signed in unless a team leader names an officer in their team.
/// </summary>
public sealed class ContactInput
{
    public string? OfficerUserId { get; set; }

    public string? Kind { get; set; }

    public Guid? OrderId { get; set; }

    public DateOnly? On { get; set; }

    public string? At { get; set; }

    public int? Minutes { get; set; }

    public string? Place { get; set; }

    public string? With { get; set; }

    public string? Purpose { get; set; }

    public string? Outcome { get; set; }

    public string? Notes { get; set; }

    public Api.Validation Validate(Guid personId, IReadOnlyList<OrderChoice> orders, out ContactDetails? details)
    {
        var v = new Api.Validation()
            .Optional("place", Place, "the place", Contact.MaxShortText)
            .Optional("with", With, "who else takes part", Contact.MaxShortText)
            .Optional("purpose", Purpose, "the purpose", Contact.MaxText)
            .Optional("notes", Notes, "the notes", Contact.MaxText);
        var kind = v.Code<ContactKind>("kind", Kind, "the kind of contact");
        var at = ContactTime.Read(v, "at", At, "the time");
        if (On is null)
        {
            v.Add("on", "Enter the day");
        }
        if (Minutes is null)
        {
            v.Add("minutes", "Enter how long it is, in minutes");
        }
        OrderChoice.Check(v, orders, OrderId);
        if (Outcome is not null && Outcome != nameof(ContactOutcome.Attended))
        {
            v.Add("outcome", "A contact recorded after it happened was attended; book an appointment to record any other outcome");
        }
        details = v.IsValid
            ? new ContactDetails(personId, OrderId ?? (orders.Count == 1 ? orders[0].Id : null), kind!.Value, On!.Value, at!.Value, Minutes!.Value, Place, With, Purpose)
            : null;
        return v;
    }
}

/// <summary>What happened at an appointment: an outcome code, and for a reschedule the new day and time.</summary>
public sealed class OutcomeInput
{
    public string? Outcome { get; set; }

    public string? ActualAt { get; set; }

    public string? Notes { get; set; }

    public string? Evidence { get; set; }

    public DateOnly? RescheduleOn { get; set; }

    public string? RescheduleAt { get; set; }

    public Api.Validation Validate(out ContactOutcome? outcome, out TimeOnly? actualAt, out TimeOnly? rescheduleAt)
    {
        var v = new Api.Validation().Optional("notes", Notes, "the notes", Contact.MaxText).Optional("evidence", Evidence, "the evidence", Contact.MaxShortText);
        outcome = v.Code<ContactOutcome>("outcome", Outcome, "what happened");
        actualAt = outcome == ContactOutcome.Attended && !string.IsNullOrWhiteSpace(ActualAt) ? ContactTime.Read(v, "actualAt", ActualAt, "the time they attended") : null;
        rescheduleAt = null;
        if (outcome == ContactOutcome.Rescheduled)
        {
            rescheduleAt = ContactTime.Read(v, "rescheduleAt", RescheduleAt, "the new time");
            if (RescheduleOn is null)
            {
                v.Add("rescheduleOn", "Enter the new day");
            }
        }
        return v;
    }
}

/// <summary>Times as officers type them: "14:30", "9:05" or "2:30pm".</summary>
public static class ContactTime
{
    private static readonly string[] Formats = ["H:mm", "HH:mm", "HH:mm:ss", "h:mmtt", "htt", "h:mm tt", "h tt"];

    public static TimeOnly? Read(Api.Validation v, string field, string? value, string label)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            v.Add(field, $"Enter {label}, for example 14:30");
            return null;
        }
        if (!TimeOnly.TryParseExact(value.Trim().ToUpperInvariant().Replace(".", ":", StringComparison.Ordinal), Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            v.Add(field, $"Enter {label} as hours and minutes, for example 14:30");
            return null;
        }
        return time;
    }
}
