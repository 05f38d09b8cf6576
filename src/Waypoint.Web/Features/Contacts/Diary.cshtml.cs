using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Waypoint.Web.Audit;
using Waypoint.Web.Auth;
using Waypoint.Web.Features.Shared;

namespace Waypoint.Web.Features.Contacts;

/// <summary>CON-02, BYD-05: the officer's diary, a day or a week (Monday to Sunday), each appointment one tap from its outcome.</summary>
[Authorize(Policy = Policies.KeepContacts)]
public sealed class DiaryModel(Diaries diaries, DiaryFeeds feeds) : WaypointPage
{
    [BindProperty(SupportsGet = true)]
    public string? View { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? On { get; set; }

    public bool IsWeek => View != "day";

    public DateOnly Day { get; private set; }

    public DateOnly From { get; private set; }

    public DateOnly To { get; private set; }

    public DateOnly Today => diaries.Today;

    public IReadOnlyList<DiaryEntry> Entries { get; private set; } = [];

    /// <summary>The user's calendar feed, if one is on.</summary>
    public Data.DiaryFeed? Feed { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Day = DateOnly.TryParseExact(On, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : diaries.Today;
        (From, To) = IsWeek ? (Day.AddDays(-(((int)Day.DayOfWeek + 6) % 7)), Day.AddDays(6 - (((int)Day.DayOfWeek + 6) % 7))) : (Day, Day);
        Entries = await diaries.ForAsync(Actor.From(User).UserId, From, To, ct);
        Feed = await feeds.ActiveAsync(User, ct);
    }

    /// <summary>A new feed address, shown once; any earlier address stops working.</summary>
    public async Task<IActionResult> OnPostFeedAsync(CancellationToken ct)
    {
        var token = await feeds.CreateAsync(User, ct);
        TempData["FeedUrl"] = DiaryFeeds.Url(Request, token);
        return Redirect("/Diary#calendar-feed");
    }

    public async Task<IActionResult> OnPostRevokeAsync(CancellationToken ct)
    {
        await feeds.RevokeAsync(User, ct);
        TempData["Notice"] = "Calendar feed turned off: its address no longer works";
        return Redirect("/Diary#calendar-feed");
    }

    public string Link(string view, DateOnly on) => $"/Diary?View={view}&On={on:yyyy-MM-dd}";
}
