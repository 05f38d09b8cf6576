namespace Waypoint.Core.People;

/// <summary>Another name the person is or was known by (PPL-01); searched like the legal name (PPL-07).</summary>
public sealed class Alias
{
    private Alias()
    {
    }

    internal Alias(string familyName, string givenNames)
    {
        Id = Guid.NewGuid();
        FamilyName = familyName;
        GivenNames = givenNames;
    }

    public Guid Id { get; private set; }

    public string FamilyName { get; private set; } = "";

    public string GivenNames { get; private set; } = "";

    public string FullName => $"{GivenNames} {FamilyName}".Trim();
}
