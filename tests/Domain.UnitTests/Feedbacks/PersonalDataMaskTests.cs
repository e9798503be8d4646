using OneStop.Domain.Feedbacks;

namespace OneStop.Domain.UnitTests.Feedbacks;

/// <summary>What the public pages show of a feedback: the family name and initials, and texts without phones, IDs or e-mails.</summary>
public sealed class PersonalDataMaskTests
{
    [TestCase("Nguyễn Văn An", "Nguyễn V. A.", TestName = "ShouldKeepTheFamilyNameAndTheInitialsOfAThreeWordName")]
    [TestCase("Trần Thị Ngọc Bích", "Trần T. N. B.", TestName = "ShouldKeepTheFamilyNameAndEveryInitialOfAFourWordName")]
    [TestCase("Lê Ánh", "Lê Á.", TestName = "ShouldKeepTheDiacriticOfAnInitial")]
    [TestCase("Đặng Đức Định", "Đặng Đ. Đ.", TestName = "ShouldKeepDAsAnInitial")]
    [TestCase("An", "A.", TestName = "ShouldLeaveOnlyTheInitialOfAOneWordName")]
    [TestCase("  Nguyễn   Văn  An  ", "Nguyễn V. A.", TestName = "ShouldIgnoreExtraSpacesInAName")]
    [TestCase("   ", "***", TestName = "ShouldHideABlankName")]
    [TestCase("", "***", TestName = "ShouldHideAnEmptyName")]
    public void ShouldMaskAName(string fullName, string expected) =>
        PersonalDataMask.Name(fullName).ShouldBe(expected);

    [TestCase("Gọi tôi số 0912345678 nhé.", "Gọi tôi số *** nhé.", TestName = "ShouldHideAMobileNumberWrittenWithoutSpaces")]
    [TestCase("SĐT: 0912 345 678.", "SĐT: ***.", TestName = "ShouldHideAMobileNumberWrittenInGroups")]
    [TestCase("SĐT: 0912.345.678", "SĐT: ***", TestName = "ShouldHideAMobileNumberWrittenWithDots")]
    [TestCase("SĐT: 0912-345-678", "SĐT: ***", TestName = "ShouldHideAMobileNumberWrittenWithHyphens")]
    [TestCase("Số +84912345678 của tôi", "Số *** của tôi", TestName = "ShouldHideAnInternationalNumber")]
    [TestCase("Số +84 912 345 678 của tôi", "Số *** của tôi", TestName = "ShouldHideAnInternationalNumberWrittenInGroups")]
    [TestCase("CCCD số 056090001234 cấp năm 2021", "CCCD số *** cấp năm 2021", TestName = "ShouldHideATwelveDigitCitizenId")]
    [TestCase("Mã số thuế 0312345678-001", "Mã số thuế ***", TestName = "ShouldHideATaxCodeWithItsBranchSuffix")]
    [TestCase("Liên hệ an.nguyen@example.com.vn.", "Liên hệ ***.", TestName = "ShouldHideAnEmailAddressButNotTheFullStopAfterIt")]
    [TestCase("Gửi an+pakn@gmail.com hoặc b_tran@so-tu-phap.gov.vn", "Gửi *** hoặc ***", TestName = "ShouldHideEveryEmailAddress")]
    public void ShouldBlankPersonalDataInAText(string text, string expected) =>
        PersonalDataMask.Text(text).ShouldBe(expected);

    [TestCase("Năm 2026 tôi nộp hồ sơ theo Điều 15 Nghị định 118/2025/NĐ-CP.", TestName = "ShouldKeepAYearAndAnArticleNumber")]
    [TestCase("Phí 75.000 đồng, hẹn trả ngày 15/3/2026 lúc 9:30.", TestName = "ShouldKeepAFeeADateAndATime")]
    [TestCase("Thủ tục 1.001193 mất 15 ngày làm việc.", TestName = "ShouldKeepAProcedureCodeAndADuration")]
    [TestCase("Gọi tổng đài 1900 1234 (8 chữ số).", TestName = "ShouldKeepANumberOfEightDigits")]
    [TestCase("Không có dữ liệu cá nhân.", TestName = "ShouldKeepATextWithoutNumbers")]
    [TestCase("Hồ sơ 000.00.15.H56-261124-0001 chưa có kết quả.", TestName = "ShouldKeepADossierCode")]
    [TestCase("Tôi đã nộp 150.000.000 đồng tiền sử dụng đất, 1.250.000đ lệ phí và 2.000.000 VNĐ phí.", TestName = "ShouldKeepAmountsOfMoney")]
    public void ShouldKeepOrdinaryNumbers(string text) =>
        PersonalDataMask.Text(text).ShouldBe(text);

    [Test]
    public void ShouldBlankEveryPieceOfPersonalDataInOneText() =>
        PersonalDataMask.Text("Tôi là Nguyễn Văn An, CCCD 056090001234, ĐT 0912 345 678, email an@example.com, năm 2026.")
            .ShouldBe("Tôi là Nguyễn Văn An, CCCD ***, ĐT ***, email ***, năm 2026.");

    [TestCase("Nhà tôi: (028) 3829 1234.", "Nhà tôi: ***.", TestName = "A landline written with its area code in parentheses is hidden")]
    [TestCase("SĐT 0912  345  678", "SĐT ***", TestName = "A mobile number typed with double spaces is hidden")]
    [TestCase("CCCD 056.090.001.234 của tôi", "CCCD *** của tôi", TestName = "A citizen ID written in groups of three is hidden, unlike money")]
    public void ShouldHideNumbersWrittenInLessUsualGroups(string text, string expected) =>
        PersonalDataMask.Text(text).ShouldBe(expected);
}
