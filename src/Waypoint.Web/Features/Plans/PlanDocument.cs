using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;
using Waypoint.Core.People;
using Waypoint.Core.Plans;
using Waypoint.Web.Features.Shared;

namespace Waypoint.Web.Features.Plans;

/// <summary>
/// PLN-07: a plan version as a PDF for signing: what the printed page shows, with lines for the team leader's, the
/// officer's and the person's signatures (filled in where they have signed). Drawn with PDFsharp in the DejaVu Sans
/// typeface the front-end build copies from npm.
/// </summary>
public static class PlanDocument
{
    private const double Margin = 50, Width = 595 - 2 * Margin, Bottom = 842 - Margin;

    /// <summary>The PDF, or null when the typeface is missing (the app was built without its front end).</summary>
    public static byte[]? Render(CaseManagementPlan plan, PlanContext? context, Person person, string contentRoot)
    {
        if (!TypefaceFiles.TryRegister(contentRoot))
        {
            return null;
        }
        using var document = new PdfDocument();
        document.Info.Title = $"Case Management Plan: {PlanNames.Version(plan)}, {person.OffenderNumber}";
        document.Info.Author = "Waypoint";
        var page = new Writer(document);
        page.Heading($"Case Management Plan: {PlanNames.Version(plan)}", 16);
        page.Text($"{person.FullName}, {person.OffenderNumber}, born {Display.Date(person.DateOfBirth)}");
        page.Text($"Status: {PlanNames.Status(plan)}. Written by {plan.AuthorName}.");
        page.Gap();

        string Name(string code) => context?.DomainName(code) ?? code;
        page.Heading("Risk domains", 12);
        foreach (var d in (context?.RiskDomains ?? []).Union(plan.DomainPriorities.Keys))
        {
            var by = plan.Interventions.Select((i, n) => (i, n)).Where(x => x.i.Domains.Contains(d)).Select(x => $"intervention {x.n + 1}").ToList();
            page.Text($"{Name(d)}: priority {(plan.DomainPriorities.TryGetValue(d, out var p) ? p.ToString().ToLowerInvariant() : "not given")}; addressed by {(by.Count == 0 ? "nothing yet" : string.Join(", ", by))}");
        }
        page.Heading("Interventions", 12);
        for (var n = 0; n < plan.Interventions.Count; n++)
        {
            var i = plan.Interventions[n];
            page.Text($"{n + 1}. {i.What}", bold: true);
            page.Text($"Measured by: {i.HowMeasured}");
            page.Text($"Responsible: {i.Responsible}. Target date: {Display.Date(i.TargetDate)}. Priority {i.Priority.ToString().ToLowerInvariant()}, {PlanNames.Horizon(i.Horizon)}. Status: {PlanNames.Status(i.Status).ToLowerInvariant()}.");
            page.Text($"Domains: {string.Join(", ", i.Domains.Select(Name))}");
            if (i.StartsAfter is { } after)
            {
                page.Text($"Starts after intervention {plan.Interventions.ToList().FindIndex(x => x.Id == after) + 1} completes");
            }
            page.Optional("Responsivity", i.Responsivity);
            page.Optional("Builds on", i.BuildsOn);
            page.Gap();
        }
        page.Heading("The person's part", 12);
        page.Optional("Their views", plan.Engagement.PersonsViews);
        page.Optional("How the plan was agreed", plan.Engagement.AgreementDiscussion);
        page.Text($"Consequences of not complying explained: {(plan.Engagement.ConsequencesExplained ? "yes" : "not yet")}");
        page.Heading("Responsivity, risks and conditions", 12);
        page.Optional("Responsivity", plan.Content.Responsivity);
        page.Optional("Risks to others and strategies", plan.Content.RisksAndStrategies);
        page.Optional("Alerts and court-ordered conditions", plan.Content.AlertsAndConditions);
        if (plan.Review is { } review)
        {
            page.Heading("Review findings", 12);
            page.Text($"Still relevant: {PlanNames.Answer(review.StillRelevant)}. Being met: {PlanNames.Answer(review.BeingMet)}.");
            page.Optional("Overall compliance", review.OverallCompliance);
        }
        page.Heading("Signatures", 12);
        page.Signature("Team leader", plan.ApprovedBy, plan.ApprovedOn);
        page.Signature("Officer", plan.AuthorName, plan.OfficerSignedOn);
        page.Signature("Person", person.FullName, plan.PersonSignedOn);
        using var stream = new MemoryStream();
        document.Save(stream);
        return stream.ToArray();
    }

    /// <summary>Lays text down the page, wrapping words and starting a new page when one is full.</summary>
    private sealed class Writer(PdfDocument document)
    {
        private XGraphics? graphics;
        private double y = Bottom;

        public void Heading(string text, double size)
        {
            Gap();
            Text(text, bold: true, size: size);
        }

        public void Gap() => y += 6;

        public void Optional(string label, string? text)
        {
            if (!string.IsNullOrWhiteSpace(text))
            {
                Text($"{label}: {text}");
            }
        }

        public void Signature(string role, string? name, DateOnly? on)
        {
            Text(on is { } signed ? $"{role}: {name}, signed {Display.Date(signed)}" : $"{role}: {name}");
            var g = Room(30);
            g.DrawLine(XPens.Black, Margin, y + 20, Margin + 250, y + 20);
            g.DrawString("Signature and date", new XFont(TypefaceFiles.Family, 7), XBrushes.Gray, Margin, y + 29);
            y += 36;
        }

        public void Text(string text, bool bold = false, double size = 9.5)
        {
            var font = new XFont(TypefaceFiles.Family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular);
            var height = size * 1.35;
            foreach (var paragraph in text.Replace("\r", "").Split('\n'))
            {
                foreach (var line in Wrap(paragraph, font))
                {
                    Room(height).DrawString(line, font, XBrushes.Black, new XRect(Margin, y, Width, height), XStringFormats.TopLeft);
                    y += height;
                }
            }
        }

        private IEnumerable<string> Wrap(string paragraph, XFont font)
        {
            var measure = Room(0);
            var line = "";
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var longer = line.Length == 0 ? word : $"{line} {word}";
                if (line.Length > 0 && measure.MeasureString(longer, font).Width > Width)
                {
                    yield return line;
                    longer = word;
                }
                line = longer;
            }
            yield return line;
        }

        private XGraphics Room(double height)
        {
            if (graphics is null || y + height > Bottom)
            {
                graphics?.Dispose();
                graphics = XGraphics.FromPdfPage(document.AddPage());
                y = Margin;
            }
            return graphics;
        }
    }

    /// <summary>Serves DejaVu Sans to PDFsharp from the fonts folder; registered once for the process.</summary>
    private sealed class TypefaceFiles(string folder) : IFontResolver
    {
        public const string Family = "DejaVu Sans";
        private static readonly Lock Gate = new();
        private static bool registered;

        public static bool TryRegister(string contentRoot)
        {
            lock (Gate)
            {
                if (registered)
                {
                    return true;
                }
                var folder = new[] { Path.Combine(contentRoot, "fonts"), Path.Combine(AppContext.BaseDirectory, "fonts") }
                    .FirstOrDefault(f => File.Exists(Path.Combine(f, "DejaVuSans.ttf")) && File.Exists(Path.Combine(f, "DejaVuSans-Bold.ttf")));
                if (folder is null)
                {
                    return false;
                }
                GlobalFontSettings.FontResolver = new TypefaceFiles(folder);
                return registered = true;
            }
        }

        public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
            new(bold ? "DejaVuSans-Bold" : "DejaVuSans");

        public byte[]? GetFont(string faceName) => File.ReadAllBytes(Path.Combine(folder, $"{faceName}.ttf"));
    }
}
