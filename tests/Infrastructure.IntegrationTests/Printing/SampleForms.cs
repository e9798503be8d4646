using OneStop.Application.Common.Printing;

namespace OneStop.Infrastructure.IntegrationTests.Printing;

/// <summary>Form 01 (receipt and appointment) as the counter prints it for a construction permit.</summary>
internal static class SampleForms
{
    public const string DossierCode = "000.00.14.H56-261123-0001";
    public const string TrackingUrl = "https://dichvucong.hagiang.gov.vn/tra-cuu/000.00.14.H56-261123-0001";

    public static PrintedForm Receipt(string dossierCode = DossierCode, IReadOnlyList<PrintedFormTable>? tables = null) => new(
        FormNumber: "Mẫu số 01",
        IssuingAgency: "Sở Xây dựng tỉnh Hà Giang",
        Title: "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ",
        Reference: $"Mã hồ sơ: {dossierCode}",
        Fields:
        [
            new("Bộ phận tiếp nhận và trả kết quả", "Trung tâm Phục vụ hành chính công tỉnh Hà Giang"),
            new("Tiếp nhận hồ sơ của", "Ông Trần Văn Hùng"),
            new("Địa chỉ", "Số 12, đường Nguyễn Trãi, tổ 5, phường Nguyễn Trãi, thành phố Hà Giang, tỉnh Hà Giang, Việt Nam (gần chợ trung tâm, đối diện Ủy ban nhân dân phường)"),
            new("Số điện thoại", "0912 345 678"),
            new("Nội dung yêu cầu giải quyết", "Cấp giấy phép xây dựng nhà ở riêng lẻ"),
            new("Thời gian nhận hồ sơ", "08 giờ 30 phút, ngày 23/11/2026"),
            new("Thời gian trả kết quả", "14 giờ 00 phút, ngày 14/12/2026"),
        ],
        Tables: tables ??
        [
            new(
                ["STT", "Tên giấy tờ", "Bản chính", "Bản sao", "Số lượng"],
                [
                    ["1", "Đơn đề nghị cấp giấy phép xây dựng nhà ở riêng lẻ (Mẫu số 01, Phụ lục II Nghị định 175/2024/NĐ-CP)", "x", "", "1"],
                    ["2", "Giấy chứng nhận quyền sử dụng đất", "", "x", "1"],
                    ["3", "Bản vẽ thiết kế xây dựng: mặt bằng, mặt cắt, mặt đứng, móng và đấu nối hạ tầng kỹ thuật", "x", "", "2"],
                ],
                [0.6f, 4f, 1f, 1f, 1f]),
        ],
        Paragraphs:
        [
            "Khi đến nhận kết quả, ông/bà vui lòng mang theo giấy tiếp nhận này và giấy tờ tùy thân. Nếu hồ sơ cần bổ sung, cơ quan sẽ thông báo qua tin nhắn và thư điện tử.",
        ],
        PlaceAndDate: "Hà Giang, ngày 23 tháng 11 năm 2026",
        SignatureTitle: "NGƯỜI TIẾP NHẬN",
        SignatureName: "Nguyễn Thị Lan",
        QrCodeUrl: TrackingUrl.Replace(DossierCode, dossierCode, StringComparison.Ordinal),
        QrCaption: "Quét mã để tra cứu hồ sơ");

    public static PrintedFormTable LongHandOffLog(int rows) => new(
        ["STT", "Bên giao", "Bên nhận", "Thời gian", "Kết quả"],
        [.. Enumerable.Range(1, rows).Select(i => (IReadOnlyList<string>)
            [$"{i}", $"Bộ phận một cửa {i}", $"Phòng Quản lý xây dựng {i}", $"23/11/2026 {8 + i % 9:00}:00", i == rows ? "Dòng cuối cùng" : "Đúng hạn"])]);
}
