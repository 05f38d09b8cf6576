using Waypoint.Core.Policy;

namespace Waypoint.Core.Tests;

/// <summary>The policy packs the product ships, as the build copies them beside the tests.</summary>
internal static class ShippedPacks
{
    public static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "policy-packs");

    public static readonly PolicyPack Prisons = Load("prisons");

    public static readonly PolicyPack Community = Load("community");

    public static PolicyPack Load(string id) => PolicyPackFile.Load(Path.Combine(Folder, $"{id}.json"), Path.Combine(Folder, "schema.json"));
}
