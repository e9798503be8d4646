namespace OneStop.Infrastructure.Printing;

/// <summary>Settings for printing forms as PDF (configuration section "Printing").</summary>
public sealed class PrintingOptions
{
    public const string SectionName = "Printing";

    /// <summary>
    /// Folder holding DejaVuSans.ttf and DejaVuSans-Bold.ttf. The default is where the Debian
    /// package fonts-dejavu-core installs them; DejaVu covers every Vietnamese precomposed letter.
    /// </summary>
    public string FontDirectory { get; set; } = "/usr/share/fonts/truetype/dejavu";
}
