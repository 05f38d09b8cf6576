using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Waypoint.Core.People;
using Waypoint.Web.Api;
using Waypoint.Web.Audit;
using Waypoint.Web.Auth;
using Waypoint.Web.Features.Shared;

namespace Waypoint.Web.Features.People;

/// <summary>PPL-03: raise an alert that shows on every page about the person while it is active.</summary>
[Authorize(Policy = Policies.RaiseAlerts)]
public sealed class RaiseAlertModel(PersonRecords records) : PersonPartPage<AlertInput>(records)
{
    private AlertType? type;

    [BindProperty]
    public DateParts Start { get; set; } = new();

    [BindProperty]
    public DateParts End { get; set; } = new();

    protected override IReadOnlyDictionary<string, string> FieldKeys { get; } = new Dictionary<string, string> { ["startDate"] = nameof(Start), ["endDate"] = nameof(End) };

    public override void OnPageHandlerExecuting(Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutingContext context)
    {
        if (HttpMethods.IsGet(Request.Method) && Start.IsEmpty)
        {
            Start = DateParts.From(Records.Today);
        }
    }

    protected override Task<Validation> CheckAsync(Person person, CancellationToken ct)
    {
        Input.StartDate = Start.Read("Start date", out var startError);
        Input.EndDate = End.Read("End date", out var endError);
        var (parsed, v) = Input.Validate();
        type = parsed;
        return Task.FromResult(v.Replace("startDate", startError).Replace("endDate", endError));
    }

    protected override async Task<string> SaveAsync(Person person, CancellationToken ct)
    {
        var alert = await Records.RaiseAlertAsync(person, type!.Value, Input.Details!, Input.StartDate!.Value, Input.EndDate, Actor.From(User).UserName, ct);
        return $"{alert.Type.Label()} alert raised";
    }
}
