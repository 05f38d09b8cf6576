using Waypoint.Core.Enforcement;
using Waypoint.Core.People;
using Waypoint.Web.Features.Documents;
using Waypoint.Web.Features.Shared;

namespace Waypoint.Web.Features.Enforcement;

/// <summary>ENF-03, BYD-01: the warning letter, written from the warning as recorded; nothing is typed twice.</summary>
public static class WarningLetter
{
    /// <summary>The PDF, or null when the typeface is missing (the app was built without its front end).</summary>
    public static byte[]? Render(FormalWarning warning, Person person, string orderType, string contentRoot)
    {
        using var page = PdfPages.Start(contentRoot, $"Formal warning, {person.OffenderNumber}, {Display.Date(warning.GivenOn)}");
        if (page is null)
        {
            return null;
        }
        page.Text(Display.Date(warning.GivenOn));
        page.Gap();
        page.Text($"{person.FullName} ({person.OffenderNumber})", bold: true);
        page.Heading($"Formal warning: {orderType}", 16);
        page.Text($"Dear {person.FullName},");
        page.Gap();
        page.Text("You are formally warned that you have not complied with your order.");
        page.Gap();
        page.Text("What this warning is for", bold: true);
        page.Text(warning.Reason);
        page.Gap();
        page.Text("What may happen next", bold: true);
        page.Text(warning.Consequences);
        page.Gap();
        page.Text("If you do not understand this letter, or there is something your officer should know, contact your officer as soon as you can.");
        page.Gap();
        page.Signature("Officer", warning.IssuedByName, warning.GivenOn);
        return page.Save();
    }
}
