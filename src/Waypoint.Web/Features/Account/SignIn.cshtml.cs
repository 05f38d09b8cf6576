using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Waypoint.Web.Data;
using Waypoint.Web.Features.Shared;

namespace Waypoint.Web.Features.Account;

/// <summary>REC-07: local sign-in with lockout after repeated failures; the page is rate-limited per address.</summary>
public sealed class SignInModel(SignInManager<WaypointUser> signIn, UserManager<WaypointUser> users, TimeProvider clock, ILogger<SignInModel> log) : WaypointPage
{
    [BindProperty]
    public string? UserName { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(UserName))
        {
            ModelState.AddModelError(nameof(UserName), "Enter your user name");
        }
        if (string.IsNullOrEmpty(Password))
        {
            ModelState.AddModelError(nameof(Password), "Enter your password");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var user = await users.FindByNameAsync(UserName!.Trim());
        if (user?.AccessExpiresAt is { } expires && expires <= clock.GetUtcNow())
        {
            ModelState.AddModelError(nameof(UserName), "Your access has expired. Ask an administrator to extend it.");
            return Page();
        }
        var result = await signIn.PasswordSignInAsync(UserName.Trim(), Password!, isPersistent: false, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            log.LogWarning("Sign-in refused: account locked");
            ModelState.AddModelError(nameof(UserName), "This account is locked after too many failed attempts. Try again in 15 minutes or ask an administrator.");
            return Page();
        }
        if (!result.Succeeded)
        {
            log.LogInformation("Sign-in failed");
            ModelState.AddModelError(nameof(UserName), "The user name or password is not right");
            return Page();
        }
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
    }
}
