namespace Waypoint.Core.Policy;

/// <summary>Something wrong in a pack, with the JSON path it is at, so the person fixing the file can find it.</summary>
public sealed record PolicyPackProblem(string Path, string Message)
{
    public override string ToString() => $"{Path}: {Message}";
}

/// <summary>A pack that cannot be used: start-up stops with this, naming the file and every problem.</summary>
public sealed class InvalidPolicyPackException(string file, IReadOnlyList<PolicyPackProblem> problems)
    : Exception($"Policy pack {file} is not valid:{Environment.NewLine}{string.Join(Environment.NewLine, problems.Select(p => "  " + p))}")
{
    public string File { get; } = file;

    public IReadOnlyList<PolicyPackProblem> Problems { get; } = problems;
}
