namespace Waypoint.Core.People;

/// <summary>A warning every officer who opens the record must see while it is active (PPL-03).</summary>
public sealed class Alert
{
    private Alert()
    {
    }

    internal Alert(AlertType type, string details, DateOnly startDate, DateOnly? endDate, string raisedBy, DateTimeOffset raisedAt)
    {
        Id = Guid.NewGuid();
        Type = type;
        Details = details;
        StartDate = startDate;
        EndDate = endDate;
        RaisedBy = raisedBy;
        RaisedAt = raisedAt;
    }

    public Guid Id { get; private set; }

    public AlertType Type { get; private set; }

    public string Details { get; private set; } = "";

    public DateOnly StartDate { get; private set; }

    public DateOnly? EndDate { get; private set; }

    public string RaisedBy { get; private set; } = "";

    public DateTimeOffset RaisedAt { get; private set; }

    /// <summary>Active from its start date up to and including its end date.</summary>
    public bool IsActiveOn(DateOnly date) => StartDate <= date && (EndDate is null || EndDate >= date);

    internal void End(DateOnly endDate) => EndDate = endDate;
}
