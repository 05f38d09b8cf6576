using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Waypoint.Core.People;
using Waypoint.Web.Api;
using Waypoint.Web.Audit;
using Waypoint.Web.Auth;
using Waypoint.Web.Features.Shared;

namespace Waypoint.Web.Features.People;

/// <summary>PPL-09: record a change of circumstances reported by the person or staff.</summary>
[Authorize(Policy = Policies.WritePeople)]
public sealed class RecordCircumstanceChangeModel(PersonRecords records) : PersonPartPage<CircumstanceChangeInput>(records)
{
    private CircumstanceKind? kind;
    private ReportedBy? reportedBy;

    [BindProperty]
    public DateParts OccurredOn { get; set; } = new();

    protected override IReadOnlyDictionary<string, string> FieldKeys { get; } = new Dictionary<string, string> { ["occurredOn"] = nameof(OccurredOn) };

    protected override Task<Validation> CheckAsync(Person person, CancellationToken ct)
    {
        Input.OccurredOn = OccurredOn.Read("The date of the change", out var dateError);
        var (k, r, v) = Input.Validate();
        kind = k;
        reportedBy = r;
        return Task.FromResult(v.Replace("occurredOn", dateError));
    }

    protected override async Task<string> SaveAsync(Person person, CancellationToken ct)
    {
        var change = await Records.RecordCircumstanceChangeAsync(person, kind!.Value, Input.Details!, Input.OccurredOn!.Value, reportedBy!.Value, Actor.From(User).UserName, ct);
        return $"Change of {change.Kind.Label()} recorded";
    }
}
