using OneStop.Application.Agencies.Commands.CreateAgency;
using OneStop.Application.Agencies.Commands.DissolveAgency;
using OneStop.Application.Agencies.Queries.GetAgencies;
using OneStop.Application.Common.Exceptions;
using OneStop.Domain.Agencies;
using OneStop.Domain.Agencies.Exceptions;
using OneStop.Testing;

namespace OneStop.Application.FunctionalTests.Agencies;

public sealed class CreateAgencyTests : DatabaseTestBase
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

    [Test]
    public async Task ShouldDissolveAnAgencyIntoItsSuccessor()
    {
        var catalogue = await TestCatalogue.CreateAsync();
        var merged = await TestApp.SendAsync(new CreateAgencyCommand("000.30.02.H56", "Ủy ban nhân dân xã cũ", AgencyLevel.Commune, catalogue.ProvinceId, Reform));

        var dissolved = await TestApp.SendAsync(new DissolveAgencyCommand(new DateOnly(2025, 12, 31), catalogue.CommuneId) { Id = merged.Id });

        dissolved.ValidTo.ShouldBe(new DateOnly(2025, 12, 31));
        dissolved.SuccessorId.ShouldBe(catalogue.CommuneId);
        (await TestApp.SendAsync(new GetAgenciesQuery())).Single(a => a.Id == merged.Id).SuccessorId.ShouldBe(catalogue.CommuneId);
    }

    [Test]
    public async Task ShouldRejectASuccessorInsideTheDissolvedSubtreeAndChangeNothing()
    {
        var catalogue = await TestCatalogue.CreateAsync();
        var office = await TestApp.SendAsync(new CreateAgencyCommand("000.14.01.H56", "Văn phòng Sở", AgencyLevel.Unit, catalogue.DepartmentId, Reform));

        await Should.ThrowAsync<InvalidAgencyTreeException>(() =>
            TestApp.SendAsync(new DissolveAgencyCommand(new DateOnly(2026, 1, 1), office.Id) { Id = catalogue.DepartmentId }));
        await Should.ThrowAsync<NotFoundException>(() =>
            TestApp.SendAsync(new DissolveAgencyCommand(new DateOnly(2026, 1, 1), Guid.NewGuid()) { Id = catalogue.DepartmentId }));
        (await TestApp.SendAsync(new GetAgenciesQuery())).Single(a => a.Id == catalogue.DepartmentId).ValidTo.ShouldBeNull();
    }
}
