using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Waypoint.Core.People;
using Waypoint.Web.Api;
using Waypoint.Web.Auth;
using Waypoint.Web.Features.Shared;

namespace Waypoint.Web.Features.People;

/// <summary>PPL-03: end an alert; it stays on the record as history.</summary>
[Authorize(Policy = Policies.RaiseAlerts)]
public sealed class EndAlertModel(PersonRecords records) : PersonPartPage<EndAlertInput>(records)
{
    [BindProperty(SupportsGet = true)]
    public Guid AlertId { get; set; }

    [BindProperty]
    public DateParts EndDate { get; set; } = new();

    public Alert? Alert => Person?.Alerts.SingleOrDefault(a => a.Id == AlertId);

    protected override IReadOnlyDictionary<string, string> FieldKeys { get; } = new Dictionary<string, string> { ["endDate"] = nameof(EndDate) };

    public override void OnPageHandlerExecuting(Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutingContext context)
    {
        if (HttpMethods.IsGet(Request.Method) && EndDate.IsEmpty)
        {
            EndDate = DateParts.From(Records.Today);
        }
    }

    protected override Task<Validation> CheckAsync(Person person, CancellationToken ct)
    {
        Input.EndDate = EndDate.Read("End date", out var error);
        var v = new Validation().Optional("reason", Input.Reason, "reason", Core.Common.TextLimits.Long);
        if (error is not null)
        {
            v.Add("endDate", error);
        }
        else if (Input.EndDate is null)
        {
            v.Add("endDate", "Enter the date the alert ends");
        }
        return Task.FromResult(v);
    }

    protected override async Task<string> SaveAsync(Person person, CancellationToken ct)
    {
        var alert = await Records.EndAlertAsync(person, AlertId, Input.EndDate!.Value, Input.Reason, ct);
        return $"{alert.Type.Label()} alert ends on {Display.Date(alert.EndDate)}";
    }
}
