namespace Waypoint.Core.Orders;

/// <summary>A supervision level set on a community order from a date, with what the pack proposed and why it differs (PPL-08).</summary>
public sealed class SupervisionLevelDecision
{
    private SupervisionLevelDecision()
    {
    }

    internal SupervisionLevelDecision(string level, string proposed, DateOnly from, string? reason, string decidedBy)
    {
        Id = Guid.NewGuid();
        Level = level;
        Proposed = proposed;
        From = from;
        Reason = reason;
        DecidedBy = decidedBy;
    }

    public Guid Id { get; private set; }

    public string Level { get; private set; } = "";

    public string Proposed { get; private set; } = "";

    public DateOnly From { get; private set; }

    public string? Reason { get; private set; }

    public string DecidedBy { get; private set; } = "";
}
