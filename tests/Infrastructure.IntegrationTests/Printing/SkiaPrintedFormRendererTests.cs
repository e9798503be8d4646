using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using OneStop.Infrastructure.Printing;
using QRCoder;

namespace OneStop.Infrastructure.IntegrationTests.Printing;

// Real SkiaSharp rendering with the DejaVu fonts of fonts-dejavu-core; the PDF is read back with PdfText.
[Parallelizable(ParallelScope.All)]
public sealed partial class SkiaPrintedFormRendererTests
{
    private const string SamplePath = "/tmp/onestop-form-sample.pdf";
    private static readonly SkiaPrintedFormRenderer Renderer = new(Options.Create(new PrintingOptions()));

    [Test]
    public void ShouldWriteCompletePdfWhenRenderingReceipt()
    {
        var pdf = Renderer.RenderPdf(SampleForms.Receipt());
        // Left for a person to look at.
        File.WriteAllBytes(SamplePath, pdf);

        Encoding.ASCII.GetString(pdf, 0, 5).ShouldBe("%PDF-");
        PdfText.Latin1(pdf).TrimEnd().ShouldEndWith("%%EOF");
        PageCount(pdf).ShouldBe(1);
    }

    [Test]
    public void ShouldEmbedDejaVuFontWhenRendering()
    {
        var pdf = PdfText.Latin1(Renderer.RenderPdf(SampleForms.Receipt()));

        pdf.ShouldContain("DejaVuSans");
        pdf.ShouldContain("DejaVuSans-Bold");
        pdf.ShouldContain("/FontFile2");
    }

    [Test]
    public void ShouldKeepVietnameseTextWhenExtractingTextFromPdf()
    {
        var text = PdfText.Extract(Renderer.RenderPdf(SampleForms.Receipt()));

        text.ShouldContain("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ");
        text.ShouldContain(SampleForms.DossierCode);
        text.ShouldContain("Nguyễn Thị Lan");
        text.ShouldContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        text.ShouldContain("Độc lập - Tự do - Hạnh phúc");
        text.ShouldContain("SỞ XÂY DỰNG TỈNH HÀ GIANG");
        text.ShouldContain("Mẫu số 01");
        text.ShouldContain("Quét mã để tra cứu hồ sơ");
    }

    [Test]
    public void ShouldMapPrecomposedLettersToSingleGlyphsWhenEmbeddingFont()
    {
        var mapped = PdfText.FontMaps(Renderer.RenderPdf(SampleForms.Receipt()))
            .SelectMany(font => font.Value.Values)
            .ToHashSet();

        mapped.ShouldContain("\u1EA4"); // Ấ
        mapped.ShouldContain("\u1EBE"); // Ế
        mapped.ShouldContain("\u1ED2"); // Ồ
    }

    [Test]
    public void ShouldPrintPrecomposedTextWhenInputIsDecomposed()
    {
        var form = SampleForms.Receipt() with { SignatureName = "Nguyễn Thị Lan".Normalize(NormalizationForm.FormD) };

        var text = PdfText.Extract(Renderer.RenderPdf(form));

        text.ShouldContain("Nguyễn Thị Lan");
    }

    [Test]
    public void ShouldWrapLongValueOntoSeveralLinesWhenItIsWiderThanThePage()
    {
        var lines = PdfText.Extract(Renderer.RenderPdf(SampleForms.Receipt())).Split('\n');

        var first = lines.Single(line => line.StartsWith("Số 12, đường Nguyễn Trãi", StringComparison.Ordinal));
        first.ShouldNotContain("Ủy ban nhân dân phường");
        lines.ShouldContain(line => line.EndsWith("Ủy ban nhân dân phường)", StringComparison.Ordinal));
    }

    [Test]
    public void ShouldContinueOnNewPagesWithRepeatedHeaderWhenTableHasTwoHundredRows()
    {
        var form = SampleForms.Receipt(tables: [SampleForms.LongHandOffLog(200)]);

        var pdf = Renderer.RenderPdf(form);

        var pages = PageCount(pdf);
        pages.ShouldBeGreaterThan(1);
        var lines = PdfText.Extract(pdf).Split('\n');
        lines.Count(line => line == "Bên giao").ShouldBe(pages);
        lines.ShouldContain("Dòng cuối cùng");
        lines.ShouldContain("Nguyễn Thị Lan");
    }

    [Test]
    public void ShouldSetTitleAndCreatorWhenWritingMetadata()
    {
        var pdf = PdfText.Latin1(Renderer.RenderPdf(SampleForms.Receipt()));

        pdf.ShouldContain("/Creator (OneStop)");
        // Non-ASCII strings are written as UTF-16BE with a byte order mark.
        var title = "\uFEFFGIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ";
        pdf.ShouldContain($"/Title <{Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(title))}>", Case.Insensitive);
    }

    [Test]
    public void ShouldDrawQrCoderMatrixWhenEncodingTrackingUrl()
    {
        var modules = SkiaPrintedFormRenderer.QrModules(SampleForms.TrackingUrl);

        using var expected = QRCodeGenerator.GenerateQrCode(SampleForms.TrackingUrl, QRCodeGenerator.ECCLevel.M);
        var size = modules.GetLength(0);
        size.ShouldBeGreaterThanOrEqualTo(21);
        modules.GetLength(1).ShouldBe(size);
        size.ShouldBe(expected.Version * 4 + 17);
        var quietZone = (expected.ModuleMatrix.Count - size) / 2;
        for (var row = 0; row < size; row++)
        {
            for (var column = 0; column < size; column++)
            {
                modules[row, column].ShouldBe(expected.ModuleMatrix[row + quietZone][column + quietZone], $"module ({row}, {column})");
            }
        }
        // Finder pattern corners: dark outer ring, light separator.
        modules[0, 0].ShouldBeTrue();
        modules[0, size - 1].ShouldBeTrue();
        modules[size - 1, 0].ShouldBeTrue();
        modules[7, 7].ShouldBeFalse();
    }

    [Test]
    public void ShouldThrowNamingFontPackageWhenFontDirectoryIsMissing()
    {
        using var renderer = new SkiaPrintedFormRenderer(Options.Create(new PrintingOptions { FontDirectory = "/nonexistent/fonts" }));

        var error = Should.Throw<InvalidOperationException>(() => renderer.RenderPdf(SampleForms.Receipt()));

        error.Message.ShouldContain("fonts-dejavu-core");
        error.Message.ShouldContain("/nonexistent/fonts/DejaVuSans.ttf");
    }

    [Test]
    public void ShouldRenderEveryFormWhenTwentyRenderInParallelOnOneInstance()
    {
        using var renderer = new SkiaPrintedFormRenderer(Options.Create(new PrintingOptions()));
        var results = new ConcurrentDictionary<string, byte[]>();

        Parallel.For(0, 20, new ParallelOptions { MaxDegreeOfParallelism = 20 }, i =>
        {
            var code = $"000.00.14.H56-261123-{i:0000}";
            results[code] = renderer.RenderPdf(SampleForms.Receipt(code));
        });

        results.Count.ShouldBe(20);
        foreach (var (code, pdf) in results)
        {
            PdfText.Extract(pdf).ShouldContain(code);
        }
    }

    private static int PageCount(byte[] pdf) => PageObject().Count(PdfText.Latin1(pdf));

    // "/Type /Page" but not "/Type /Pages" (the page tree).
    [GeneratedRegex(@"/Type\s*/Page(?![A-Za-z])")]
    private static partial Regex PageObject();
}
