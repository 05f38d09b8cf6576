using System.Text.Json;
using System.Text.Json.Serialization;
using Json.Schema;

namespace Waypoint.Core.Policy;

/// <summary>
/// Reads a pack file: checks it against the pack schema, then the rules a schema cannot express, and returns the pack
/// or every problem with its JSON path (CMP-01).
/// </summary>
public static class PolicyPackFile
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    // A schema registers itself by its $id when parsed, so each distinct schema text is parsed once per process.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, JsonSchema> Schemas = new();

    public static PolicyPack Load(string file, string schemaFile) =>
        Parse(File.ReadAllText(file), File.ReadAllText(schemaFile), System.IO.Path.GetFileName(file));

    public static PolicyPack Parse(string json, string schemaJson, string name)
    {
        var problems = Check(json, schemaJson, out var pack);
        if (problems.Count > 0 || pack is null)
        {
            throw new InvalidPolicyPackException(name, problems);
        }
        return pack;
    }

    public static IReadOnlyList<PolicyPackProblem> Check(string json, string schemaJson, out PolicyPack? pack)
    {
        pack = null;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            return [new PolicyPackProblem($"line {e.LineNumber + 1}", $"is not valid JSON: {e.Message}")];
        }
        JsonSchema schema;
        lock (Schemas)
        {
            schema = Schemas.GetOrAdd(schemaJson, text => JsonSchema.FromText(text));
        }
        using var owned = document;
        var node = document.RootElement;
        var result = schema.Evaluate(node, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (!result.IsValid)
        {
            return (result.Details ?? [])
                .Where(d => d.Errors is { Count: > 0 })
                .SelectMany(d => d.Errors!.Select(e => new PolicyPackProblem(JsonPath(d.InstanceLocation.ToString()), e.Value)))
                .Distinct()
                .ToList();
        }
        var parsed = node.Deserialize<PolicyPack>(Options)!;
        parsed = parsed with { Rules = parsed.Rules.Select(r => r with { Values = r.Values ?? new Dictionary<string, string>() }).ToList() };
        var problems = PolicyPackChecks.Check(parsed);
        if (problems.Count == 0)
        {
            pack = parsed;
        }
        return problems;
    }

    /// <summary>JSON Pointer "/rules/0/period" as the JSON path "$.rules[0].period" people read.</summary>
    private static string JsonPath(string pointer) =>
        "$" + string.Concat(pointer.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(p => int.TryParse(p, out _) ? $"[{p}]" : $".{p}"));
}
