namespace Waypoint.Web.Data;

/// <summary>One name a person is known by, normalised for trigram search (PPL-07). Rebuilt whenever the person's names change.</summary>
public sealed class PersonSearchName
{
    public long Id { get; set; }

    public Guid PersonId { get; set; }

    public string Text { get; set; } = "";
}
