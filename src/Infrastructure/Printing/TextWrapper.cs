using SkiaSharp;

namespace OneStop.Infrastructure.Printing;

/// <summary>Greedy word wrap measured with the font that will draw the text.</summary>
internal static class TextWrapper
{
    /// <summary>
    /// Splits <paramref name="text"/> into lines no wider than <paramref name="width"/> (the first one
    /// no wider than <paramref name="firstLineWidth"/>, to leave room for a label). Explicit line breaks
    /// are kept; a word longer than a line is cut between characters.
    /// </summary>
    public static List<string> Wrap(string text, SKFont font, float width, float? firstLineWidth = null)
    {
        var lines = new List<string>();
        float Limit() => lines.Count == 0 ? firstLineWidth ?? width : width;

        foreach (var paragraph in text.ReplaceLineEndings("\n").Split('\n'))
        {
            var current = "";
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = current.Length == 0 ? word : current + " " + word;
                if (font.MeasureText(candidate) <= Limit())
                {
                    current = candidate;
                    continue;
                }
                if (current.Length > 0)
                {
                    lines.Add(current);
                }
                current = word;
                while (font.MeasureText(current) > Limit())
                {
                    // At least one character per line, or a very narrow column would loop forever.
                    var fit = Math.Clamp(font.BreakText(current, Limit()), 1, current.Length - 1);
                    lines.Add(current[..fit]);
                    current = current[fit..];
                }
            }
            lines.Add(current);
        }
        return lines;
    }
}
