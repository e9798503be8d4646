using OneStop.Domain.Identity;
using OneStop.Domain.Identity.Exceptions;

namespace OneStop.Domain.UnitTests.Identity;

public sealed class CitizenIdTests
{
    private static readonly string[] ProvinceCodes =
    [
        "001", "002", "004", "006", "008", "010", "011", "012", "014", "015", "017", "019", "020",
        "022", "024", "025", "026", "027", "030", "031", "033", "034", "035", "036", "037", "038",
        "040", "042", "044", "045", "046", "048", "049", "051", "052", "054", "056", "058", "060",
        "062", "064", "066", "067", "068", "070", "072", "074", "075", "077", "079", "080", "082",
        "083", "084", "086", "087", "089", "091", "092", "093", "094", "095", "096",
    ];

    [TestCase("001099012345", "001")]
    [TestCase("079203004567", "079")]
    [TestCase("096188000001", "096")]
    [TestCase("048300123456", "048")]
    [TestCase("031095999999", "031")]
    public void ShouldAcceptTwelveDigitsWithAProvinceCode(string value, string province)
    {
        var id = CitizenId.Parse(value);

        id.Value.ShouldBe(value);
        id.ProvinceCode.ShouldBe(province);
        id.ToString().ShouldBe(value);
        CitizenId.IsValid(value).ShouldBeTrue();
    }

    [TestCaseSource(nameof(ProvinceCodes))]
    public void ShouldAcceptEveryProvinceCode(string province) =>
        CitizenId.Parse(province + "201012345").ProvinceCode.ShouldBe(province);

    [Test]
    public void ShouldAcceptNoOtherThreeDigitPrefix()
    {
        var accepted = Enumerable.Range(0, 1000)
            .Select(n => n.ToString("000"))
            .Where(prefix => CitizenId.IsValid(prefix + "201012345"));

        accepted.ShouldBe(ProvinceCodes);
    }

    [TestCase("0")]
    [TestCase("1")]
    [TestCase("2")]
    [TestCase("3")]
    [TestCase("4")]
    [TestCase("5")]
    [TestCase("6")]
    [TestCase("7")]
    [TestCase("8")]
    [TestCase("9")]
    public void ShouldAcceptAnyCenturyAndGenderDigit(string digit) =>
        CitizenId.IsValid("001" + digit + "99012345").ShouldBeTrue();

    [TestCase("000099012345")]
    [TestCase("003099012345")]
    [TestCase("005099012345")]
    [TestCase("097099012345")]
    [TestCase("099099012345")]
    [TestCase("100099012345")]
    [TestCase("999099012345")]
    public void ShouldRejectAnUnknownProvinceCode(string value)
    {
        CitizenId.IsValid(value).ShouldBeFalse();
        Should.Throw<InvalidCitizenIdException>(() => CitizenId.Parse(value)).Message.ShouldContain("province code");
    }

    [TestCase("00109901234")]
    [TestCase("0010990123456")]
    [TestCase("001099012345001099012345")]
    [TestCase("00109901234a")]
    [TestCase(" 001099012345")]
    [TestCase("001099012345 ")]
    [TestCase("001 099 012 345")]
    [TestCase("001-099-012345")]
    [TestCase("+01099012345")]
    [TestCase("００１０９９０１２３４５")]
    [TestCase("٠٠١٠٩٩٠١٢٣٤٥")]
    public void ShouldRejectOtherShapes(string value)
    {
        CitizenId.IsValid(value).ShouldBeFalse();
        Should.Throw<InvalidCitizenIdException>(() => CitizenId.Parse(value)).Message.ShouldContain("12 digits");
    }

    [Test]
    public void ShouldRejectAnEmptyValue()
    {
        CitizenId.IsValid("").ShouldBeFalse();
        Should.Throw<InvalidCitizenIdException>(() => CitizenId.Parse("")).Message.ShouldContain("required");
    }

    [Test]
    public void ShouldNotBeValidWhenNull() => CitizenId.IsValid(null).ShouldBeFalse();

    [Test]
    public void ShouldSayTwelveDigitsWhenTheShapeIsWrong() =>
        Should.Throw<InvalidCitizenIdException>(() => CitizenId.Parse("00109901234")).Message.ShouldContain("12 digits");

    [Test]
    public void ShouldNameTheBrokenRule() =>
        Should.Throw<InvalidCitizenIdException>(() => CitizenId.Parse("003099012345")).Rule.ShouldBe("invalid-citizen-id");

    [TestCase("003099012345")]
    [TestCase("00109901234")]
    public void ShouldKeepTheNumberOutOfTheMessage(string value) =>
        Should.Throw<InvalidCitizenIdException>(() => CitizenId.Parse(value)).Message.ShouldNotContain(value);

    [Test]
    public void ShouldBeEqualWhenTheDigitsAreEqual() =>
        CitizenId.Parse("001099012345").ShouldBe(CitizenId.Parse("001099012345"));
}
