using System.Globalization;
using System.Text.Json;
using Waypoint.Core.Assessments;
using Waypoint.Core.Policy;
using Waypoint.Web.Features.Shared;

namespace Waypoint.Web.Features.Assessments;

/// <summary>
/// An assessment's answers as the page's form holds them, read to and from the JSON kept with the assessment: item
/// checkboxes for the LSI-R and the screen (checked scores 1), the Static-99R's answers, the judged level of harm.
/// </summary>
public sealed class AssessmentForm
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Checked LSI-R items by subscale code: the 1-based numbers of the items that score 1.</summary>
    public Dictionary<string, int[]> Items { get; set; } = [];

    /// <summary>Checked items of the LSI-R: SV, 1-based.</summary>
    public int[] Screen { get; set; } = [];

    public DateParts ReleasedOn { get; set; } = new();

    /// <summary>The Static-99R's yes/no items by name, as "true" or "false".</summary>
    public Dictionary<string, string> YesNo { get; set; } = [];

    /// <summary>The Static-99R's counts by name.</summary>
    public Dictionary<string, string> Counts { get; set; } = [];

    public string? HarmLevel { get; set; }

    public static readonly (string Name, string Question)[] Static99RYesNo =
    [
        ("livedWithIntimatePartnerForTwoYears", "Ever lived with an intimate partner for two years or more"),
        ("indexNonSexualViolence", "Index non-sexual violence: any convictions"),
        ("priorNonSexualViolence", "Prior non-sexual violence: any convictions"),
        ("nonContactSexOffenceConvictions", "Any convictions for non-contact sex offences"),
        ("unrelatedVictims", "Any unrelated victims"),
        ("strangerVictims", "Any stranger victims"),
        ("maleVictims", "Any male victims"),
    ];

    public static readonly (string Name, string Question)[] Static99RCounts =
    [
        ("priorSexOffenceCharges", "Prior sex offences: number of charges"),
        ("priorSexOffenceConvictions", "Prior sex offences: number of convictions"),
        ("priorSentencingDates", "Prior sentencing dates, not counting the index offence"),
    ];

    public static AssessmentForm From(Assessment assessment, AssessmentDefinitions definitions)
    {
        var form = new AssessmentForm();
        using var document = JsonDocument.Parse(assessment.Answers);
        var root = document.RootElement;
        switch (assessment.Tool)
        {
            case AssessmentTool.LsiR:
                foreach (var subscale in definitions.LsiR.Subscales)
                {
                    var scores = root.EnumerateObject().FirstOrDefault(p => string.Equals(p.Name, subscale.Code, StringComparison.OrdinalIgnoreCase)).Value;
                    form.Items[subscale.Code] = scores.ValueKind == JsonValueKind.Array ? Checked(scores) : [];
                }
                break;
            case AssessmentTool.LsiRSv:
                form.Screen = root.TryGetProperty("items", out var items) && items.ValueKind == JsonValueKind.Array ? Checked(items) : [];
                break;
            case AssessmentTool.Static99R:
                var given = JsonSerializer.Deserialize<Static99RForm>(assessment.Answers, Json) ?? new Static99RForm();
                form.ReleasedOn = DateParts.From(given.ReleasedOn);
                foreach (var property in root.EnumerateObject())
                {
                    if (property.Value.ValueKind is JsonValueKind.True or JsonValueKind.False)
                    {
                        form.YesNo[property.Name] = property.Value.GetBoolean() ? "true" : "false";
                    }
                    else if (property.Value.ValueKind == JsonValueKind.Number)
                    {
                        form.Counts[property.Name] = property.Value.GetRawText();
                    }
                }
                break;
            default:
                form.HarmLevel = root.TryGetProperty("level", out var level) ? level.GetString() : null;
                break;
        }
        return form;
    }

    /// <summary>The answers as JSON for the tool; what cannot be read (a count that is not a number) is named in <paramref name="errors"/>.</summary>
    public string ToJson(AssessmentTool tool, AssessmentDefinitions definitions, List<(string Field, string Message)> errors)
    {
        switch (tool)
        {
            case AssessmentTool.LsiR:
                return JsonSerializer.Serialize(definitions.LsiR.Subscales.ToDictionary(
                    s => s.Code, s => Enumerable.Range(1, s.Items).Select(i => Items.GetValueOrDefault(s.Code)?.Contains(i) == true ? 1 : 0).ToArray()));
            case AssessmentTool.LsiRSv:
                return JsonSerializer.Serialize(new { items = Enumerable.Range(1, definitions.LsiRSv.Items).Select(i => Screen.Contains(i) ? 1 : 0).ToArray() });
            case AssessmentTool.Static99R:
                var answers = new Dictionary<string, object?>();
                if (ReleasedOn.Read("The date of release", out var dateError) is { } released)
                {
                    answers["releasedOn"] = released.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                }
                if (dateError is not null)
                {
                    errors.Add(("answers.releasedOn", dateError));
                }
                foreach (var (name, _) in Static99RYesNo)
                {
                    if (YesNo.GetValueOrDefault(name) is "true" or "false")
                    {
                        answers[name] = YesNo[name] == "true";
                    }
                }
                foreach (var (name, question) in Static99RCounts)
                {
                    var text = Counts.GetValueOrDefault(name);
                    if (string.IsNullOrWhiteSpace(text))
                    {
                        continue;
                    }
                    if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count <= 99)
                    {
                        answers[name] = count;
                    }
                    else
                    {
                        errors.Add(($"answers.{name}", $"{question} must be a whole number from 0 to 99"));
                    }
                }
                return JsonSerializer.Serialize(answers);
            default:
                return JsonSerializer.Serialize(new { level = HarmLevel });
        }
    }

    private static int[] Checked(JsonElement scores) =>
        scores.EnumerateArray().Select((s, i) => (s, i)).Where(x => x.s.ValueKind == JsonValueKind.Number && x.s.GetInt32() == 1).Select(x => x.i + 1).ToArray();

    /// <summary>The form control an answer's problem points at, for the error summary's link.</summary>
    public static string ControlFor(string field) => field switch
    {
        "answers.releasedOn" => "Form.ReleasedOn",
        "answers.items" => "Form.Screen",
        "answers.level" => "Form.HarmLevel",
        "rationale" => "Rationale",
        "assessedOn" => "AssessedOn",
        _ when field.StartsWith("answers.", StringComparison.Ordinal) && Static99RCounts.Any(c => c.Name == field[8..]) => $"Form.Counts.{field[8..]}",
        _ when field.StartsWith("answers.", StringComparison.Ordinal) && Static99RYesNo.Any(c => c.Name == field[8..]) => $"Form.YesNo.{field[8..]}",
        _ when field.StartsWith("answers.", StringComparison.Ordinal) => $"Form.Items.{field[8..]}",
        _ => field,
    };
}
