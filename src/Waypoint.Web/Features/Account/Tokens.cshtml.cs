using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Waypoint.Core.Common;
using Waypoint.Web.Audit;
using Waypoint.Web.Auth;
using Waypoint.Web.Data;
using Waypoint.Web.Features.Shared;

namespace Waypoint.Web.Features.Account;

/// <summary>REC-07: a user's personal API tokens: created (shown once), listed, revoked. Open to every signed-in user.</summary>
public sealed class TokensModel(WaypointDbContext db, TimeProvider clock, AuditTrail audit) : WaypointPage
{
    public IReadOnlyList<ApiToken> Tokens { get; private set; } = [];

    public string? NewToken { get; private set; }

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Days { get; set; } = "90";

    public DateTimeOffset Now => clock.GetUtcNow();

    private string UserId => Actor.From(User).UserId;

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostCreateAsync()
    {
        ModelState.Clear();
        AddErrors(new Api.Validation().Required("name", Name, "a name for the token", TextLimits.Name), "");
        if (!int.TryParse(Days, NumberStyles.None, CultureInfo.InvariantCulture, out var days) || days < 1 || days > ApiTokens.MaxLifetimeDays)
        {
            ModelState.AddModelError(nameof(Days), $"Expiry must be a whole number of days between 1 and {ApiTokens.MaxLifetimeDays}");
        }
        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }
        var token = ApiTokens.Create();
        var stored = new ApiToken
        {
            Id = Guid.NewGuid(),
            UserId = UserId,
            Name = Name!.Trim(),
            Prefix = ApiTokens.Prefix(token),
            TokenHash = ApiTokens.Hash(token),
            CreatedAt = Now,
            ExpiresAt = Now.AddDays(days),
        };
        db.ApiTokens.Add(stored);
        audit.Record("api-token.created", "ApiToken", stored.Id.ToString(), null, details: new { stored.Name, expires = stored.ExpiresAt });
        await db.SaveChangesAsync();
        NewToken = token;
        Name = null;
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid tokenId)
    {
        var token = await db.ApiTokens.SingleOrDefaultAsync(t => t.Id == tokenId && t.UserId == UserId);
        if (token is null)
        {
            return NotFound();
        }
        if (token.RevokedAt is null)
        {
            token.RevokedAt = Now;
            audit.Record("api-token.revoked", "ApiToken", token.Id.ToString(), null);
            await db.SaveChangesAsync();
        }
        return RedirectToPage();
    }

    private async Task LoadAsync() =>
        Tokens = await db.ApiTokens.AsNoTracking().Where(t => t.UserId == UserId).OrderByDescending(t => t.CreatedAt).ToListAsync();
}
