using System.Net;
using Microsoft.EntityFrameworkCore;
using OneStop.Application.Feedbacks.Common;
using OneStop.Domain.Feedbacks;
using OneStop.Testing;
using static OneStop.Testing.FeedbackScenario;

namespace OneStop.Application.FunctionalTests.Feedbacks;

/// <summary>Feedback on the real PostgreSQL: codes under concurrency, two officers at once, and the history kept whole.</summary>
public sealed class FeedbackIntegrityTests : DatabaseTestBase
{
    private FeedbackScenario _scenario = null!;

    [SetUp]
    public async Task SeedAsync() => _scenario = await FeedbackScenario.StartAsync();

    [Test]
    public async Task ShouldGiveThirtyParallelGuestSubmissionsThirtyDistinctCodesOfTheDay()
    {
        var receipts = await Task.WhenAll(Enumerable.Range(0, 30).Select(async _ =>
            await ReadAsync<FeedbackReceiptDto>(await SubmitAsync(TestApp.CreateClient(), Form()))));

        var codes = receipts.Select(r => r.Code).ToList();
        codes.Distinct().Count().ShouldBe(30);
        codes.Select(code => int.Parse(code[^4..])).Order().ShouldBe(Enumerable.Range(1, 30));
        (await TestApp.WithDbContextAsync(db => db.Feedbacks.CountAsync())).ShouldBe(30);
    }

    [Test]
    public async Task ShouldLetExactlyOneOfTwoOfficersActingAtOnceWin()
    {
        var receipt = await _scenario.SubmittedToCommuneAsync();
        var seen = await GetAsync(_scenario.CommuneOfficer, receipt.Id);
        var second = await TestApp.CreateDemoClientAsync("commune.receptionist@demo.onestop.vn");

        var answers = await Task.WhenAll(
            PostActionAsync(_scenario.CommuneOfficer, seen, "assign", new { category = "RegulationsAndProcedures", agencyId = _scenario.CommuneId }),
            PostActionAsync(second, seen, "close-not-in-scope", new { reason = "Khiếu nại", redirection = "Thanh tra tỉnh" }));

        answers.Select(a => a.StatusCode).Order().ShouldBe([HttpStatusCode.OK, HttpStatusCode.Conflict]);
        var stored = await TestApp.WithDbContextAsync(db => db.Feedbacks.Include(f => f.History).SingleAsync(f => f.Id == receipt.Id));
        stored.History.Count.ShouldBe(2, "the submission and the one action that won");
        stored.Status.ShouldBeOneOf(FeedbackStatus.Assigned, FeedbackStatus.NotInScope);
    }

    [Test]
    public async Task ShouldKeepEveryHopAndEveryAnswerWithItsRatingInTheDatabase()
    {
        var (receipt, published) = await _scenario.PublishedAsync();
        await ActAsync(_scenario.Guest, published, "rate", new { satisfied = true, key = receipt.FollowUpKey });

        var stored = await TestApp.WithDbContextAsync(db =>
            db.Feedbacks.Include(f => f.History).Include(f => f.Answers).AsNoTracking().SingleAsync(f => f.Id == receipt.Id));

        stored.History.OrderBy(h => h.Sequence).Select(h => h.Action).ShouldBe([FeedbackAction.Submit, FeedbackAction.Assign, FeedbackAction.Transfer,
            FeedbackAction.DraftAnswer, FeedbackAction.ApproveAnswer, FeedbackAction.Publish, FeedbackAction.Rate]);
        stored.History.Single(h => h.Action == FeedbackAction.Transfer).ToAgencyId.ShouldBe(_scenario.DepartmentId);
        stored.Answers.ShouldHaveSingleItem().Satisfied.ShouldBe(true);
        stored.Contact.PhoneNumber.ShouldBe("0987654321");
        stored.SearchText.ShouldContain("den duong hong");
    }
}
