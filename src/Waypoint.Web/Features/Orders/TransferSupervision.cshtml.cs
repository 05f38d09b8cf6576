using Microsoft.AspNetCore.Mvc;
using Waypoint.Core.Common;
using Waypoint.Core.Staff;
using Waypoint.Web.Api;
using Waypoint.Web.Features.People;
using Waypoint.Web.Features.Policy;

namespace Waypoint.Web.Features.Orders;

/// <summary>REC-05: a community order's supervision moves to another office; its staff gain the person, the old office's lose them.</summary>
public sealed class TransferSupervisionModel(OrderRecords orders, PersonRecords people, PolicyPacks packs, Auth.PersonAccess access) : OrderChangePage(orders, people, packs)
{
    private readonly PolicyPacks packs = packs;
    private IReadOnlyList<Site> sites = [];

    public IReadOnlyList<Site> Offices => sites.Where(s => s.Kind == SiteKind.CommunityOffice && s.Id != Order.SupervisingSiteId).ToList();

    public string? CurrentOffice => sites.FirstOrDefault(s => s.Id == Order.SupervisingSiteId)?.Name;

    [BindProperty]
    public Guid? SiteId { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    protected override async Task PrepareAsync(CancellationToken ct) => sites = await Orders.SitesAsync(ct);

    protected override Task<Validation> CheckAsync(CancellationToken ct)
    {
        var v = new Validation().Required("reason", Reason, "the reason for the transfer", TextLimits.Long);
        if (SiteId is not { } siteId)
        {
            v.Add("siteId", "Choose the office that will supervise the order");
        }
        else if (SupervisingOffice.Check(siteId, Order.OrderType, packs, sites) is { } problem)
        {
            v.Add("siteId", problem);
        }
        return Task.FromResult(v);
    }

    protected override async Task<string> SaveAsync(CancellationToken ct)
    {
        await Orders.TransferSupervisionAsync(Order, SiteId!.Value, Reason!, ct);
        return $"Supervision transferred to {sites.First(s => s.Id == SiteId).Name}";
    }

    /// <summary>Someone who no longer sees the person after the transfer goes back to search, not to a "not found".</summary>
    protected override async Task<string> NextPageAsync(CancellationToken ct) =>
        await access.CheckAsync(Order.PersonId, ct) == Auth.PersonVisibility.Visible ? $"/People/{Order.PersonId}/Sentence" : "/People";
}
