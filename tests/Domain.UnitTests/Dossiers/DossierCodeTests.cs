using OneStop.Domain.Agencies;
using OneStop.Domain.Dossiers;
using OneStop.Domain.Dossiers.Exceptions;

namespace OneStop.Domain.UnitTests.Dossiers;

public sealed class DossierCodeTests
{
    [Test]
    public void ShouldJoinTheAgencyIdTheLocalDayAndAFourDigitSequence() =>
        DossierCode.Create(AgencyCode.Parse("000.17.22.H56"), new DateOnly(2021, 5, 31), 1).Value.ShouldBe("000.17.22.H56-210531-0001");

    [Test]
    public void ShouldWidenTheSequenceBeyondNineThousandNineHundredNinetyNine() =>
        DossierCode.Create(AgencyCode.Parse("000.17.22.H56"), new DateOnly(2021, 5, 31), 10_000).Value.ShouldEndWith("-10000");

    [TestCase("000.17.22.H56-210531-0001", true)]
    [TestCase("000.17.22.H56-211331-0001", false)]
    [TestCase("000.17.22.H56-210531-0000", false)]
    [TestCase("000.17.22.H56-210531-001", false)]
    [TestCase("00.17.22.H56-210531-0001", false)]
    [TestCase("000.17.22.H56-210531-0001 ", false)]
    [TestCase("", false)]
    public void ShouldRecogniseTheShape(string value, bool valid) => DossierCode.TryParse(value, out _).ShouldBe(valid);

    [Test]
    public void ShouldRefuseToParseAMalformedCode() =>
        Should.Throw<InvalidDossierCodeException>(() => DossierCode.Parse("HS-1"));
}
