namespace OneStop.Application.Common.Printing;

/// <summary>
/// A layout-neutral administrative form (Circular 03/2025 forms 01–06): what is printed, not where.
/// The national motto header ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / Độc lập - Tự do - Hạnh phúc") is
/// not part of the model, because every form carries it: the renderer always prints it.
/// </summary>
/// <param name="FormNumber">Printed top-right, e.g. "Mẫu số 01".</param>
/// <param name="IssuingAgency">Header top-left, upper case, e.g. "SỞ XÂY DỰNG TỈNH HÀ GIANG".</param>
/// <param name="Title">Centred and bold, e.g. "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ".</param>
/// <param name="Reference">Under the title, e.g. "Mã hồ sơ: 000.00.14.H56-261123-0001".</param>
/// <param name="Fields">"Label: value" lines in order; long values wrap.</param>
/// <param name="Tables">Zero or more tables after the fields; cells wrap and long tables continue on new pages.</param>
/// <param name="Paragraphs">Free text after the fields and tables; each wraps.</param>
/// <param name="PlaceAndDate">Right-aligned in italics, e.g. "Hà Giang, ngày 23 tháng 11 năm 2026".</param>
/// <param name="SignatureTitle">Right-aligned in bold, e.g. "NGƯỜI TIẾP NHẬN".</param>
/// <param name="SignatureName">Printed under the space left for the signature, e.g. "Nguyễn Thị Lan".</param>
/// <param name="QrCodeUrl">The public tracking URL encoded in the QR code.</param>
/// <param name="QrCaption">Printed under the QR code, e.g. "Quét mã để tra cứu hồ sơ".</param>
public sealed record PrintedForm(
    string FormNumber,
    string IssuingAgency,
    string Title,
    string Reference,
    IReadOnlyList<PrintedFormField> Fields,
    IReadOnlyList<PrintedFormTable> Tables,
    IReadOnlyList<string> Paragraphs,
    string PlaceAndDate,
    string SignatureTitle,
    string SignatureName,
    string QrCodeUrl,
    string QrCaption);

/// <summary>One "label: value" line of a form; the value may be long and wraps.</summary>
public sealed record PrintedFormField(string Label, string Value);

/// <summary>
/// A bordered table with a header row. <paramref name="RelativeWidths"/> (one per column, any scale)
/// sets the column proportions; when null the columns share the width equally.
/// </summary>
public sealed record PrintedFormTable(
    IReadOnlyList<string> Headers,
    IReadOnlyList<IReadOnlyList<string>> Rows,
    IReadOnlyList<float>? RelativeWidths = null);
