namespace Waypoint.Core.People;

/// <summary>Something the officer must adapt to so the person can engage (C23.2 2.6, PPL-02).</summary>
public sealed class ResponsivityFactor
{
    private ResponsivityFactor()
    {
    }

    internal ResponsivityFactor(ResponsivityFactorType type, string details)
    {
        Id = Guid.NewGuid();
        Type = type;
        Details = details;
    }

    public Guid Id { get; private set; }

    public ResponsivityFactorType Type { get; private set; }

    public string Details { get; private set; } = "";
}
