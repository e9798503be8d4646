using AutoMapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using OneStop.Application.Agencies.Queries.GetAgencies;
using OneStop.Application.Procedures.Queries.GetProcedureById;
using OneStop.Application.Procedures.Queries.GetProcedureVersions;
using OneStop.Domain.Agencies;
using OneStop.Domain.Procedures;

namespace OneStop.Application.UnitTests.Common.Mappings;

public sealed class MappingTests
{
    private IMapper _mapper = null!;

    [OneTimeSetUp]
    public void BuildMapper()
    {
        var services = new ServiceCollection();
        services.AddSingleton<Microsoft.Extensions.Logging.ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddApplicationServices(autoMapperLicenseKey: null);
        _mapper = services.BuildServiceProvider().GetRequiredService<IMapper>();
    }

    [Test]
    public void ShouldHaveAValidConfiguration() => _mapper.ConfigurationProvider.AssertConfigurationIsValid();

    [Test]
    public void ShouldMapAProcedureWithItsCasesToItsDetail()
    {
        var procedure = Procedure.Create(ProcedureCode.Parse("1.009994"), new ProcedureContent(
            "Cấp giấy phép xây dựng", Guid.NewGuid(), [AgencyLevel.Department], [Guid.NewGuid()], OnlineServiceLevel.PartialOnline,
            "Giấy phép", "Luật Xây dựng",
            [new ProcedureCase("Nhà ở", new ProcessingTime(15, ProcessingTimeUnit.WorkingDays),
                [new Fee(75_000, "Lệ phí")], [new RequiredDocument("Đơn", DocumentForm.Copy, 2, "mau-01.docx")])]), DateTimeOffset.UnixEpoch);

        var detail = _mapper.Map<ProcedureDetailDto>(procedure);

        detail.Code.ShouldBe("1.009994");
        detail.OnlineLevel.ShouldBe(OnlineServiceLevel.PartialOnline);
        var @case = detail.Cases.ShouldHaveSingleItem();
        @case.ProcessingTime.ShouldBe(new ProcessingTimeDto { Value = 15, Unit = ProcessingTimeUnit.WorkingDays });
        @case.Fees.ShouldHaveSingleItem().Amount.ShouldBe(75_000);
        @case.Documents.ShouldHaveSingleItem().ShouldBe(new RequiredDocumentDto { Name = "Đơn", Form = DocumentForm.Copy, Count = 2, TemplateFileName = "mau-01.docx" });
        _mapper.Map<ProcedureVersionDto>(procedure).VersionNumber.ShouldBe(1);
    }

    [Test]
    public void ShouldMapAnAgency()
    {
        var agency = Agency.CreateProvince(AgencyCode.Parse("000.00.00.H56"), "Tỉnh Khánh Hòa", new DateOnly(2025, 7, 1));

        var dto = _mapper.Map<AgencyDto>(agency);

        dto.ShouldBe(new AgencyDto { Id = agency.Id, Code = "000.00.00.H56", Name = "Tỉnh Khánh Hòa", Level = AgencyLevel.Province, ValidFrom = new DateOnly(2025, 7, 1) });
    }
}
