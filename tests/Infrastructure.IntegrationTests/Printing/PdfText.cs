using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace OneStop.Infrastructure.IntegrationTests.Printing;

/// <summary>
/// Just enough PDF reading to check what SkiaSharp wrote: inflates the object streams, reads each
/// font's ToUnicode CMap, and maps the glyph ids shown by Tj/TJ back to text, one line per BT…ET.
/// Not a general PDF parser: it relies on Skia's plain layout (no object streams, Identity-H fonts).
/// </summary>
internal static partial class PdfText
{
    public static string Latin1(byte[] pdf) => Encoding.Latin1.GetString(pdf);

    /// <summary>Every ToUnicode CMap in the document, keyed by font resource name ("F3").</summary>
    public static Dictionary<string, Dictionary<int, string>> FontMaps(byte[] pdf)
    {
        var objects = Objects(pdf);
        var cmapByFontObject = new Dictionary<int, Dictionary<int, string>>();
        foreach (var (number, (dictionary, _)) in objects)
        {
            var toUnicode = ToUnicodeRef().Match(dictionary);
            if (toUnicode.Success)
            {
                cmapByFontObject[number] = ParseCMap(objects[int.Parse(toUnicode.Groups[1].Value)].Stream);
            }
        }
        var maps = new Dictionary<string, Dictionary<int, string>>();
        foreach (Match fonts in FontResources().Matches(Latin1(pdf)))
        {
            foreach (Match entry in NameRef().Matches(fonts.Groups[1].Value))
            {
                if (cmapByFontObject.TryGetValue(int.Parse(entry.Groups[2].Value), out var cmap))
                {
                    maps[entry.Groups[1].Value] = cmap;
                }
            }
        }
        return maps;
    }

    /// <summary>The text of all pages: one line per text object, in drawing order.</summary>
    public static string Extract(byte[] pdf)
    {
        var maps = FontMaps(pdf);
        var text = new StringBuilder();
        foreach (var (_, (_, stream)) in Objects(pdf).OrderBy(o => o.Key))
        {
            var content = Latin1(stream);
            if (!content.Contains(" Tf", StringComparison.Ordinal))
            {
                continue;
            }
            Dictionary<int, string>? cmap = null;
            foreach (Match token in ContentToken().Matches(content))
            {
                if (token.Groups["font"].Success)
                {
                    cmap = maps.GetValueOrDefault(token.Groups["font"].Value);
                }
                else if (token.Groups["hex"].Success && cmap is not null)
                {
                    var hex = Regex.Replace(token.Groups["hex"].Value, @"\s", "");
                    for (var i = 0; i + 4 <= hex.Length; i += 4)
                    {
                        text.Append(cmap.GetValueOrDefault(Convert.ToInt32(hex.Substring(i, 4), 16), "\uFFFD"));
                    }
                }
                else if (token.Value == "ET")
                {
                    text.Append('\n');
                }
            }
        }
        return text.ToString();
    }

    private static Dictionary<int, (string Dictionary, byte[] Stream)> Objects(byte[] pdf)
    {
        var result = new Dictionary<int, (string, byte[])>();
        var latin1 = Latin1(pdf);
        foreach (Match obj in ObjectHeader().Matches(latin1))
        {
            var start = obj.Index + obj.Length;
            var end = latin1.IndexOf("endobj", start, StringComparison.Ordinal);
            var body = latin1[start..end];
            var streamAt = body.IndexOf("stream", StringComparison.Ordinal);
            var length = LengthEntry().Match(body);
            if (streamAt < 0 || !length.Success)
            {
                result[int.Parse(obj.Groups[1].Value)] = (body, []);
                continue;
            }
            var dataStart = start + streamAt + "stream".Length;
            dataStart += pdf[dataStart] == '\r' ? 2 : 1;
            var data = pdf.AsSpan(dataStart, int.Parse(length.Groups[1].Value)).ToArray();
            if (body[..streamAt].Contains("/FlateDecode", StringComparison.Ordinal))
            {
                using var inflater = new ZLibStream(new MemoryStream(data), CompressionMode.Decompress);
                using var inflated = new MemoryStream();
                inflater.CopyTo(inflated);
                data = inflated.ToArray();
            }
            result[int.Parse(obj.Groups[1].Value)] = (body[..streamAt], data);
        }
        return result;
    }

    // bfchar: <glyph> <utf16>; bfrange: <first> <last> <utf16> (consecutive) or [<utf16> …].
    private static Dictionary<int, string> ParseCMap(byte[] stream)
    {
        var cmap = new Dictionary<int, string>();
        var text = Latin1(stream);
        foreach (Match block in BfCharBlock().Matches(text))
        {
            foreach (Match pair in HexPair().Matches(block.Groups[1].Value))
            {
                cmap[Convert.ToInt32(pair.Groups[1].Value, 16)] = Utf16(pair.Groups[2].Value);
            }
        }
        foreach (Match block in BfRangeBlock().Matches(text))
        {
            foreach (Match range in HexRange().Matches(block.Groups[1].Value))
            {
                var first = Convert.ToInt32(range.Groups[1].Value, 16);
                var last = Convert.ToInt32(range.Groups[2].Value, 16);
                if (range.Groups[3].Success)
                {
                    var target = Utf16(range.Groups[3].Value);
                    for (var glyph = first; glyph <= last; glyph++)
                    {
                        cmap[glyph] = target[..^1] + (char)(target[^1] + glyph - first);
                    }
                }
                else
                {
                    var targets = HexString().Matches(range.Groups[4].Value);
                    for (var i = 0; i < targets.Count; i++)
                    {
                        cmap[first + i] = Utf16(targets[i].Groups[1].Value);
                    }
                }
            }
        }
        return cmap;
    }

    private static string Utf16(string hex) => Encoding.BigEndianUnicode.GetString(Convert.FromHexString(hex));

    [GeneratedRegex(@"(\d+) 0 obj\b")]
    private static partial Regex ObjectHeader();

    [GeneratedRegex(@"/Length (\d+)\b(?! 0 R)")]
    private static partial Regex LengthEntry();

    [GeneratedRegex(@"/ToUnicode (\d+) 0 R")]
    private static partial Regex ToUnicodeRef();

    [GeneratedRegex(@"/Font\s*<<(.*?)>>", RegexOptions.Singleline)]
    private static partial Regex FontResources();

    [GeneratedRegex(@"/(\w+)\s+(\d+) 0 R")]
    private static partial Regex NameRef();

    [GeneratedRegex(@"/(?<font>\w+)\s+[\d.]+\s+Tf|<(?<hex>[0-9A-Fa-f\s]*)>|\bET\b")]
    private static partial Regex ContentToken();

    [GeneratedRegex(@"beginbfchar(.*?)endbfchar", RegexOptions.Singleline)]
    private static partial Regex BfCharBlock();

    [GeneratedRegex(@"beginbfrange(.*?)endbfrange", RegexOptions.Singleline)]
    private static partial Regex BfRangeBlock();

    [GeneratedRegex(@"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>")]
    private static partial Regex HexPair();

    [GeneratedRegex(@"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(?:<([0-9A-Fa-f]+)>|\[([^\]]*)\])")]
    private static partial Regex HexRange();

    [GeneratedRegex(@"<([0-9A-Fa-f]+)>")]
    private static partial Regex HexString();
}
