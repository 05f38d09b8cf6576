using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Waypoint.Core.Common;
using Waypoint.Core.People;
using Waypoint.Core.Policy;
using Waypoint.Web.Api;
using Waypoint.Web.Auth;
using Waypoint.Web.Features.People;
using Waypoint.Web.Features.Policy;
using Waypoint.Web.Features.Shared;

namespace Waypoint.Web.Features.Orders;

/// <summary>PPL-04: record an order or sentence; its type comes from a policy pack.</summary>
[Authorize(Policy = Policies.KeepOrders)]
public sealed class AddOrderModel(PersonRecords people, OrderRecords orders, PolicyPacks packs, PersonAccess access) : WaypointPage
{
    public Person? Person { get; private set; }

    /// <summary>The community offices that may supervise an order (REC-05).</summary>
    public IReadOnlyList<Core.Staff.Site> Offices { get; private set; } = [];

    [BindProperty]
    public Guid? SupervisingSiteId { get; set; }

    public IReadOnlyList<PolicyPack> Packs => packs.All;

    [BindProperty]
    public string? Type { get; set; }

    [BindProperty]
    public string? IssuingAuthority { get; set; }

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

    protected override IReadOnlyDictionary<string, string> FieldKeys { get; } = new Dictionary<string, string>
    {
        ["policyPack"] = nameof(Type), ["orderType"] = nameof(Type), ["issuingAuthority"] = nameof(IssuingAuthority),
        ["dates.sentenceDate"] = nameof(SentenceDate), ["sentenceDate"] = nameof(SentenceDate),
        ["dates.start"] = nameof(Start), ["start"] = nameof(Start),
        ["dates.supervisionStart"] = nameof(SupervisionStart), ["supervisionStart"] = nameof(SupervisionStart),
        ["supervisingSiteId"] = nameof(SupervisingSiteId), ["expiry"] = nameof(Expiry), ["earliestEligibilityDate"] = nameof(Eed), ["earliestDateOfRelease"] = nameof(Edr), ["statutoryReviewDate"] = nameof(Srd),
    };

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        Person = await people.ViewAsync(id, "add order page", ct);
        await LoadOfficesAsync(ct);
        // Most orders are supervised where the officer recording them works.
        var mine = (await access.ScopeAsync(ct)).SiteIds;
        SupervisingSiteId = Offices.FirstOrDefault(o => mine.Contains(o.Id))?.Id;
        return Person is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        Person = await people.FindAsync(id, ct);
        if (Person is null)
        {
            return NotFound();
        }
        ModelState.Clear();
        var dates = new OrderDatesInput
        {
            SentenceDate = Read(SentenceDate, nameof(SentenceDate), "Sentence date"),
            Start = Read(Start, nameof(Start), "Start date"),
            SupervisionStart = Read(SupervisionStart, nameof(SupervisionStart), "Supervision start date"),
            Expiry = Read(Expiry, nameof(Expiry), "Expiry date"),
            EarliestEligibilityDate = Read(Eed, nameof(Eed), "EED"),
            EarliestDateOfRelease = Read(Edr, nameof(Edr), "EDR"),
            StatutoryReviewDate = Read(Srd, nameof(Srd), "SRD"),
        };
        var parts = (Type ?? "").Split(':', 2);
        var input = new OrderInput { PolicyPack = parts[0], OrderType = parts.Length > 1 ? parts[1] : null, IssuingAuthority = IssuingAuthority, Dates = dates, SupervisingSiteId = SupervisingSiteId };
        var (type, orderDates, v) = input.Validate(packs, await LoadOfficesAsync(ct));
        if (string.IsNullOrEmpty(Type))
        {
            v = new Validation().Add("orderType", "Choose the order or sentence type");
        }
        foreach (var (field, messages) in v.Errors)
        {
            var key = FieldKeys.GetValueOrDefault(field, field);
            if (!ModelState.ContainsKey(key))
            {
                ModelState.AddModelError(key, messages[0]);
            }
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        try
        {
            await orders.MakeAsync(id, input.PolicyPack!, type!, IssuingAuthority!, orderDates!, SupervisingSiteId, ct);
        }
        catch (BusinessRuleViolation violation)
        {
            AddError(violation, "");
            return Page();
        }
        TempData["Notice"] = $"{type!.Name} added";
        return Redirect($"/People/{id}/Sentence");
    }

    private async Task<IReadOnlyList<Core.Staff.Site>> LoadOfficesAsync(CancellationToken ct)
    {
        var sites = await orders.SitesAsync(ct);
        Offices = sites.Where(s => s.Kind == Core.Staff.SiteKind.CommunityOffice).ToList();
        return sites;
    }

    private DateOnly? Read(DateParts parts, string field, string label)
    {
        var date = parts.Read(label, out var error);
        if (error is not null)
        {
            ModelState.AddModelError(field, error);
        }
        return date;
    }
}
