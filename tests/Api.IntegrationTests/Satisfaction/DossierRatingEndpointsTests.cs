using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Application.Common.Interfaces;
using OneStop.Application.Satisfaction.Common;
using OneStop.Application.Satisfaction.Queries.GetRatingInvitation;
using OneStop.Domain.Satisfaction;
using OneStop.Testing;
using static OneStop.Testing.DossierScenario;

namespace OneStop.Api.IntegrationTests.Satisfaction;

/// <summary>Rating a returned dossier once: through the applicant's account, or with the token printed on the receipt.</summary>
public sealed class DossierRatingEndpointsTests : DatabaseTestBase
{
    private DossierScenario _scenario = null!;

    [SetUp]
    public async Task SeedAsync() => _scenario = await DossierScenario.StartAsync();

    private static readonly object Scores = new { time = "VerySatisfied", attitude = "Satisfied", clarity = "Satisfied", fees = "Dissatisfied", comment = "Lệ phí cao" };

    private static string TokenOf(Guid dossierId) =>
        TestApp.Factory.Services.GetRequiredService<IAccessKeys>().Issue(AccessKeyPurposes.DossierRating, dossierId);

    [Test]
    public async Task ShouldLetTheApplicantRateTheReturnedDossierOnceAndNeverAgain()
    {
        var returned = await _scenario.ReturnedAsync();

        var response = await _scenario.Citizen.PostAsJsonAsync($"/api/dossiers/{returned.Id}/rating", Scores, Json);

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var rating = (await response.Content.ReadFromJsonAsync<DossierRatingDto>(Json))!;
        rating.Fees.ShouldBe(SatisfactionLevel.Dissatisfied);
        rating.Satisfied.ShouldBeFalse();
        rating.Channel.ShouldBe(RatingChannel.Account);
        var again = await _scenario.Citizen.PostAsJsonAsync($"/api/dossiers/{returned.Id}/rating",
            new { time = "VerySatisfied", attitude = "VerySatisfied", clarity = "VerySatisfied", fees = "VerySatisfied" }, Json);
        (await again.ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("type").GetString().ShouldBe("/problems/dossier-already-rated");
        var read = await _scenario.Processor.GetFromJsonAsync<DossierRatingDto>($"/api/dossiers/{returned.Id}/rating", Json);
        read.ShouldBe(rating);
    }

    [Test]
    public async Task ShouldRefuseRatingsBeforeTheReturnAndFromOfficers()
    {
        var processing = await _scenario.ProcessingAsync();

        var early = await _scenario.Citizen.PostAsJsonAsync($"/api/dossiers/{processing.Id}/rating", Scores, Json);
        var byOfficer = await _scenario.Processor.PostAsJsonAsync($"/api/dossiers/{processing.Id}/rating", Scores, Json);

        (await early.ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("type").GetString().ShouldBe("/problems/dossier-not-returned");
        (await byOfficer.ShouldBeProblemAsync(HttpStatusCode.Forbidden)).GetProperty("type").GetString().ShouldBe("/problems/rating-not-yours");
        (await _scenario.Citizen.GetAsync($"/api/dossiers/{processing.Id}/rating")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task ShouldRefuseAnIncompleteRatingFieldByField()
    {
        var returned = await _scenario.ReturnedAsync();

        var response = await _scenario.Citizen.PostAsJsonAsync($"/api/dossiers/{returned.Id}/rating", new { time = "Satisfied", attitude = "Meh", clarity = "Satisfied" }, Json);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task ShouldLetAWalkInApplicantRateOnceWithTheReceiptToken()
    {
        var returned = await _scenario.ReturnedAsync();
        var token = TokenOf(returned.Id);
        var query = $"/api/ratings/invitation?code={returned.Code}&token={token.ToLowerInvariant().Replace("-", " ")}";

        var invitation = await TestApp.CreateClient().GetFromJsonAsync<RatingInvitationDto>(query, Json);
        invitation!.CanRate.ShouldBeTrue();
        invitation.ProcedureName.ShouldBe(returned.ProcedureName);

        var guest = TestApp.CreateClient();
        var rated = await guest.PostAsJsonAsync("/api/ratings", new { code = returned.Code, token, time = "Satisfied", attitude = "Satisfied", clarity = "Satisfied", fees = "Satisfied" }, Json);
        rated.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await rated.Content.ReadFromJsonAsync<DossierRatingDto>(Json))!.Channel.ShouldBe(RatingChannel.ReceiptToken);
        var spent = await guest.PostAsJsonAsync("/api/ratings", new { code = returned.Code, token, time = "Dissatisfied", attitude = "Dissatisfied", clarity = "Dissatisfied", fees = "Dissatisfied" }, Json);
        await spent.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        (await TestApp.CreateClient().GetFromJsonAsync<RatingInvitationDto>(query, Json))!.AlreadyRated.ShouldBeTrue();
    }

    [Test]
    public async Task ShouldAnswerAWrongTokenLikeAnUnknownCode()
    {
        var returned = await _scenario.ReturnedAsync();
        var otherToken = TokenOf(Guid.NewGuid());

        var wrong = await TestApp.CreateClient().PostAsJsonAsync("/api/ratings",
            new { code = returned.Code, token = otherToken, time = "Satisfied", attitude = "Satisfied", clarity = "Satisfied", fees = "Satisfied" }, Json);
        var unknown = await TestApp.CreateClient().GetAsync($"/api/ratings/invitation?code=000.00.15.H56-200101-0001&token={TokenOf(returned.Id)}");

        await wrong.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await unknown.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await _scenario.Citizen.GetAsync($"/api/dossiers/{returned.Id}/rating")).StatusCode.ShouldBe(HttpStatusCode.NotFound, "nothing was recorded");
    }
}
