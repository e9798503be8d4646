using OneStop.Domain.Common;

namespace OneStop.Domain.UnitTests.Common;

public sealed class VietnameseTextTests
{
    [TestCase("Cấp giấy phép xây dựng", "cap giay phep xay dung")]
    [TestCase("ĐĂNG KÝ KHAI SINH", "dang ky khai sinh")]
    [TestCase("  Hộ   tịch, chứng thực! ", "ho tich chung thuc")]
    [TestCase("Thủ tục 1.001193", "thu tuc 1.001193")]
    [TestCase("Ưu đãi đầu tư (ưu tiên)", "uu dai dau tu uu tien")]
    public void ShouldFoldCaseDiacriticsAndPunctuation(string text, string expected) =>
        VietnameseText.Fold(text).ShouldBe(expected);

    [Test]
    public void ShouldFoldPrecomposedAndDecomposedFormsAlike() =>
        VietnameseText.Fold("xây dựng".Normalize(System.Text.NormalizationForm.FormD)).ShouldBe(VietnameseText.Fold("xây dựng"));

    [Test]
    public void ShouldListDistinctWords() =>
        VietnameseText.FoldedWords("Giấy phép giay PHEP").ShouldBe(["giay", "phep"]);
}
