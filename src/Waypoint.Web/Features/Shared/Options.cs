using Waypoint.Core.People;

namespace Waypoint.Web.Features.Shared;

/// <summary>An enum's codes and readable labels, for radios and selects.</summary>
public static class Options
{
    public static IEnumerable<(string Code, string Label)> Of<T>() where T : struct, Enum =>
        Enum.GetValues<T>().Select(v => (v.ToString(), v.Label()));
}
