using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;
using Waypoint.Web.Features.Shared;

namespace Waypoint.Web.Features.Documents;

/// <summary>
/// The documents Waypoint generates (plans for signing, warning letters, breach packs): A4 pages of wrapped text in the
/// DejaVu Sans typeface the front-end build copies from npm, drawn with PDFsharp, a new page whenever one is full.
/// </summary>
public sealed class PdfPages : IDisposable
{
    private const double Margin = 50, Width = 595 - 2 * Margin, Bottom = 842 - Margin;

    private readonly PdfDocument document = new();
    private XGraphics? graphics;
    private double y = Bottom;

    private PdfPages(string title)
    {
        document.Info.Title = title;
        document.Info.Author = "Waypoint";
    }

    /// <summary>A new document, or null when the typeface is missing (the app was built without its front end).</summary>
    public static PdfPages? Start(string contentRoot, string title) => TypefaceFiles.TryRegister(contentRoot) ? new PdfPages(title) : null;

    public byte[] Save()
    {
        using var stream = new MemoryStream();
        graphics?.Dispose();
        graphics = null;
        document.Save(stream);
        return stream.ToArray();
    }

    public void Dispose()
    {
        graphics?.Dispose();
        document.Dispose();
    }

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
