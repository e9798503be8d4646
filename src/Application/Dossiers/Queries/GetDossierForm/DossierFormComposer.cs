using System.Globalization;
using OneStop.Application.Common.Printing;
using OneStop.Domain.Dossiers;

namespace OneStop.Application.Dossiers.Queries.GetDossierForm;

/// <summary>The forms of Circular 03/2025 a dossier can carry (numbering as in domain.md).</summary>
public enum DossierForm
{
    Receipt = 1,
    SupplementRequest = 2,
    Refusal = 3,
    Apology = 4,
    StopNotice = 5,
    ControlSlip = 6,
}

/// <summary>What the composer needs beside the dossier: names to print, the province's offset and the tracking link.</summary>
public sealed record DossierFormContext(IReadOnlyDictionary<Guid, string> AgencyNames, TimeSpan UtcOffset, string TrackingUrl, DateTimeOffset Now,
    string RatingUrl, string RatingToken);

/// <summary>
/// Writes the content of each form in Vietnamese, from the dossier's recorded facts only; the renderer lays it
/// out. A form the dossier has not reached yet is not issued (null).
/// </summary>
public static class DossierFormComposer
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public static PrintedForm? Compose(Dossier dossier, DossierForm form, DossierFormContext context)
    {
        var history = dossier.History.OrderBy(h => h.Sequence).ToList();
        DossierHistoryEntry? Last(DossierAction action) => history.LastOrDefault(h => h.Action == action);
        return form switch
        {
            DossierForm.Receipt when Last(DossierAction.Receive) is { } received => Receipt(dossier, received, context),
            DossierForm.SupplementRequest when Last(DossierAction.RequestSupplement) is { } request => Notice(dossier, form, context, request,
                "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ", "Nội dung yêu cầu bổ sung",
                request.FromStatus == DossierStatus.Submitted
                    ? "Hồ sơ chưa được tiếp nhận; thời hạn giải quyết tính từ khi tiếp nhận hồ sơ đầy đủ."
                    : "Thời gian giải quyết tạm dừng từ thời điểm yêu cầu và tiếp tục khi nhận đủ hồ sơ bổ sung."),
            DossierForm.Refusal when Last(DossierAction.Refuse) is { } refusal => Notice(dossier, form, context, refusal,
                "PHIẾU TỪ CHỐI TIẾP NHẬN, GIẢI QUYẾT HỒ SƠ", "Lý do và căn cứ từ chối", null),
            DossierForm.Apology when Last(DossierAction.IssueApology) is { } apology => Notice(dossier, form, context, apology,
                "PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ", "Lý do chậm trễ",
                $"Hẹn trả kết quả ban đầu: {Format(dossier.DueAt, context)}. Hẹn lại: {Format(dossier.AppointmentAt, context)}."),
            DossierForm.StopNotice when Last(DossierAction.Stop) is { } stop => Notice(dossier, form, context, stop,
                "THÔNG BÁO DỪNG XỬ LÝ HỒ SƠ", "Lý do dừng xử lý", null),
            DossierForm.ControlSlip when dossier.Code is not null => ControlSlip(dossier, history, context),
            _ => null,
        };
    }

    private static PrintedForm Receipt(Dossier dossier, DossierHistoryEntry received, DossierFormContext context) => Form(dossier, DossierForm.Receipt, context,
        "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ",
        [
            .. Common(dossier),
            new("Thời điểm tiếp nhận", Format(dossier.ReceivedAt, context)),
            new("Hẹn trả kết quả", Format(dossier.DueAt, context)),
            new("Mã đánh giá mức độ hài lòng", context.RatingToken),
        ],
        [new PrintedFormTable(["STT", "Thành phần hồ sơ", "Số tệp", "Số hóa"],
            dossier.RequiredDocuments.Select((name, index) =>
            {
                var files = dossier.Documents.Where(d => d.RequiredDocumentIndex == index).ToList();
                return (IReadOnlyList<string>)[(index + 1).ToString(Vietnamese), name, files.Count.ToString(Vietnamese), files.Any(f => f.Digitized) ? "Có" : "Không"];
            }).ToList(), [0.6f, 5f, 1f, 1f])],
        [
            received.Note ?? "",
            // A walk-in applicant has no account: the token printed here is how they rate the service, once.
            $"Sau khi nhận kết quả, ông/bà đánh giá mức độ hài lòng tại {context.RatingUrl} bằng mã hồ sơ và mã đánh giá trên (chỉ dùng một lần).",
        ],
        "NGƯỜI TIẾP NHẬN", received.ActorName);

    private static PrintedForm Notice(Dossier dossier, DossierForm form, DossierFormContext context, DossierHistoryEntry entry,
        string title, string reasonLabel, string? clockNote) => Form(dossier, form, context, title,
        [.. Common(dossier), new("Ngày", Format(entry.At, context)), new(reasonLabel, entry.Note ?? "")],
        [], clockNote is null ? [] : [clockNote],
        form is DossierForm.Apology or DossierForm.StopNotice ? "LÃNH ĐẠO CƠ QUAN" : "CÁN BỘ", entry.ActorName);

    private static PrintedForm ControlSlip(Dossier dossier, List<DossierHistoryEntry> history, DossierFormContext context) => Form(dossier, DossierForm.ControlSlip, context,
        "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ",
        [.. Common(dossier), new("Hẹn trả kết quả", Format(dossier.DueAt, context))],
        [new PrintedFormTable(["Bên giao", "Bên nhận", "Thời điểm giao", "Hạn bước", "Kết quả, ghi chú"],
            history.Where(h => h.IsHandOff).Select(h => (IReadOnlyList<string>)
            [
                Name(h.FromAgencyId, context), $"{Name(h.ToAgencyId, context)} — {h.StepName}", Format(h.At, context), Format(h.StepDueAt, context), h.Note ?? "",
            ]).ToList(), [2f, 2.5f, 1.6f, 1.6f, 2.3f])],
        [], "NGƯỜI LẬP PHIẾU", history.FirstOrDefault(h => h.Action == DossierAction.Receive)?.ActorName ?? "");

    private static List<PrintedFormField> Common(Dossier dossier) =>
    [
        new("Thủ tục", $"{dossier.ProcedureName} ({dossier.ProcedureCode})"),
        new("Trường hợp", dossier.CaseName),
        new("Người nộp hồ sơ", dossier.Applicant.FullName),
        new("Số định danh", dossier.Applicant.IdentityNumber),
        new("Điện thoại", dossier.Applicant.Phone),
        new("Địa chỉ", dossier.Applicant.Address),
    ];

    private static PrintedForm Form(Dossier dossier, DossierForm form, DossierFormContext context, string title,
        IReadOnlyList<PrintedFormField> fields, IReadOnlyList<PrintedFormTable> tables, IReadOnlyList<string> paragraphs,
        string signatureTitle, string signatureName)
    {
        var today = context.Now.ToOffset(context.UtcOffset);
        return new PrintedForm(
            $"Mẫu số {(int)form:D2}",
            Name(dossier.ReceivingAgencyId, context).ToUpper(Vietnamese),
            title,
            $"Mã hồ sơ: {dossier.Code}",
            fields, tables, paragraphs.Where(p => p.Length > 0).ToList(),
            $"Ngày {today.Day} tháng {today.Month} năm {today.Year}",
            signatureTitle, signatureName,
            context.TrackingUrl, "Quét mã để tra cứu hồ sơ");
    }

    private static string Name(Guid? agencyId, DossierFormContext context) =>
        agencyId is { } id ? context.AgencyNames.GetValueOrDefault(id, "") : "";

    private static string Format(DateTimeOffset? instant, DossierFormContext context) =>
        instant is { } value ? value.ToOffset(context.UtcOffset).ToString("HH:mm 'ngày' dd/MM/yyyy", Vietnamese) : "—";
}
