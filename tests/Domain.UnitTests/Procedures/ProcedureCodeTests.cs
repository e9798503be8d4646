using OneStop.Domain.Procedures;
using OneStop.Domain.Procedures.Exceptions;

namespace OneStop.Domain.UnitTests.Procedures;

public sealed class ProcedureCodeTests
{
    [TestCase("1.001193")]
    [TestCase("2.002154")]
    [TestCase("1.012753.H19")]
    public void ShouldAcceptNationalAndLocalCodes(string code) => ProcedureCode.Parse(code).Value.ShouldBe(code);

    [TestCase("1001193")]
    [TestCase("1.00119")]
    [TestCase("1.001193.h19")]
    [TestCase("1.001193.H1")]
    [TestCase("A.001193")]
    public void ShouldRejectOtherShapes(string code) => Should.Throw<InvalidProcedureCodeException>(() => ProcedureCode.Parse(code));
}
