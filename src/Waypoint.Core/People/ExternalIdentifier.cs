namespace Waypoint.Core.People;

/// <summary>An identifier another system gave the person (court, police, prison); unique per type across all people (PPL-01).</summary>
public sealed class ExternalIdentifier
{
    private ExternalIdentifier()
    {
    }

    internal ExternalIdentifier(string type, string value)
    {
        Id = Guid.NewGuid();
        Type = type;
        Value = value;
    }

    public Guid Id { get; private set; }

    public string Type { get; private set; } = "";

    public string Value { get; private set; } = "";
}
