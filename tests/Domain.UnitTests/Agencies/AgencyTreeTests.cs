using OneStop.Domain.Agencies;
using OneStop.Domain.Agencies.Exceptions;

namespace OneStop.Domain.UnitTests.Agencies;

public sealed class AgencyTreeTests
{
    private static readonly DateOnly Reform = new(2025, 7, 1);
    private readonly Agency _province = Agency.CreateProvince(AgencyCode.Parse("000.00.00.H56"), "Tỉnh Khánh Hòa", Reform);

    private Agency Department(string code = "000.00.14.H56") =>
        Agency.CreateUnder(_province, AgencyCode.Parse(code), "Sở Xây dựng", AgencyLevel.Department, Reform);

    [Test]
    public void ShouldContainEveryNodeBelowItAtAnyDepth()
    {
        var department = Department();
        var office = Agency.CreateUnder(department, AgencyCode.Parse("000.14.01.H56"), "Văn phòng", AgencyLevel.Unit, Reform);
        var team = Agency.CreateUnder(office, AgencyCode.Parse("000.14.02.H56"), "Tổ một cửa", AgencyLevel.Unit, Reform);

        _province.Contains(team).ShouldBeTrue();
        department.Contains(team).ShouldBeTrue();
        team.Contains(department).ShouldBeFalse();
        team.ParentId.ShouldBe(office.Id);
        team.Path.ShouldStartWith(_province.Path);
    }

    [Test]
    public void ShouldNotContainASibling() => Department().Contains(Department("000.00.15.H56")).ShouldBeFalse();

    [Test]
    public void ShouldRejectAProvinceWithAParent() =>
        Should.Throw<InvalidAgencyTreeException>(() =>
            Agency.CreateUnder(_province, AgencyCode.Parse("000.00.00.H57"), "Tỉnh khác", AgencyLevel.Province, Reform));

    [TestCase(AgencyLevel.Department)]
    [TestCase(AgencyLevel.Commune)]
    public void ShouldRejectADepartmentOrCommuneOutsideTheProvince(AgencyLevel level) =>
        Should.Throw<InvalidAgencyTreeException>(() =>
            Agency.CreateUnder(Department(), AgencyCode.Parse("000.00.20.H56"), "Nhầm cấp", level, Reform));

    [Test]
    public void ShouldRejectAUnitDirectlyUnderTheProvince() =>
        Should.Throw<InvalidAgencyTreeException>(() =>
            Agency.CreateUnder(_province, AgencyCode.Parse("000.00.21.H56"), "Đơn vị", AgencyLevel.Unit, Reform));

    [Test]
    public void ShouldRecordTheSuccessorWhenDissolved()
    {
        var merged = Department();
        var successor = Department("000.00.15.H56");

        merged.Dissolve(new DateOnly(2025, 12, 31), successor);

        merged.SuccessorId.ShouldBe(successor.Id);
        merged.IsValidOn(new DateOnly(2025, 12, 31)).ShouldBeTrue();
        merged.IsValidOn(new DateOnly(2026, 1, 1)).ShouldBeFalse();
    }

    [Test]
    public void ShouldRejectASuccessorInsideTheDissolvedSubtree()
    {
        var department = Department();
        var office = Agency.CreateUnder(department, AgencyCode.Parse("000.14.01.H56"), "Văn phòng", AgencyLevel.Unit, Reform);

        Should.Throw<InvalidAgencyTreeException>(() => department.Dissolve(new DateOnly(2026, 1, 1), office));
        Should.Throw<InvalidAgencyTreeException>(() => department.Dissolve(new DateOnly(2026, 1, 1), department));
        Should.Throw<InvalidAgencyTreeException>(() => department.Dissolve(new DateOnly(2025, 1, 1), Department("000.00.15.H56")));
    }
}
