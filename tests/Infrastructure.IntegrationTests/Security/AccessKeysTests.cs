using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using OneStop.Application.Common.Interfaces;
using OneStop.Infrastructure.Identity;
using OneStop.Infrastructure.Security;

namespace OneStop.Infrastructure.IntegrationTests.Security;

/// <summary>The keys guests and walk-in applicants hold: derived from the server secret, typed from paper, bound to one record and purpose.</summary>
public sealed class AccessKeysTests
{
    private static AccessKeys Keys(string signingKey = "a-signing-key-of-at-least-thirty-two-bytes!!", string? secret = null) =>
        new(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["AccessKeys:Secret"] = secret }).Build(),
            Options.Create(new JwtOptions { SigningKey = signingKey }));

    private static readonly Guid Record = Guid.CreateVersion7();

    [Test]
    public void ShouldIssueAKeyOfFourGroupsWithoutLettersThatReadLikeDigits()
    {
        var key = Keys().Issue(AccessKeyPurposes.FeedbackFollowUp, Record);

        key.ShouldMatch("^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$");
    }

    [Test]
    public void ShouldAcceptTheKeyTypedInLowerCaseWithSpacesOrWithoutDashes()
    {
        var keys = Keys();
        var key = keys.Issue(AccessKeyPurposes.DossierRating, Record);

        keys.Verify(AccessKeyPurposes.DossierRating, Record, key).ShouldBeTrue();
        keys.Verify(AccessKeyPurposes.DossierRating, Record, key.ToLowerInvariant().Replace('-', ' ')).ShouldBeTrue();
        keys.Verify(AccessKeyPurposes.DossierRating, Record, key.Replace("-", "")).ShouldBeTrue();
    }

    [Test]
    public void ShouldRefuseTheKeyForAnotherRecordAnotherPurposeOrAnotherServer()
    {
        var key = Keys().Issue(AccessKeyPurposes.DossierRating, Record);

        Keys().Verify(AccessKeyPurposes.DossierRating, Guid.CreateVersion7(), key).ShouldBeFalse();
        Keys().Verify(AccessKeyPurposes.FeedbackFollowUp, Record, key).ShouldBeFalse();
        Keys(signingKey: "another-signing-key-of-at-least-thirty-two-bytes").Verify(AccessKeyPurposes.DossierRating, Record, key).ShouldBeFalse();
        Keys(secret: "a-dedicated-access-key-secret").Verify(AccessKeyPurposes.DossierRating, Record, key).ShouldBeFalse();
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("ABCD-EFGH")]
    [TestCase("ILOU-ILOU-ILOU-ILOU")]
    [TestCase("ABCD-EFGH-JKMN-PQRS-TVWX")]
    public void ShouldRefuseWhatCannotBeAKey(string? key) =>
        Keys().Verify(AccessKeyPurposes.DossierRating, Record, key).ShouldBeFalse();
}
