using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Waypoint.Web.Features;

[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public string Title { get; private set; } = "Sorry, there is a problem with the service";

    public string Message { get; private set; } = "Try again later. Nothing you entered has been saved twice.";

    public void OnGet(int? code) => Describe(code);

    public void OnPost(int? code) => Describe(code);

    private void Describe(int? code)
    {
        if (code == 404)
        {
            Title = "Page not found";
            Message = "If you typed the web address, check it is correct. If you followed a link, the record may have been removed.";
        }
        else if (code is >= 400 and < 500)
        {
            Title = "The request could not be handled";
            Message = code == 429 ? "Too many attempts. Wait a minute, then try again." : "Go back and try again.";
        }
        if (code is >= 400 and < 600)
        {
            Response.StatusCode = code.Value;
        }
    }
}
