using Waypoint.Core.People;

namespace Waypoint.Core.Tests.Architecture;

/// <summary>Core is the pure domain: no web framework, no database, so its rules can be tested and reused alone (DESIGN.md).</summary>
public sealed class CoreDependencyTests
{
    [Fact]
    public void Core_ReferencesNeitherAspNetNorEntityFramework()
    {
        var references = typeof(Person).Assembly.GetReferencedAssemblies().Select(a => a.Name ?? "").ToList();
        Assert.DoesNotContain(references, r => r.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
        Assert.DoesNotContain(references, r => r.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal));
        Assert.DoesNotContain(references, r => r.StartsWith("Npgsql", StringComparison.Ordinal));
    }

    [Fact]
    public void Core_TypesAreNamedFromTheDomain()
    {
        var vague = typeof(Person).Assembly.GetTypes()
            .Where(t => t.Name.EndsWith("Helper", StringComparison.Ordinal) || t.Name.EndsWith("Manager", StringComparison.Ordinal) || t.Name.EndsWith("Util", StringComparison.Ordinal) || t.Name.EndsWith("Utils", StringComparison.Ordinal))
            .Select(t => t.FullName)
            .ToList();
        Assert.Empty(vague);
    }

    [Fact]
    public void Core_RulesAreNamedAsTheSentenceTheyEnforce()
    {
        var rules = typeof(Person).Assembly.GetTypes().Where(t => typeof(Common.IBusinessRule).IsAssignableFrom(t) && !t.IsInterface).ToList();
        Assert.NotEmpty(rules);
        Assert.All(rules, r => Assert.EndsWith("Rule", r.Name));
    }
}
