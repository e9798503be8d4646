using FluentValidation.TestHelper;
using OneStop.Application.Identity.Commands.RegisterOrganisation;

namespace OneStop.Application.UnitTests.Identity;

public sealed class RegisterOrganisationCommandValidatorTests
{
    private readonly RegisterOrganisationCommandValidator _validator = new();

    private static RegisterOrganisationCommand Valid(string taxCode = "0100109106") =>
        new("Công ty Cổ phần Xây dựng Khánh Hòa", taxCode, "Trần Thị Bình", "0912 345 678", "lienhe@xaydungkh.vn", "Mat-khau-2026");

    [TestCase("0100109106")]
    [TestCase("0300588569")]
    [TestCase("0100109106-001")]
    [TestCase("0100109106001")]
    [TestCase(" 0300588569 ")]
    public void ShouldAcceptATaxCodeWithItsCheckDigitOrABranchSuffix(string taxCode) =>
        _validator.TestValidate(Valid(taxCode)).ShouldNotHaveAnyValidationErrors();

    [TestCase("0100109107", TestName = "ShouldRejectAWrongCheckDigit")]
    [TestCase("010010910", TestName = "ShouldRejectNineDigits")]
    [TestCase("01001091060", TestName = "ShouldRejectElevenDigits")]
    [TestCase("0100109106-000", TestName = "ShouldRejectBranchSuffix000")]
    [TestCase("0100109107-001", TestName = "ShouldRejectABranchOfAnInvalidCode")]
    [TestCase("01OO1O91O6", TestName = "ShouldRejectLetters")]
    [TestCase("", TestName = "ShouldRejectAnEmptyTaxCode")]
    public void ShouldRejectAnInvalidTaxCode(string taxCode) =>
        _validator.TestValidate(Valid(taxCode)).ShouldHaveValidationErrorFor(x => x.TaxCode)
            .WithErrorMessage("The tax code is 10 digits ending in a valid check digit, or NNNNNNNNNN-NNN for a branch.");

    [Test]
    public void ShouldRequireTheOrganisationAndRepresentativeNames()
    {
        var result = _validator.TestValidate(Valid() with { OrganisationName = " ", RepresentativeName = "" });

        result.ShouldHaveValidationErrorFor(x => x.OrganisationName);
        result.ShouldHaveValidationErrorFor(x => x.RepresentativeName);
    }

    [TestCase("0212345678", TestName = "ShouldRejectALandlineNumber")]
    [TestCase("091234567", TestName = "ShouldRejectNineDigitPhone")]
    [TestCase("+1 912 345 678", TestName = "ShouldRejectAForeignNumber")]
    public void ShouldRejectANonVietnameseMobileNumber(string phone) =>
        _validator.TestValidate(Valid() with { PhoneNumber = phone }).ShouldHaveValidationErrorFor(x => x.PhoneNumber);

    [Test]
    public void ShouldAcceptAnInternationalMobileNumber() =>
        _validator.TestValidate(Valid() with { PhoneNumber = "+84 912 345 678" }).ShouldNotHaveAnyValidationErrors();

    [Test]
    public void ShouldRequireAnEmailAndAPassword()
    {
        var result = _validator.TestValidate(Valid() with { Email = "not-an-email", Password = "" });

        result.ShouldHaveValidationErrorFor(x => x.Email);
        result.ShouldHaveValidationErrorFor(x => x.Password);
    }
}
