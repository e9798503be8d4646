using OneStop.Application.Agencies.Commands.CreateAgency;
using OneStop.Application.Fields.Commands.CreateField;
using OneStop.Application.Procedures.Commands.CreateProcedure;
using OneStop.Application.Procedures.Commands.PublishProcedure;
using OneStop.Application.Procedures.Common;
using OneStop.Domain.Agencies;
using OneStop.Domain.Procedures;

namespace OneStop.Testing;

/// <summary>A small province made through the real commands: a province, a department, a commune, two fields.</summary>
public sealed record TestCatalogue(Guid ProvinceId, Guid DepartmentId, Guid CommuneId, Guid ConstructionFieldId, Guid CivilStatusFieldId)
{
    public static async Task<TestCatalogue> CreateAsync()
    {
        var reform = new DateOnly(2025, 7, 1);
        var province = await TestApp.SendAsync(new CreateAgencyCommand("000.00.00.H56", "Ủy ban nhân dân tỉnh Khánh Hòa", AgencyLevel.Province, null, reform));
        var department = await TestApp.SendAsync(new CreateAgencyCommand("000.00.14.H56", "Sở Xây dựng", AgencyLevel.Department, province.Id, reform));
        var commune = await TestApp.SendAsync(new CreateAgencyCommand("000.30.01.H56", "Ủy ban nhân dân phường Nha Trang", AgencyLevel.Commune, province.Id, reform));
        var construction = await TestApp.SendAsync(new CreateFieldCommand("XD", "Hoạt động xây dựng"));
        var civilStatus = await TestApp.SendAsync(new CreateFieldCommand("HT", "Hộ tịch"));
        return new TestCatalogue(province.Id, department.Id, commune.Id, construction.Id, civilStatus.Id);
    }

    /// <summary>A valid construction procedure of the department; override what a test is about with <c>with</c>.</summary>
    public CreateProcedureCommand NewProcedure(string code, string name) => new()
    {
        Code = code,
        Name = name,
        FieldId = ConstructionFieldId,
        Levels = [AgencyLevel.Department],
        ImplementingAgencyIds = [DepartmentId],
        OnlineLevel = OnlineServiceLevel.FullOnline,
        Result = "Giấy phép xây dựng",
        LegalBasis = "Luật Xây dựng số 50/2014/QH13",
        Cases =
        [
            new ProcedureCaseInput(
                "Nhà ở riêng lẻ tại đô thị",
                new ProcessingTimeInput(15, ProcessingTimeUnit.WorkingDays),
                [new FeeInput(75_000, "Lệ phí cấp giấy phép xây dựng nhà ở riêng lẻ")],
                [new RequiredDocumentInput("Đơn đề nghị cấp giấy phép xây dựng", DocumentForm.Original, 1, "mau-01.docx")]),
        ],
    };

    public async Task<ProcedureVersionRefDto> PublishAsync(CreateProcedureCommand command)
    {
        var created = await TestApp.SendAsync(command);
        return await TestApp.SendAsync(new PublishProcedureCommand(created.Id));
    }
}
