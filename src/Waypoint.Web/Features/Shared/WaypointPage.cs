using Microsoft.AspNetCore.Mvc.RazorPages;
using Waypoint.Core.Common;
using Waypoint.Web.Api;

namespace Waypoint.Web.Features.Shared;

/// <summary>Puts validation and rule errors into ModelState under the form's field names, for the error summary.</summary>
public abstract class WaypointPage : PageModel
{
    /// <summary>Fields whose form control is not named after the input property, such as a date shown as three boxes.</summary>
    protected virtual IReadOnlyDictionary<string, string> FieldKeys => new Dictionary<string, string>();

    protected void AddErrors(Validation validation, string prefix = "Input")
    {
        foreach (var (field, messages) in validation.Errors)
        {
            foreach (var message in messages)
            {
                ModelState.AddModelError(FieldKey(prefix, field), message);
            }
        }
    }

    protected void AddError(BusinessRuleViolation violation, string prefix = "Input") =>
        ModelState.AddModelError(violation.Rule.Field is { } f ? FieldKey(prefix, f) : "", violation.Message);

    private string FieldKey(string prefix, string field)
    {
        var camel = char.ToLowerInvariant(field[0]) + field[1..];
        if (FieldKeys.TryGetValue(camel, out var mapped))
        {
            return mapped;
        }
        var pascal = char.ToUpperInvariant(field[0]) + field[1..];
        return string.IsNullOrEmpty(prefix) ? pascal : $"{prefix}.{pascal}";
    }
}
