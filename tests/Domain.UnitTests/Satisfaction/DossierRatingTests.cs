using OneStop.Domain.Dossiers;
using OneStop.Domain.Satisfaction;
using static OneStop.Domain.UnitTests.Dossiers.DossierFixture;

namespace OneStop.Domain.UnitTests.Satisfaction;

/// <summary>The applicant's one rating of a returned dossier (domain.md, "Satisfaction").</summary>
public sealed class DossierRatingTests
{
    private static readonly SatisfactionScores AllSatisfied =
        new(SatisfactionLevel.VerySatisfied, SatisfactionLevel.Satisfied, SatisfactionLevel.VerySatisfied, SatisfactionLevel.Satisfied);

    private static DateTimeOffset RatedAt => Monday.AddDays(3);

    [Test]
    public void ShouldCopyTheCodeAgencyAndProcedureOfTheReturnedDossier()
    {
        var dossier = In(DossierStatus.Returned);
        var applicant = Guid.NewGuid();

        var rating = DossierRating.Rate(dossier, AllSatisfied, "  Cán bộ nhiệt tình  ", RatingChannel.Account, applicant, RatedAt);

        rating.DossierId.ShouldBe(dossier.Id);
        rating.DossierCode.ShouldBe(dossier.Code);
        rating.AgencyId.ShouldBe(dossier.CompetentAgencyId);
        rating.AgencyId.ShouldBe(Commune.Id);
        rating.ProcedureId.ShouldBe(dossier.ProcedureId);
        rating.Scores.ShouldBe(AllSatisfied);
        rating.Comment.ShouldBe("Cán bộ nhiệt tình");
        rating.Channel.ShouldBe(RatingChannel.Account);
        rating.RatedBy.ShouldBe(applicant);
        rating.RatedAt.ShouldBe(RatedAt);
        rating.Id.ShouldNotBe(dossier.Id);
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("   ")]
    public void ShouldStoreNoCommentWhenNoneIsGiven(string? comment) =>
        DossierRating.Rate(In(DossierStatus.Returned), AllSatisfied, comment, RatingChannel.Account, Guid.NewGuid(), RatedAt).Comment.ShouldBeNull();

    [Test]
    public void ShouldLetAWalkInApplicantRateWithTheReceiptTokenWithoutAnAccount()
    {
        var rating = DossierRating.Rate(In(DossierStatus.Returned), AllSatisfied, null, RatingChannel.ReceiptToken, null, RatedAt);

        rating.Channel.ShouldBe(RatingChannel.ReceiptToken);
        rating.RatedBy.ShouldBeNull();
    }

    public static IEnumerable<TestCaseData> NotReturned() =>
        Enum.GetValues<DossierStatus>().Where(s => s != DossierStatus.Returned)
            .Select(s => new TestCaseData(s).SetName($"A dossier {s} cannot be rated yet"));

    [TestCaseSource(nameof(NotReturned))]
    public void ShouldRefuseToRateADossierNotYetReturned(DossierStatus status)
    {
        var dossier = In(status);

        var refused = Should.Throw<DossierNotYetReturnedException>(() =>
            DossierRating.Rate(dossier, AllSatisfied, null, RatingChannel.Account, Guid.NewGuid(), RatedAt));

        refused.Rule.ShouldBe("dossier-not-returned");
        refused.Message.ShouldContain(status.ToString());
    }

    [Test]
    public void ShouldBeSatisfiedWhenEveryCriterionIsVerySatisfied() =>
        new SatisfactionScores(SatisfactionLevel.VerySatisfied, SatisfactionLevel.VerySatisfied, SatisfactionLevel.VerySatisfied,
            SatisfactionLevel.VerySatisfied).Satisfied.ShouldBeTrue();

    [Test]
    public void ShouldBeSatisfiedWhenEveryCriterionIsSatisfiedOrBetter() =>
        AllSatisfied.Satisfied.ShouldBeTrue();

    [TestCase(SatisfactionLevel.Dissatisfied, SatisfactionLevel.VerySatisfied, SatisfactionLevel.VerySatisfied, SatisfactionLevel.VerySatisfied,
        TestName = "ShouldNotBeSatisfiedWhenTheTimeIsRatedDissatisfied")]
    [TestCase(SatisfactionLevel.VerySatisfied, SatisfactionLevel.Dissatisfied, SatisfactionLevel.VerySatisfied, SatisfactionLevel.VerySatisfied,
        TestName = "ShouldNotBeSatisfiedWhenTheOfficersAttitudeIsRatedDissatisfied")]
    [TestCase(SatisfactionLevel.Satisfied, SatisfactionLevel.Satisfied, SatisfactionLevel.Dissatisfied, SatisfactionLevel.Satisfied,
        TestName = "ShouldNotBeSatisfiedWhenTheClarityOfTheProcedureIsRatedDissatisfied")]
    [TestCase(SatisfactionLevel.VerySatisfied, SatisfactionLevel.Satisfied, SatisfactionLevel.VerySatisfied, SatisfactionLevel.Dissatisfied,
        TestName = "ShouldNotBeSatisfiedWhenTheFeesAreRatedDissatisfied")]
    [TestCase(SatisfactionLevel.Dissatisfied, SatisfactionLevel.Dissatisfied, SatisfactionLevel.Dissatisfied, SatisfactionLevel.Dissatisfied,
        TestName = "ShouldNotBeSatisfiedWhenEveryCriterionIsRatedDissatisfied")]
    public void ShouldNotBeSatisfiedWhenAnyCriterionIsDissatisfied(SatisfactionLevel time, SatisfactionLevel attitude, SatisfactionLevel clarity,
        SatisfactionLevel fees) =>
        new SatisfactionScores(time, attitude, clarity, fees).Satisfied.ShouldBeFalse();
}
