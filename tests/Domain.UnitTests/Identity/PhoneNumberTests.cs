using OneStop.Domain.Identity;
using OneStop.Domain.Identity.Exceptions;

namespace OneStop.Domain.UnitTests.Identity;

public sealed class PhoneNumberTests
{
    [TestCase("0912345678", "0912345678")]
    [TestCase("+84912345678", "0912345678")]
    [TestCase("84912345678", "0912345678")]
    [TestCase("0912 345 678", "0912345678")]
    [TestCase("0912.345.678", "0912345678")]
    [TestCase("0912-345-678", "0912345678")]
    [TestCase("+84 91 234 56 78", "0912345678")]
    [TestCase("+84-912-345-678", "0912345678")]
    [TestCase("84.912.345.678", "0912345678")]
    [TestCase(" 0912345678 ", "0912345678")]
    public void ShouldNormaliseToTheNationalForm(string value, string national)
    {
        var phone = PhoneNumber.Parse(value);

        phone.Value.ShouldBe(national);
        phone.ToString().ShouldBe(national);
        PhoneNumber.IsValid(value).ShouldBeTrue();
    }

    [TestCase("0912345678", "+84912345678")]
    [TestCase("+84 387 654 321", "+84387654321")]
    [TestCase("84.567.000.111", "+84567000111")]
    public void ShouldExposeTheE164Form(string value, string e164) => PhoneNumber.Parse(value).E164.ShouldBe(e164);

    [TestCase("0312345678")]
    [TestCase("0512345678")]
    [TestCase("0712345678")]
    [TestCase("0812345678")]
    [TestCase("0912345678")]
    [TestCase("+84312345678")]
    [TestCase("84712345678")]
    public void ShouldAcceptEveryMobilePrefix(string value) => PhoneNumber.IsValid(value).ShouldBeTrue();

    [TestCase("0012345678", "00")]
    [TestCase("0112345678", "01")]
    [TestCase("0212345678", "02")]
    [TestCase("0412345678", "04")]
    [TestCase("0612345678", "06")]
    [TestCase("+84212345678", "02")]
    [TestCase("84612345678", "06")]
    public void ShouldRejectANonMobilePrefix(string value, string prefix)
    {
        PhoneNumber.IsValid(value).ShouldBeFalse();
        Should.Throw<InvalidPhoneNumberException>(() => PhoneNumber.Parse(value))
            .Message.ShouldContain($"starts with {prefix}, which is not a mobile prefix");
    }

    [TestCase("")]
    [TestCase("   ")]
    [TestCase(" .-")]
    [TestCase("091234567")]
    [TestCase("09123456789")]
    [TestCase("01234567890")]
    [TestCase("912345678")]
    [TestCase("+840912345678")]
    [TestCase("+8491234567")]
    [TestCase("+849123456789")]
    [TestCase("+85912345678")]
    [TestCase("++84912345678")]
    [TestCase("+0912345678")]
    [TestCase("0912+345678")]
    [TestCase("0912345678a")]
    [TestCase("0912_345_678")]
    [TestCase("0912/345/678")]
    [TestCase("(0912) 345 678")]
    [TestCase("+84 (0)912345678")]
    [TestCase("０９１２３４５６７８")]
    public void ShouldRejectOtherShapes(string value)
    {
        PhoneNumber.IsValid(value).ShouldBeFalse();
        Should.Throw<InvalidPhoneNumberException>(() => PhoneNumber.Parse(value));
    }

    [Test]
    public void ShouldNotBeValidWhenNull() => PhoneNumber.IsValid(null).ShouldBeFalse();

    [Test]
    public void ShouldExplainTheAcceptedFormsWhenTheShapeIsWrong() =>
        Should.Throw<InvalidPhoneNumberException>(() => PhoneNumber.Parse("091234567")).Message.ShouldContain("+84 followed by 9 digits");

    [Test]
    public void ShouldNameTheBrokenRule() =>
        Should.Throw<InvalidPhoneNumberException>(() => PhoneNumber.Parse("0212345678")).Rule.ShouldBe("invalid-phone-number");

    [TestCase("0212345678")]
    [TestCase("09123456789")]
    public void ShouldKeepTheNumberOutOfTheMessage(string value) =>
        Should.Throw<InvalidPhoneNumberException>(() => PhoneNumber.Parse(value)).Message.ShouldNotContain(value);

    [Test]
    public void ShouldBeEqualWhateverTheWrittenForm() =>
        PhoneNumber.Parse("+84 912.345-678").ShouldBe(PhoneNumber.Parse("0912345678"));
}
