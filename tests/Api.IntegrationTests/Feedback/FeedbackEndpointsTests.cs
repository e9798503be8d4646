using System.Net;
using System.Net.Http.Json;
using OneStop.Application.Common.Models;
using OneStop.Application.Feedbacks.Common;
using OneStop.Application.Feedbacks.Queries.GetFeedbackInbox;
using OneStop.Domain.Feedbacks;
using OneStop.Testing;
using static OneStop.Testing.FeedbackScenario;

namespace OneStop.Api.IntegrationTests.Feedback;

/// <summary>Feedback through the HTTP API: a guest's submission, routing and transfer, the answer, publication, rating and reopening.</summary>
public sealed class FeedbackEndpointsTests : DatabaseTestBase
{
    private FeedbackScenario _scenario = null!;

    [SetUp]
    public async Task SeedAsync() => _scenario = await FeedbackScenario.StartAsync();

    private static Dictionary<string, string?> With(string name, string? value) => new() { [name] = value };

    [Test]
    public async Task ShouldReceiveAGuestsFeedbackWithAttachmentsAndLetTheGuestFollowItWithTheKey()
    {
        var response = await SubmitAsync(_scenario.Guest, Form(With("relatedAgencyId", _scenario.CommuneId.ToString()),
            ("anh-den-duong.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0]), ("don.pdf", DossierScenario.Pdf("đơn"))));

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var receipt = (await response.Content.ReadFromJsonAsync<FeedbackReceiptDto>(DossierScenario.Json))!;
        receipt.Code.ShouldMatch(@"^PAKN-\d{6}-\d{4}$");
        receipt.AssignDueAt.ShouldBeGreaterThan(receipt.ReceivedAt);
        receipt.FollowUpKey.ShouldMatch("^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$");

        var followed = await ReadAsync<FeedbackDetailDto>(await _scenario.Guest.GetAsync($"/api/feedback/follow/{receipt.Code}?key={receipt.FollowUpKey}"));
        followed.Status.ShouldBe(FeedbackStatus.Received);
        followed.HandlingAgency.Id.ShouldBe(_scenario.CommuneId);
        followed.Attachments.Select(a => a.ContentType).ShouldBe(["image/png", "application/pdf"]);
        followed.AvailableActions.ShouldBeEmpty();
        var pdf = followed.Attachments.Single(a => a.ContentType == "application/pdf");
        var download = await _scenario.Guest.GetAsync($"/api/feedback/{receipt.Id}/attachments/{pdf.Id}?key={receipt.FollowUpKey}");
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await download.Content.ReadAsByteArrayAsync()).ShouldBe(DossierScenario.Pdf("đơn"));
    }

    [Test]
    public async Task ShouldAnswerAWrongKeyExactlyLikeAnUnknownCode()
    {
        var receipt = await _scenario.SubmittedToCommuneAsync();

        var wrongKey = await _scenario.Guest.GetAsync($"/api/feedback/follow/{receipt.Code}?key=AAAA-BBBB-CCCC-DDDD");
        var unknownCode = await _scenario.Guest.GetAsync($"/api/feedback/follow/PAKN-200101-9999?key={receipt.FollowUpKey}");

        wrongKey.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        unknownCode.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await wrongKey.ShouldBeProblemAsync(HttpStatusCode.NotFound)).GetProperty("detail").GetString()!.Replace(receipt.Code, "CODE")
            .ShouldBe((await unknownCode.ShouldBeProblemAsync(HttpStatusCode.NotFound)).GetProperty("detail").GetString()!.Replace("PAKN-200101-9999", "CODE"));
        (await _scenario.Guest.GetAsync($"/api/feedback/{receipt.Id}/attachments/{Guid.NewGuid()}?key=AAAA-BBBB-CCCC-DDDD")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [TestCase("phoneNumber", "email", TestName = "Missing contact is refused with errors on the phone number and the e-mail")]
    [TestCase("content", null, TestName = "Empty content is refused with an error on the content")]
    [TestCase("fullName", null, TestName = "A missing name is refused with an error on the name")]
    public async Task ShouldRefuseIncompleteFeedbackFieldByFieldAndKeepNothing(string field, string? alsoRemoved)
    {
        var overrides = With(field, null);
        if (alsoRemoved is not null)
        {
            overrides[alsoRemoved] = null;
        }
        var before = await CountAsync();

        var problem = await (await SubmitAsync(_scenario.Guest, Form(overrides))).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        problem.ErrorKeys().ShouldContain(field);
        if (alsoRemoved is not null)
        {
            problem.ErrorKeys().ShouldContain(alsoRemoved);
        }
        (await CountAsync()).ShouldBe(before);
    }

    [Test]
    public async Task ShouldRefuseAnAttachmentOfAnotherTypeOrTooLargeNamingIt()
    {
        var before = await CountAsync();

        var wrongType = await SubmitAsync(_scenario.Guest, Form(null, ("don.pdf", DossierScenario.Pdf()), ("virus.exe", "MZ\u0090\0binary"u8.ToArray())));
        var tooLarge = await SubmitAsync(_scenario.Guest, Form(null, ("lon.pdf", [.. DossierScenario.Pdf(), .. new byte[20 * 1024 * 1024]])));

        (await wrongType.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldBe(["attachments[1]"]);
        (await tooLarge.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldBe(["attachments[0]"]);
        (await CountAsync()).ShouldBe(before);
    }

    [Test]
    public async Task ShouldReturnTheFirstReceiptWhenAGuestRetriesWithTheSameKey()
    {
        var key = Guid.NewGuid().ToString();

        var first = await ReadAsync<FeedbackReceiptDto>(await SubmitAsync(_scenario.Guest, Form(), key));
        var retry = await ReadAsync<FeedbackReceiptDto>(await SubmitAsync(TestApp.CreateClient(), Form(), key));
        var other = await SubmitAsync(_scenario.Guest, Form(With("title", "Một phản ánh khác")), key);

        retry.ShouldBe(first);
        await other.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        (await CountAsync()).ShouldBe(1);
    }

    [Test]
    public async Task ShouldRouteTransferAnswerPublishAndMaskTheSubmitterOnThePublicPage()
    {
        var (receipt, transferred) = await _scenario.TransferredToDepartmentAsync();
        transferred.Status.ShouldBe(FeedbackStatus.Transferred);
        transferred.HandlingAgency.Id.ShouldBe(_scenario.DepartmentId);
        var hops = transferred.History.Where(h => h.ToAgency is not null).ToList();
        hops.Select(h => h.Action).ShouldBe([FeedbackAction.Submit, FeedbackAction.Assign, FeedbackAction.Transfer]);
        hops[^1].Note.ShouldBe("Thuộc thẩm quyền của Sở Xây dựng");
        (await _scenario.CommuneOfficer.GetAsync($"/api/feedback/{receipt.Id}")).StatusCode.ShouldBe(HttpStatusCode.OK, "the commune handled it and still sees it");

        var drafted = await ActAsync(_scenario.Processor, await GetAsync(_scenario.Processor, transferred.Id), "draft-answer", new { text = "Dự thảo" });
        drafted.Draft.ShouldNotBeNull();
        var followed = await ReadAsync<FeedbackDetailDto>(await _scenario.Guest.GetAsync($"/api/feedback/follow/{receipt.Code}?key={receipt.FollowUpKey}"));
        followed.Draft.ShouldBeNull("the submitter sees the approved answer, never the officers' draft");
        var returned = await ActAsync(_scenario.Leader, await GetAsync(_scenario.Leader, drafted.Id), "return-draft", new { note = "Nêu rõ thời hạn sửa chữa" });
        (await PostActionAsync(_scenario.Leader, returned, "approve-answer", new { })).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var revised = await ActAsync(_scenario.Processor, await GetAsync(_scenario.Processor, returned.Id), "draft-answer",
            new { text = "Sở đã sửa đèn ngày 20/11; ông Bình (0987654321) có thể gọi lại đường dây nóng." });
        var published = await ActAsync(_scenario.Leader, await GetAsync(_scenario.Leader, revised.Id), "approve-answer", new { publish = true });

        published.Status.ShouldBe(FeedbackStatus.Published);
        published.Answers.ShouldHaveSingleItem().OnTime.ShouldBeTrue();
        var page = await ReadAsync<PublicFeedbackDto>(await _scenario.Guest.GetAsync($"/api/feedback/public/{receipt.Code}"));
        page.SubmitterName.ShouldBe("Trần V. B.");
        page.Content.ShouldNotContain("0912345678");
        page.Answer.ShouldNotBeNull().ShouldNotContain("0987654321");
        page.Answered.ShouldBeTrue();
        var list = await ReadAsync<KeysetPage<PublicFeedbackSummaryDto>>(await _scenario.Guest.GetAsync("/api/feedback/public?search=den duong&answered=true"));
        list.Items.ShouldHaveSingleItem().Code.ShouldBe(receipt.Code);
        list.Items[0].SubmitterName.ShouldBe("Trần V. B.");
    }

    [Test]
    public async Task ShouldShowNothingUnpublishedInPublic()
    {
        var receipt = await _scenario.SubmittedToCommuneAsync();

        (await _scenario.Guest.GetAsync($"/api/feedback/public/{receipt.Code}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await ReadAsync<KeysetPage<PublicFeedbackSummaryDto>>(await _scenario.Guest.GetAsync("/api/feedback/public"))).Items.ShouldBeEmpty();
    }

    [Test]
    public async Task ShouldLetTheGuestRateOnceAndReopenOnceWithTheKey()
    {
        var (receipt, published) = await _scenario.PublishedAsync();
        var asGuest = await ReadAsync<FeedbackDetailDto>(await _scenario.Guest.GetAsync($"/api/feedback/follow/{receipt.Code}?key={receipt.FollowUpKey}"));
        asGuest.AvailableActions.ShouldBe([FeedbackAction.Rate, FeedbackAction.Reopen], ignoreOrder: true);

        var rated = await ActAsync(_scenario.Guest, asGuest, "rate", new { satisfied = false, comment = "Chưa sửa xong", key = receipt.FollowUpKey });
        rated.Answers[0].Satisfied.ShouldBe(false);
        (await (await PostActionAsync(_scenario.Guest, rated, "rate", new { satisfied = true, key = receipt.FollowUpKey }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("type").GetString().ShouldBe("/problems/feedback-already-rated");
        (await PostActionAsync(_scenario.Guest, rated, "reopen", new { reason = "Chưa sửa" })).StatusCode
            .ShouldBe(HttpStatusCode.NotFound, "without the key a guest is nobody");

        var reopened = await ActAsync(_scenario.Guest, rated, "reopen", new { reason = "Đèn vẫn hỏng", key = receipt.FollowUpKey });
        reopened.Status.ShouldBe(FeedbackStatus.Assigned);
        reopened.HandlingAgency.Id.ShouldBe(_scenario.DepartmentId);
        var page = await ReadAsync<PublicFeedbackDto>(await _scenario.Guest.GetAsync($"/api/feedback/public/{receipt.Code}"));
        page.Answered.ShouldBeFalse("a reopened feedback stays public, shown as waiting for its new answer");

        var second = await ActAsync(_scenario.Processor, await GetAsync(_scenario.Processor, reopened.Id), "draft-answer", new { text = "Đã thay bóng đèn" });
        var answeredAgain = await ActAsync(_scenario.Leader, await GetAsync(_scenario.Leader, second.Id), "approve-answer", new { });
        var again = await PostActionAsync(_scenario.Guest, answeredAgain, "reopen", new { reason = "Lại hỏng", key = receipt.FollowUpKey });
        (await again.ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("type").GetString().ShouldBe("/problems/feedback-already-reopened");
        (await ActAsync(_scenario.Guest, answeredAgain, "rate", new { satisfied = true, key = receipt.FollowUpKey })).Answers.Select(a => a.Satisfied)
            .ShouldBe([false, true]);
        published.Status.ShouldBe(FeedbackStatus.Published);
    }

    [Test]
    public async Task ShouldRefuseStaleVersionsAndActionsOfOtherAgencies()
    {
        var receipt = await _scenario.SubmittedToCommuneAsync();
        var seen = await GetAsync(_scenario.CommuneOfficer, receipt.Id);
        await ActAsync(_scenario.CommuneOfficer, seen, "assign", new { category = "OfficerConduct", agencyId = _scenario.CommuneId });

        var stale = await PostActionAsync(_scenario.CommuneOfficer, seen, "close-not-in-scope", new { reason = "Khiếu nại", redirection = "Thanh tra tỉnh" });
        var problem = await stale.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        problem.GetProperty("current").GetProperty("status").GetString().ShouldBe("Assigned");

        (await _scenario.Processor.GetAsync($"/api/feedback/{receipt.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound, "another agency's feedback does not exist for it");
        (await _scenario.Citizen.GetAsync($"/api/feedback/{receipt.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task ShouldCloseAComplaintAsNotInScopeWithWhereToTurn()
    {
        var receipt = await _scenario.SubmittedToCommuneAsync();

        var closed = await ActAsync(_scenario.CommuneOfficer, await GetAsync(_scenario.CommuneOfficer, receipt.Id), "close-not-in-scope",
            new { reason = "Nội dung là khiếu nại quyết định hành chính", redirection = "Gửi đơn khiếu nại đến Chủ tịch UBND phường theo Luật Khiếu nại" });

        closed.Status.ShouldBe(FeedbackStatus.NotInScope);
        closed.DueAt.ShouldBeNull();
        closed.Redirection.ShouldStartWith("Gửi đơn khiếu nại");
    }

    [Test]
    public async Task ShouldListTheAgencysInboxWithCountsAndTheSubmittersOwnList()
    {
        var fromCitizen = await ReadAsync<FeedbackReceiptDto>(await SubmitAsync(_scenario.Citizen,
            Form(With("relatedAgencyId", _scenario.CommuneId.ToString()))));
        await _scenario.SubmittedToCommuneAsync();
        var drafted = await _scenario.TransferredToDepartmentAsync();

        var inbox = await ReadAsync<KeysetPage<FeedbackSummaryDto>>(await _scenario.CommuneOfficer.GetAsync("/api/feedback/inbox?pageSize=1"));
        inbox.Items.Count.ShouldBe(1);
        inbox.NextCursor.ShouldNotBeNull();
        var next = await ReadAsync<KeysetPage<FeedbackSummaryDto>>(await _scenario.CommuneOfficer.GetAsync($"/api/feedback/inbox?pageSize=1&cursor={inbox.NextCursor}"));
        next.Items.ShouldHaveSingleItem().Id.ShouldNotBe(inbox.Items[0].Id);
        next.NextCursor.ShouldBeNull("the transferred one left the commune's inbox");
        var counts = await ReadAsync<FeedbackInboxCountsDto>(await _scenario.CommuneOfficer.GetAsync("/api/feedback/inbox/counts"));
        counts.ByStatus[FeedbackStatus.Received].ShouldBe(2);
        var department = await ReadAsync<KeysetPage<FeedbackSummaryDto>>(await _scenario.Processor.GetAsync("/api/feedback/inbox?status=Transferred"));
        department.Items.ShouldHaveSingleItem().Id.ShouldBe(drafted.Receipt.Id);

        var mine = await ReadAsync<KeysetPage<FeedbackSummaryDto>>(await _scenario.Citizen.GetAsync("/api/feedback/mine"));
        mine.Items.ShouldHaveSingleItem().Id.ShouldBe(fromCitizen.Id);
        (await GetAsync(_scenario.Citizen, fromCitizen.Id)).Contact.FullName.ShouldBe("Trần Văn Bình");
    }

    [Test]
    public async Task ShouldAttachAnswerFilesAndPublishThemWithTheAnswer()
    {
        var (receipt, transferred) = await _scenario.TransferredToDepartmentAsync();
        using var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(DossierScenario.Pdf("công văn")), "file", "cong-van.pdf");
        var upload = await _scenario.Processor.PostAsync($"/api/feedback/{transferred.Id}/attachments", form);
        upload.StatusCode.ShouldBe(HttpStatusCode.Created);
        var drafted = await ActAsync(_scenario.Processor, await GetAsync(_scenario.Processor, transferred.Id), "draft-answer", new { text = "Xem công văn đính kèm" });
        await ActAsync(_scenario.Leader, await GetAsync(_scenario.Leader, drafted.Id), "approve-answer", new { publish = true });

        var page = await ReadAsync<PublicFeedbackDto>(await _scenario.Guest.GetAsync($"/api/feedback/public/{receipt.Code}"));
        var file = page.AnswerAttachments.ShouldHaveSingleItem();
        file.FileName.ShouldBe("cong-van.pdf");
        (await _scenario.Guest.GetByteArrayAsync($"/api/feedback/public/{receipt.Code}/attachments/{file.Id}")).ShouldBe(DossierScenario.Pdf("công văn"));
        var submitted = (await GetAsync(_scenario.Processor, transferred.Id)).Attachments.Where(a => a.Purpose == FeedbackAttachmentPurpose.Submission);
        submitted.ShouldBeEmpty();
    }

    private static Task<int> CountAsync() => TestApp.WithDbContextAsync(db => Task.FromResult(db.Feedbacks.Count()));
}
