namespace OneStop.Application.Common.Printing;

/// <summary>
/// Turns a <see cref="PrintedForm"/> into a printable PDF (A4). The renderer owns the layout, fonts
/// and the fixed national-motto header; callers only fill in the form's content.
/// </summary>
public interface IPrintedFormRenderer
{
    /// <summary>Renders the form as a complete PDF document.</summary>
    byte[] RenderPdf(PrintedForm form);
}
