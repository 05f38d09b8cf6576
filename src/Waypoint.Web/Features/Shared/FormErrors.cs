using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Waypoint.Web.Features.Shared;

/// <summary>GOV.UK error patterns for a field: the group's error class and the message above the input.</summary>
public static class FormErrors
{
    public static bool HasError(this IHtmlHelper html, string key) =>
        html.ViewData.ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0;

    public static string GroupClass(this IHtmlHelper html, string key) =>
        html.HasError(key) ? "govuk-form-group govuk-form-group--error" : "govuk-form-group";

    public static string InputClass(this IHtmlHelper html, string key, string baseClass = "govuk-input") =>
        html.HasError(key) ? $"{baseClass} {baseClass}--error" : baseClass;

    public static IHtmlContent FieldError(this IHtmlHelper html, string key)
    {
        if (!html.ViewData.ModelState.TryGetValue(key, out var entry) || entry.Errors.Count == 0)
        {
            return HtmlString.Empty;
        }
        var id = key.Replace('.', '_') + "-error";
        var message = HtmlEncoder.Default.Encode(entry.Errors[0].ErrorMessage);
        return new HtmlString($"<p id=\"{id}\" class=\"govuk-error-message\"><span class=\"govuk-visually-hidden\">Error:</span> {message}</p>");
    }
}
