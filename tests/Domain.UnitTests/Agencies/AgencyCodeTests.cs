using OneStop.Domain.Agencies;
using OneStop.Domain.Agencies.Exceptions;

namespace OneStop.Domain.UnitTests.Agencies;

public sealed class AgencyCodeTests
{
    [TestCase("000.00.00.H56")]
    [TestCase("000.17.22.H56")]
    [TestCase("123.45.67.G01")]
    public void ShouldAcceptTheQcvn102Shape(string code) => AgencyCode.Parse(code).Value.ShouldBe(code);

    [TestCase("")]
    [TestCase("000.00.00.h56")]
    [TestCase("000.00.00.H5")]
    [TestCase("00.00.00.H56")]
    [TestCase("000-00-00-H56")]
    [TestCase("000.00.00.H56 ")]
    public void ShouldRejectOtherShapes(string code) => Should.Throw<InvalidAgencyCodeException>(() => AgencyCode.Parse(code));
}
