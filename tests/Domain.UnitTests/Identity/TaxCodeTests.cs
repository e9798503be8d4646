using OneStop.Domain.Identity;
using OneStop.Domain.Identity.Exceptions;

namespace OneStop.Domain.UnitTests.Identity;

public sealed class TaxCodeTests
{
    [TestCase("0100109106")]
    [TestCase("0300588569")]
    [TestCase("0101248141")]
    [TestCase("0100112437")]
    [TestCase("1234567893")]
    [TestCase("1111111116")]
    [TestCase("1000000040")]
    public void ShouldAcceptTenDigitsWithTheRightCheckDigit(string value)
    {
        var code = TaxCode.Parse(value);

        code.Value.ShouldBe(value);
        code.IsBranch.ShouldBeFalse();
        code.ToString().ShouldBe(value);
        TaxCode.IsValid(value).ShouldBeTrue();
    }

    [TestCase("010010910", 6)]
    [TestCase("030058856", 9)]
    [TestCase("123456789", 3)]
    [TestCase("100000004", 0)]
    public void ShouldAcceptOnlyOneCheckDigit(string firstNine, int checkDigit) =>
        Enumerable.Range(0, 10).Where(d => TaxCode.IsValid(firstNine + d)).ShouldBe([checkDigit]);

    [TestCase("0100109107", "6")]
    [TestCase("0100109105", "6")]
    [TestCase("0300588560", "9")]
    [TestCase("1234567890", "3")]
    [TestCase("1000000041", "0")]
    public void ShouldRejectAWrongCheckDigit(string value, string expected)
    {
        TaxCode.IsValid(value).ShouldBeFalse();
        Should.Throw<InvalidTaxCodeException>(() => TaxCode.Parse(value))
            .Message.ShouldContain($"check digit (10th digit) should be {expected}");
    }

    [TestCase("987654321")]
    [TestCase("100000008")]
    [TestCase("000000000")]
    public void ShouldRejectEveryCodeWhoseCheckValueIsTen(string firstNine)
    {
        Enumerable.Range(0, 10).Where(d => TaxCode.IsValid(firstNine + d)).ShouldBeEmpty();
        Should.Throw<InvalidTaxCodeException>(() => TaxCode.Parse(firstNine + "0")).Message.ShouldContain("check value 10");
    }

    [TestCase("0100109106-001", "0100109106-001")]
    [TestCase("0100109106-999", "0100109106-999")]
    [TestCase("0300588569-012", "0300588569-012")]
    [TestCase("0100109106001", "0100109106-001")]
    [TestCase("0300588569150", "0300588569-150")]
    public void ShouldAcceptABranchCodeAndWriteItWithTheDash(string value, string normalised)
    {
        var code = TaxCode.Parse(value);

        code.Value.ShouldBe(normalised);
        code.IsBranch.ShouldBeTrue();
        TaxCode.IsValid(value).ShouldBeTrue();
    }

    [Test]
    public void ShouldBeEqualWithOrWithoutTheDash() =>
        TaxCode.Parse("0100109106001").ShouldBe(TaxCode.Parse("0100109106-001"));

    [TestCase("0100109106-000")]
    [TestCase("0100109106000")]
    public void ShouldRejectBranchSuffixZero(string value)
    {
        TaxCode.IsValid(value).ShouldBeFalse();
        Should.Throw<InvalidTaxCodeException>(() => TaxCode.Parse(value)).Message.ShouldContain("000");
    }

    [TestCase("0100109107-001")]
    [TestCase("0100109107001")]
    [TestCase("9876543210-001")]
    public void ShouldRejectABranchOfAnInvalidMainCode(string value)
    {
        TaxCode.IsValid(value).ShouldBeFalse();
        Should.Throw<InvalidTaxCodeException>(() => TaxCode.Parse(value));
    }

    [TestCase("")]
    [TestCase("010010910")]
    [TestCase("01001091061")]
    [TestCase("010010910-6")]
    [TestCase("0100109106-")]
    [TestCase("0100109106-01")]
    [TestCase("0100109106-0001")]
    [TestCase("0100109106--001")]
    [TestCase("0100109106 001")]
    [TestCase("0100109106/001")]
    [TestCase("01001091060011")]
    [TestCase(" 0100109106")]
    [TestCase("0100109106 ")]
    [TestCase("010010910A")]
    [TestCase("0100109106-00A")]
    [TestCase("０１００１０９１０６")]
    public void ShouldRejectOtherShapes(string value)
    {
        TaxCode.IsValid(value).ShouldBeFalse();
        Should.Throw<InvalidTaxCodeException>(() => TaxCode.Parse(value)).Message.ShouldContain("10 digits");
    }

    [Test]
    public void ShouldNotBeValidWhenNull() => TaxCode.IsValid(null).ShouldBeFalse();

    [Test]
    public void ShouldNameTheBrokenRule() =>
        Should.Throw<InvalidTaxCodeException>(() => TaxCode.Parse("0100109107")).Rule.ShouldBe("invalid-tax-code");
}
