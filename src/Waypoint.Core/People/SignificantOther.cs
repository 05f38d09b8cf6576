namespace Waypoint.Core.People;

/// <summary>Family, support agencies and others with an interest in the case (PPL-01).</summary>
public sealed class SignificantOther
{
    private SignificantOther()
    {
    }

    internal SignificantOther(string name, SignificantOtherKind kind, string relationship, string? phone)
    {
        Id = Guid.NewGuid();
        Name = name;
        Kind = kind;
        Relationship = relationship;
        Phone = phone;
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; } = "";

    public SignificantOtherKind Kind { get; private set; }

    public string Relationship { get; private set; } = "";

    public string? Phone { get; private set; }
}
