using Microsoft.Extensions.Options;
using OneStop.Application.Common.Printing;
using QRCoder;
using SkiaSharp;

namespace OneStop.Infrastructure.Printing;

/// <summary>
/// Renders administrative forms as A4 PDFs with SkiaSharp, in DejaVu Sans (it has every Vietnamese
/// precomposed letter, and Skia embeds a subset with a ToUnicode map, so the text stays searchable).
/// Safe to use as a singleton: the typefaces are loaded once and only read afterwards; everything
/// else is created per rendering.
/// </summary>
public sealed class SkiaPrintedFormRenderer : IPrintedFormRenderer, IDisposable
{
    private const string FontPackage = "fonts-dejavu-core";
    private const string RegularFontFile = "DejaVuSans.ttf";
    private const string BoldFontFile = "DejaVuSans-Bold.ttf";

    private readonly Lazy<(SKTypeface Regular, SKTypeface Bold)> _typefaces;

    public SkiaPrintedFormRenderer(IOptions<PrintingOptions> options)
    {
        var fontDirectory = options.Value.FontDirectory;
        // Lazy, so a host without the fonts still starts; the first print then fails with a clear message.
        _typefaces = new Lazy<(SKTypeface, SKTypeface)>(
            () => (LoadTypeface(fontDirectory, RegularFontFile), LoadTypeface(fontDirectory, BoldFontFile)),
            LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public byte[] RenderPdf(PrintedForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var (regular, bold) = _typefaces.Value;

        var metadata = SKDocumentPdfMetadata.Default;
        metadata.Title = form.Title.Normalize();
        metadata.Creator = "OneStop";

        using var output = new MemoryStream();
        using (var document = SKDocument.CreatePdf(output, metadata)
            ?? throw new InvalidOperationException("SkiaSharp could not create a PDF document."))
        {
            using var writer = new FormPageWriter(document, regular, bold);
            writer.Write(form);
            document.Close();
        }
        return output.ToArray();
    }

    /// <summary>
    /// The QR symbol for <paramref name="url"/> as a square of modules (true = dark), without the
    /// quiet zone; the renderer draws exactly this matrix. Error correction M survives a smudged print.
    /// </summary>
    public static bool[,] QrModules(string url)
    {
        ArgumentException.ThrowIfNullOrEmpty(url);
        using var data = QRCodeGenerator.GenerateQrCode(url, QRCodeGenerator.ECCLevel.M);
        // QRCoder surrounds the symbol with a 4-module quiet zone; the page margin already gives one.
        const int quietZone = 4;
        var size = data.ModuleMatrix.Count - 2 * quietZone;
        var modules = new bool[size, size];
        for (var row = 0; row < size; row++)
        {
            for (var column = 0; column < size; column++)
            {
                modules[row, column] = data.ModuleMatrix[row + quietZone][column + quietZone];
            }
        }
        return modules;
    }

    private static SKTypeface LoadTypeface(string directory, string fileName)
    {
        var path = Path.Combine(directory, fileName);
        if (!File.Exists(path))
        {
            throw new InvalidOperationException(
                $"Font file '{path}' was not found. Install the Debian package {FontPackage} " +
                $"(apt-get install {FontPackage}) or set {PrintingOptions.SectionName}:{nameof(PrintingOptions.FontDirectory)} to a folder holding {fileName}.");
        }
        return SKTypeface.FromFile(path)
            ?? throw new InvalidOperationException($"Font file '{path}' could not be read as a font; reinstall {FontPackage}.");
    }

    public void Dispose()
    {
        if (_typefaces.IsValueCreated)
        {
            _typefaces.Value.Regular.Dispose();
            _typefaces.Value.Bold.Dispose();
        }
    }
}
