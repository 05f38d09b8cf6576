using Microsoft.AspNetCore.Mvc;
using Waypoint.Core.Common;
using Waypoint.Core.Orders;
using Waypoint.Web.Api;
using Waypoint.Web.Features.People;
using Waypoint.Web.Features.Policy;
using Waypoint.Web.Features.Shared;

namespace Waypoint.Web.Features.Orders;

/// <summary>PPL-04: a variation changes an order's dates; what they were and why is kept in its history.</summary>
public sealed class VaryOrderModel(OrderRecords orders, PersonRecords people, PolicyPacks packs) : OrderChangePage(orders, people, packs)
{
    [BindProperty]
    public DateParts SentenceDate { get; set; } = new();

    [BindProperty]
    public DateParts Start { get; set; } = new();

    [BindProperty]
    public DateParts SupervisionStart { get; set; } = new();

    [BindProperty]
    public DateParts Expiry { get; set; } = new();

    [BindProperty]
    public DateParts Eed { get; set; } = new();

    [BindProperty]
    public DateParts Edr { get; set; } = new();

    [BindProperty]
    public DateParts Srd { get; set; } = new();

    [BindProperty]
    public string? Reason { get; set; }

    private OrderDates? dates;

    protected override IReadOnlyDictionary<string, string> FieldKeys { get; } = new Dictionary<string, string>
    {
        ["dates.sentenceDate"] = nameof(SentenceDate), ["sentenceDate"] = nameof(SentenceDate), ["dates.start"] = nameof(Start), ["start"] = nameof(Start),
        ["dates.supervisionStart"] = nameof(SupervisionStart), ["supervisionStart"] = nameof(SupervisionStart), ["expiry"] = nameof(Expiry),
        ["earliestEligibilityDate"] = nameof(Eed), ["earliestDateOfRelease"] = nameof(Edr), ["statutoryReviewDate"] = nameof(Srd), ["dates.reason"] = nameof(Reason),
    };

    protected override Task PrepareAsync(CancellationToken ct)
    {
        if (Request.Method == HttpMethods.Get)
        {
            var d = Order.Dates;
            (SentenceDate, Start, SupervisionStart, Expiry) = (DateParts.From(d.SentenceDate), DateParts.From(d.Start), DateParts.From(d.SupervisionStart), DateParts.From(d.Expiry));
            (Eed, Edr, Srd) = (DateParts.From(d.EarliestEligibilityDate), DateParts.From(d.EarliestDateOfRelease), DateParts.From(d.StatutoryReviewDate));
        }
        return Task.CompletedTask;
    }

    protected override Task<Validation> CheckAsync(CancellationToken ct)
    {
        var v = new Validation().Required("reason", Reason, "why the dates changed, such as the court's variation", TextLimits.Long);
        var errors = new List<(string Key, string? Error)>();
        DateOnly? Read(DateParts parts, string key, string label)
        {
            var date = parts.Read(label, out var error);
            errors.Add((key, error));
            return date;
        }
        var input = new OrderDatesInput
        {
            SentenceDate = Read(SentenceDate, "dates.sentenceDate", "Sentence date"), Start = Read(Start, "dates.start", "Start date"),
            SupervisionStart = Read(SupervisionStart, "dates.supervisionStart", "Supervision start date"), Expiry = Read(Expiry, "expiry", "Expiry date"),
            EarliestEligibilityDate = Read(Eed, "earliestEligibilityDate", "EED"), EarliestDateOfRelease = Read(Edr, "earliestDateOfRelease", "EDR"),
            StatutoryReviewDate = Read(Srd, "statutoryReviewDate", "SRD"), Reason = Reason,
        };
        dates = input.Read(v, needsSupervisionStart: Order.Dates.SupervisionStart is not null);
        foreach (var (key, error) in errors)
        {
            v.Replace(key, error);
        }
        return Task.FromResult(v);
    }

    protected override async Task<string> SaveAsync(CancellationToken ct)
    {
        var before = Order.Version;
        await Orders.VaryAsync(Order, dates!, Reason!.Trim(), ct);
        return Order.Version == before ? "Nothing changed: the dates were the same" : $"{TypeName} varied";
    }
}
