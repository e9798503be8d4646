using OneStop.Application.Agencies.Commands.CreateAgency;
using OneStop.Application.Agencies.Queries.GetAgencies;
using OneStop.Application.Common.Exceptions;
using OneStop.Domain.Agencies;
using OneStop.Domain.Agencies.Exceptions;
using OneStop.Testing;

namespace OneStop.Application.FunctionalTests.Agencies;

public sealed class CreateAgencyTests : TestBase
{
    private static readonly DateOnly Reform = new(2025, 7, 1);

    [Test]
    public async Task ShouldBuildATreeOfAnyDepth()
    {
        var catalogue = await TestCatalogue.CreateAsync();
        var office = await TestApp.SendAsync(new CreateAgencyCommand("000.14.01.H56", "Văn phòng Sở", AgencyLevel.Unit, catalogue.DepartmentId, Reform));
        var team = await TestApp.SendAsync(new CreateAgencyCommand("000.14.02.H56", "Tổ một cửa", AgencyLevel.Unit, office.Id, Reform));

        var tree = await TestApp.SendAsync(new GetAgenciesQuery());

        tree.Count.ShouldBe(5);
        tree.Single(a => a.Id == team.Id).ParentId.ShouldBe(office.Id);
        tree.First().Level.ShouldBe(AgencyLevel.Province);
    }

    [Test]
    public async Task ShouldRejectADepartmentUnderAUnit()
    {
        var catalogue = await TestCatalogue.CreateAsync();
        var office = await TestApp.SendAsync(new CreateAgencyCommand("000.14.01.H56", "Văn phòng Sở", AgencyLevel.Unit, catalogue.DepartmentId, Reform));

        await Should.ThrowAsync<InvalidAgencyTreeException>(() =>
            TestApp.SendAsync(new CreateAgencyCommand("000.15.00.H56", "Sở lạc chỗ", AgencyLevel.Department, office.Id, Reform)));
    }

    [Test]
    public async Task ShouldRejectABadCodeAMissingParentAndADuplicate()
    {
        var catalogue = await TestCatalogue.CreateAsync();

        var shape = await Should.ThrowAsync<ValidationException>(() =>
            TestApp.SendAsync(new CreateAgencyCommand("H56-01", "Sở A", AgencyLevel.Department, catalogue.ProvinceId, Reform)));
        shape.Errors.Keys.ShouldBe(["Code"]);
        var parent = await Should.ThrowAsync<ValidationException>(() =>
            TestApp.SendAsync(new CreateAgencyCommand("000.16.00.H56", "Sở B", AgencyLevel.Department, Guid.NewGuid(), Reform)));
        parent.Errors.Keys.ShouldBe(["ParentId"]);
        await Should.ThrowAsync<DuplicateCodeException>(() =>
            TestApp.SendAsync(new CreateAgencyCommand("000.00.14.H56", "Sở trùng mã", AgencyLevel.Department, catalogue.ProvinceId, Reform)));
    }
}
