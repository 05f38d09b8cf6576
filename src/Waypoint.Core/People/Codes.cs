namespace Waypoint.Core.People;

/// <summary>Gender as the person describes it (PPL-01).</summary>
public enum Gender
{
    NotStated,
    Female,
    Male,
    NonBinary,
    DifferentTerm,
}

/// <summary>Aboriginal and/or Torres Strait Islander status, as the person identifies (PPL-01).</summary>
public enum IndigenousStatus
{
    NotStated,
    Aboriginal,
    TorresStraitIslander,
    AboriginalAndTorresStraitIslander,
    Neither,
}

/// <summary>Whether the person is currently managed by the service (PPL-01).</summary>
public enum PersonStatus
{
    Active,
    Inactive,
    Deceased,
}

/// <summary>Kinds of alert an officer can raise (PPL-03); "Other" takes free-text details.</summary>
public enum AlertType
{
    Violence,
    SelfHarm,
    Medical,
    VictimNoContact,
    Escape,
    Gang,
    Other,

    /// <summary>A history of sexual offending: the pack may then require a Static-99R (C23.2 2.2, ASM-06).</summary>
    SexualOffending,
}

/// <summary>Responsivity factors from C23.2 2.6; the list is open, so "Other" carries a description (PPL-02).</summary>
public enum ResponsivityFactorType
{
    CultureAndLanguage,
    AcquiredBrainInjury,
    Neurodiversity,
    MemoryImpairment,
    CognitiveOrIntellectualImpairment,
    PhysicalImpairment,
    SightImpairment,
    HearingImpairment,
    Literacy,
    Other,
}

/// <summary>How a significant other relates to the case (PPL-01).</summary>
public enum SignificantOtherKind
{
    Family,
    Partner,
    Friend,
    SupportAgency,
    InterestedParty,
    Other,
}

public static class CodeLabels
{
    /// <summary>Reads "TorresStraitIslander" as "Torres Strait Islander" for pages and exports.</summary>
    public static string Label<T>(this T value) where T : struct, Enum => value.ToString() switch
    {
        "AboriginalAndTorresStraitIslander" => "Aboriginal and Torres Strait Islander",
        "NotStated" => "Not stated",
        "NonBinary" => "Non-binary",
        "DifferentTerm" => "Uses a different term",
        "SelfHarm" => "Self-harm",
        "VictimNoContact" => "Victim no-contact",
        "CognitiveOrIntellectualImpairment" => "Cognitive or intellectual impairment",
        var s => Humanise(s),
    };

    private static string Humanise(string pascal)
    {
        var chars = new List<char>(pascal.Length + 8);
        for (var i = 0; i < pascal.Length; i++)
        {
            var c = pascal[i];
            if (i > 0 && char.IsUpper(c))
            {
                chars.Add(' ');
                chars.Add(char.ToLowerInvariant(c));
            }
            else
            {
                chars.Add(c);
            }
        }
        return new string(chars.ToArray());
    }
}
