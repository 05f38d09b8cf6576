using Waypoint.Core.Policy;
using Waypoint.Core.Staff;

namespace Waypoint.Web.Features.Policy;

/// <summary>
/// The jurisdiction policy packs this instance runs on, loaded and validated once at start-up (CMP-01): a broken pack
/// stops start-up with the file, the JSON path and the problem.
/// </summary>
public sealed class PolicyPacks(IReadOnlyList<PolicyPack> packs)
{
    public const string SchemaFile = "schema.json";

    public IReadOnlyList<PolicyPack> All => packs;

    public PolicyPack? Find(string id) => packs.FirstOrDefault(p => p.Id == id);

    /// <summary>The pack a site runs on: its jurisdiction's pack that knows its kind of site (CMP-07).</summary>
    public PolicyPack? ForSite(Site site) =>
        packs.FirstOrDefault(p => p.Jurisdiction == site.Jurisdiction && p.SiteKinds.Any(k => k.Code == site.Kind.ToString()));

    public static string Folder(IConfiguration config) =>
        config["PolicyPacks:Folder"] ?? Path.Combine(AppContext.BaseDirectory, "policy-packs");

    public static PolicyPacks Load(string folder)
    {
        var schema = Path.Combine(folder, SchemaFile);
        if (!File.Exists(schema))
        {
            throw new InvalidPolicyPackException(folder, [new PolicyPackProblem(SchemaFile, "the pack schema is missing from the policy pack folder")]);
        }
        var files = Directory.GetFiles(folder, "*.json").Where(f => Path.GetFileName(f) != SchemaFile).Order(StringComparer.Ordinal).ToList();
        var loaded = files.Select(f => PolicyPackFile.Load(f, schema)).ToList();
        foreach (var duplicate in loaded.GroupBy(p => p.Id).Where(g => g.Count() > 1))
        {
            throw new InvalidPolicyPackException(folder, [new PolicyPackProblem("$.id", $"two packs have the id '{duplicate.Key}'")]);
        }
        return new PolicyPacks(loaded);
    }
}
