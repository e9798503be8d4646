using FluentValidation.TestHelper;
using OneStop.Application.Procedures.Common;
using OneStop.Domain.Agencies;
using OneStop.Domain.Procedures;

namespace OneStop.Application.UnitTests.Procedures;

public sealed class ProcedureContentInputValidatorTests
{
    private readonly ProcedureContentInputValidator _validator = new();

    private static ProcedureContentInput Valid() => new()
    {
        Name = "Cấp giấy phép xây dựng",
        FieldId = Guid.NewGuid(),
        Levels = [AgencyLevel.Department],
        ImplementingAgencyIds = [Guid.NewGuid()],
        OnlineLevel = OnlineServiceLevel.FullOnline,
        Result = "Giấy phép xây dựng",
        LegalBasis = "Luật Xây dựng",
        Cases =
        [
            new ProcedureCaseInput("Nhà ở", new ProcessingTimeInput(15, ProcessingTimeUnit.WorkingDays),
                [new FeeInput(0, "Miễn lệ phí")], [new RequiredDocumentInput("Đơn", DocumentForm.Original, 1, null)]),
        ],
    };

    [Test]
    public void ShouldAcceptAValidProcedureWithAZeroFee() => _validator.TestValidate(Valid()).ShouldNotHaveAnyValidationErrors();

    [Test]
    public void ShouldRequireNameFieldLevelsAgenciesAndCases()
    {
        var result = _validator.TestValidate(Valid() with { Name = " ", FieldId = Guid.Empty, Levels = [], ImplementingAgencyIds = [], Cases = [] });

        result.ShouldHaveValidationErrorFor(x => x.Name);
        result.ShouldHaveValidationErrorFor(x => x.FieldId);
        result.ShouldHaveValidationErrorFor(x => x.Levels);
        result.ShouldHaveValidationErrorFor(x => x.ImplementingAgencyIds);
        result.ShouldHaveValidationErrorFor(x => x.Cases);
    }

    [Test]
    public void ShouldRejectANegativeFeeNamingItsPath()
    {
        var input = Valid() with
        {
            Cases = [Valid().Cases[0] with { Fees = [new FeeInput(-5_000, "Lệ phí")] }],
        };

        _validator.TestValidate(input).ShouldHaveValidationErrorFor("Cases[0].Fees[0].Amount").WithErrorMessage("A fee cannot be negative.");
    }

    [Test]
    public void ShouldRejectUnknownEnumValuesAndBadCounts()
    {
        var input = Valid() with
        {
            OnlineLevel = (OnlineServiceLevel)42,
            Levels = [(AgencyLevel)9],
            Cases = [Valid().Cases[0] with
            {
                ProcessingTime = new ProcessingTimeInput(0, (ProcessingTimeUnit)7),
                Documents = [new RequiredDocumentInput("", DocumentForm.Copy, 0, null)],
            }],
        };

        var result = _validator.TestValidate(input);

        result.ShouldHaveValidationErrorFor(x => x.OnlineLevel);
        result.ShouldHaveValidationErrorFor("Levels[0]");
        result.ShouldHaveValidationErrorFor("Cases[0].ProcessingTime.Value");
        result.ShouldHaveValidationErrorFor("Cases[0].ProcessingTime.Unit");
        result.ShouldHaveValidationErrorFor("Cases[0].Documents[0].Name");
        result.ShouldHaveValidationErrorFor("Cases[0].Documents[0].Count");
    }

    [Test]
    public void ShouldAcceptACaseThatNeedsNoDocuments() =>
        _validator.TestValidate(Valid() with { Cases = [Valid().Cases[0] with { Documents = [] }] })
            .ShouldNotHaveValidationErrorFor("Cases[0].Documents");
}
