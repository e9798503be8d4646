using System.Text;
using OneStop.Application.Common.Printing;
using SkiaSharp;

namespace OneStop.Infrastructure.Printing;

/// <summary>
/// Lays one form out on A4 pages of an <see cref="SKDocument"/>, top to bottom, starting a new page
/// whenever the next block would cross the bottom margin. One instance per rendering: it holds the
/// cursor and the fonts, which are not safe to share between threads.
/// </summary>
internal sealed class FormPageWriter : IDisposable
{
    private const float PageWidth = 595f;   // A4 in PDF points
    private const float PageHeight = 842f;
    private const float Margin = 50f;
    private const float Left = Margin;
    private const float Right = PageWidth - Margin;
    private const float Bottom = PageHeight - Margin;
    private const float ContentWidth = Right - Left;
    private const float LineSpacing = 1.35f;
    private const float CellPadding = 4f;
    private const float QrSize = 84f;
    private const float QrCaptionGap = 10f;   // about the 4-module quiet zone scanners expect
    private const float QrColumnWidth = 150f;
    private const float SignatureColumnWidth = 250f;
    private const float SignatureSpace = 56f;

    private const string Nation = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    private const string Motto = "Độc lập - Tự do - Hạnh phúc";

    private readonly SKDocument _document;
    private readonly SKFont _smallItalic;
    private readonly SKFont _header;
    private readonly SKFont _title;
    private readonly SKFont _body;
    private readonly SKFont _bodyBold;
    private readonly SKFont _bodyItalic;
    private readonly SKFont _cell;
    private readonly SKFont _cellBold;
    private readonly SKPaint _ink = new() { Color = SKColors.Black, IsAntialias = true, Style = SKPaintStyle.Fill };
    private readonly SKPaint _rule = new() { Color = SKColors.Black, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 0.6f };
    private readonly SKPaint _headerFill = new() { Color = new SKColor(0xEE, 0xEE, 0xEE), Style = SKPaintStyle.Fill };

    private SKCanvas? _canvas;
    private float _y;

    public FormPageWriter(SKDocument document, SKTypeface regular, SKTypeface bold)
    {
        _document = document;
        _smallItalic = Italic(new SKFont(regular, 8.5f));
        _header = new SKFont(bold, 10f);
        _title = new SKFont(bold, 13f);
        _body = new SKFont(regular, 11f);
        _bodyBold = new SKFont(bold, 11f);
        _bodyItalic = Italic(new SKFont(regular, 11f));
        _cell = new SKFont(regular, 10f);
        _cellBold = new SKFont(bold, 10f);
    }

    private SKCanvas Canvas => _canvas ?? throw new InvalidOperationException("No page has been started.");

    public void Write(PrintedForm form)
    {
        StartPage();
        WriteHeader(form);
        WriteTitle(form);
        foreach (var field in form.Fields)
        {
            WriteField(field);
        }
        foreach (var table in form.Tables)
        {
            WriteTable(table);
        }
        foreach (var paragraph in form.Paragraphs)
        {
            _y += 4f;
            WriteLines(TextWrapper.Wrap(Nfc(paragraph), _body, ContentWidth), _body, Left, SKTextAlign.Left);
        }
        WriteSignatureAndQr(form);
        _document.EndPage();
    }

    private void StartPage()
    {
        if (_canvas is not null)
        {
            _document.EndPage();
        }
        _canvas = _document.BeginPage(PageWidth, PageHeight);
        _y = Margin;
    }

    private void EnsureSpace(float height)
    {
        // Never break at the very top of a page: a block taller than a page would loop forever.
        if (_y + height > Bottom && _y > Margin)
        {
            StartPage();
        }
    }

    // The agency on the left, the form number and the national motto on the right, as on every
    // Vietnamese administrative form (Decree 30/2020 layout).
    private void WriteHeader(PrintedForm form)
    {
        const float rightColumnWidth = 270f;
        const float leftColumnWidth = ContentWidth - rightColumnWidth - 15f;
        const float leftCentre = Left + leftColumnWidth / 2;
        const float rightCentre = Right - rightColumnWidth / 2;

        DrawLine(Nfc(form.FormNumber), _smallItalic, Right, _y, SKTextAlign.Right);
        var top = _y + LineHeight(_smallItalic) + 4f;

        _y = top;
        WriteLines(TextWrapper.Wrap(Nfc(form.IssuingAgency).ToUpperInvariant(), _header, leftColumnWidth), _header, leftCentre, SKTextAlign.Center);
        var agencyBottom = Underline(leftCentre, leftColumnWidth / 3);

        _y = top;
        WriteLines(TextWrapper.Wrap(Nation, _header, rightColumnWidth), _header, rightCentre, SKTextAlign.Center);
        WriteLines(TextWrapper.Wrap(Motto, _header, rightColumnWidth), _header, rightCentre, SKTextAlign.Center);
        var mottoBottom = Underline(rightCentre, _header.MeasureText(Motto));

        _y = Math.Max(agencyBottom, mottoBottom) + 20f;
    }

    private float Underline(float centre, float width)
    {
        var y = _y + 1f;
        Canvas.DrawLine(centre - width / 2, y, centre + width / 2, y, _rule);
        return y;
    }

    private void WriteTitle(PrintedForm form)
    {
        WriteLines(TextWrapper.Wrap(Nfc(form.Title), _title, ContentWidth), _title, Left + ContentWidth / 2, SKTextAlign.Center);
        _y += 2f;
        WriteLines(TextWrapper.Wrap(Nfc(form.Reference), _bodyItalic, ContentWidth), _bodyItalic, Left + ContentWidth / 2, SKTextAlign.Center);
        _y += 14f;
    }

    // "Label: value" with the value running on after the label and wrapping back to the margin.
    private void WriteField(PrintedFormField field)
    {
        var label = Nfc(field.Label) + ": ";
        var labelWidth = _bodyBold.MeasureText(label);
        var valueOnNextLine = labelWidth > ContentWidth * 0.6f;
        var lines = TextWrapper.Wrap(Nfc(field.Value), _body, ContentWidth, valueOnNextLine ? ContentWidth : ContentWidth - labelWidth);
        var lineHeight = LineHeight(_body);

        EnsureSpace(lineHeight);
        DrawLine(label, _bodyBold, Left, _y, SKTextAlign.Left);
        if (valueOnNextLine)
        {
            _y += lineHeight;
        }
        for (var i = 0; i < lines.Count; i++)
        {
            EnsureSpace(lineHeight);
            var x = i == 0 && !valueOnNextLine ? Left + labelWidth : Left;
            DrawLine(lines[i], _body, x, _y, SKTextAlign.Left);
            _y += lineHeight;
        }
        _y += 2f;
    }

    private void WriteTable(PrintedFormTable table)
    {
        var widths = ColumnWidths(table);
        var headerCells = WrapRow(table.Headers, widths, _cellBold);
        var rows = table.Rows.Select(row => WrapRow(Cells(row, widths.Length), widths, _cell)).ToList();

        _y += 6f;
        // Keep the header with the first row.
        EnsureSpace(RowHeight(headerCells, _cellBold) + (rows.Count > 0 ? RowHeight(rows[0], _cell) : 0f));
        DrawRow(headerCells, widths, _cellBold, header: true);
        foreach (var row in rows)
        {
            var height = RowHeight(row, _cell);
            if (_y + height > Bottom && _y > Margin)
            {
                StartPage();
                DrawRow(headerCells, widths, _cellBold, header: true);
            }
            DrawRow(row, widths, _cell, header: false);
        }
        _y += 8f;
    }

    private static float[] ColumnWidths(PrintedFormTable table)
    {
        var count = table.Headers.Count;
        if (count == 0)
        {
            throw new ArgumentException("A printed table needs at least one column header.", nameof(table));
        }
        var relative = table.RelativeWidths ?? Enumerable.Repeat(1f, count).ToList();
        if (relative.Count != count || relative.Any(w => w <= 0f))
        {
            throw new ArgumentException($"A printed table needs one positive relative width per column ({count}).", nameof(table));
        }
        var total = relative.Sum();
        return relative.Select(w => w / total * ContentWidth).ToArray();
    }

    private static IReadOnlyList<string> Cells(IReadOnlyList<string> row, int columns) =>
        row.Count > columns
            ? throw new ArgumentException($"A table row has {row.Count} cells but the table has {columns} columns.", nameof(row))
            : [.. row, .. Enumerable.Repeat("", columns - row.Count)];

    private static List<string>[] WrapRow(IReadOnlyList<string> cells, float[] widths, SKFont font) =>
        cells.Select((cell, i) => TextWrapper.Wrap(Nfc(cell), font, widths[i] - 2 * CellPadding)).ToArray();

    private static float RowHeight(List<string>[] cells, SKFont font) =>
        cells.Max(lines => lines.Count) * LineHeight(font) + 2 * CellPadding;

    private void DrawRow(List<string>[] cells, float[] widths, SKFont font, bool header)
    {
        var height = RowHeight(cells, font);
        var x = Left;
        for (var i = 0; i < cells.Length; i++)
        {
            var cell = new SKRect(x, _y, x + widths[i], _y + height);
            if (header)
            {
                Canvas.DrawRect(cell, _headerFill);
            }
            Canvas.DrawRect(cell, _rule);
            var y = _y + CellPadding;
            foreach (var line in cells[i])
            {
                if (header)
                {
                    DrawLine(line, font, x + widths[i] / 2, y, SKTextAlign.Center);
                }
                else
                {
                    DrawLine(line, font, x + CellPadding, y, SKTextAlign.Left);
                }
                y += LineHeight(font);
            }
            x += widths[i];
        }
        _y += height;
    }

    // The signature block on the right and the QR code with its caption on the left, kept together.
    private void WriteSignatureAndQr(PrintedForm form)
    {
        const float signatureCentre = Right - SignatureColumnWidth / 2;
        const float qrCentre = Left + QrColumnWidth / 2;
        var textWidth = SignatureColumnWidth;

        var placeAndDate = TextWrapper.Wrap(Nfc(form.PlaceAndDate), _bodyItalic, textWidth);
        var signatureTitle = TextWrapper.Wrap(Nfc(form.SignatureTitle), _bodyBold, textWidth);
        var signatureName = TextWrapper.Wrap(Nfc(form.SignatureName), _bodyBold, textWidth);
        var caption = TextWrapper.Wrap(Nfc(form.QrCaption), _smallItalic, QrColumnWidth);

        var signatureHeight = (placeAndDate.Count + signatureTitle.Count + signatureName.Count) * LineHeight(_body) + SignatureSpace;
        var qrHeight = QrSize + QrCaptionGap + caption.Count * LineHeight(_smallItalic);

        _y += 18f;
        EnsureSpace(Math.Max(signatureHeight, qrHeight));
        var top = _y;

        WriteLines(placeAndDate, _bodyItalic, signatureCentre, SKTextAlign.Center);
        WriteLines(signatureTitle, _bodyBold, signatureCentre, SKTextAlign.Center);
        _y += SignatureSpace;
        WriteLines(signatureName, _bodyBold, signatureCentre, SKTextAlign.Center);
        var signatureBottom = _y;

        _y = top;
        DrawQr(SkiaPrintedFormRenderer.QrModules(form.QrCodeUrl), qrCentre - QrSize / 2, top);
        _y = top + QrSize + QrCaptionGap;
        WriteLines(caption, _smallItalic, qrCentre, SKTextAlign.Center);

        _y = Math.Max(_y, signatureBottom);
    }

    // Vector modules, one path for the whole symbol: separate rectangles leave hairline seams
    // between neighbours in some PDF viewers, which phone cameras then misread.
    private void DrawQr(bool[,] modules, float x, float y)
    {
        var count = modules.GetLength(0);
        var module = QrSize / count;
        using var path = new SKPath();
        for (var row = 0; row < count; row++)
        {
            for (var column = 0; column < count; column++)
            {
                if (!modules[row, column])
                {
                    continue;
                }
                var start = column;
                while (column + 1 < count && modules[row, column + 1])
                {
                    column++;
                }
                path.AddRect(new SKRect(x + start * module, y + row * module, x + (column + 1) * module, y + (row + 1) * module));
            }
        }
        Canvas.DrawPath(path, _ink);
    }

    private void WriteLines(IEnumerable<string> lines, SKFont font, float x, SKTextAlign align)
    {
        var lineHeight = LineHeight(font);
        foreach (var line in lines)
        {
            EnsureSpace(lineHeight);
            DrawLine(line, font, x, _y, align);
            _y += lineHeight;
        }
    }

    // Draws one line whose box starts at top; DejaVu's capitals and marks fit in 0.88 em above the baseline.
    private void DrawLine(string text, SKFont font, float x, float top, SKTextAlign align)
    {
        if (text.Length == 0)
        {
            return;
        }
        var baseline = top + (LineHeight(font) - font.Size) / 2 + font.Size * 0.88f;
        Canvas.DrawText(text, x, baseline, align, font, _ink);
    }

    private static float LineHeight(SKFont font) => font.Size * LineSpacing;

    // Skia draws one glyph per code point without shaping, so "ế" typed as e + two combining marks
    // would print as stacked marks; NFC turns it into the single precomposed glyph DejaVu has.
    private static string Nfc(string text) => text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);

    // The renderer loads only the upright faces; a slanted regular is close enough for one italic line.
    private static SKFont Italic(SKFont font)
    {
        font.SkewX = -0.2f;
        return font;
    }

    public void Dispose()
    {
        foreach (var font in new[] { _smallItalic, _header, _title, _body, _bodyBold, _bodyItalic, _cell, _cellBold })
        {
            font.Dispose();
        }
        _ink.Dispose();
        _rule.Dispose();
        _headerFill.Dispose();
    }
}
