using System.Net;
using System.Net.Http.Json;
using OneStop.Application.Dossiers.Queries.TrackDossier;
using OneStop.Domain.Dossiers;
using OneStop.Testing;
using static OneStop.Testing.DossierScenario;

namespace OneStop.Api.IntegrationTests.Dossiers;

/// <summary>The whole story of one dossier through the HTTP API, and the answers to bad moves along the way.</summary>
public sealed class DossierLifecycleTests : DatabaseTestBase
{
    private DossierScenario _scenario = null!;

    [SetUp]
    public async Task SeedAsync() => _scenario = await DossierScenario.StartAsync();

    [Test]
    public async Task ShouldTakeADossierFromSubmissionToTheDownloadedResult()
    {
        var submitted = await _scenario.SubmittedAsync();
        submitted.Status.ShouldBe(DossierStatus.Submitted);
        submitted.Code.ShouldNotBeNull().ShouldStartWith($"{CounterCode}-");
        submitted.ReceivingAgency.Id.ShouldBe(_scenario.CounterId);

        var received = await ActAsync(_scenario.Receptionist, submitted, "receive", new { note = "Đủ thành phần" });
        received.Status.ShouldBe(DossierStatus.Received);
        received.DueAt.ShouldNotBeNull();
        received.HoldingAgency.Id.ShouldBe(_scenario.DepartmentId);

        var processing = await ActAsync(_scenario.Processor, received, "start-processing", new { });
        var asked = await ActAsync(_scenario.Processor, processing, "request-supplement", new { request = "Bổ sung bản vẽ hiện trạng" });
        asked.Status.ShouldBe(DossierStatus.SupplementRequested);
        asked.ClockPaused.ShouldBeTrue();

        (await UploadAsync(_scenario.Citizen, asked.Id, "Supplement", 1, Pdf("bản vẽ"))).StatusCode.ShouldBe(HttpStatusCode.Created);
        var supplied = await ActAsync(_scenario.Citizen, await GetAsync(_scenario.Citizen, asked.Id), "provide-supplement", new { note = "Đã bổ sung" });
        supplied.Status.ShouldBe(DossierStatus.Processing);
        supplied.ClockPaused.ShouldBeFalse();

        var forwarded = await ActAsync(_scenario.Processor, supplied, "forward", new { note = "Đủ điều kiện gia hạn" });
        forwarded.CurrentStep.ShouldBe(DossierProcess.Approval);
        var resultUpload = await UploadAsync(_scenario.Leader, forwarded.Id, "Result", null, Pdf("giấy phép gia hạn"), "giay-phep.pdf");
        resultUpload.StatusCode.ShouldBe(HttpStatusCode.Created);
        var resultId = (await resultUpload.Content.ReadFromJsonAsync<Application.Dossiers.Queries.GetDossierById.DossierDocumentDto>(Json))!.Id;
        var approved = await ActAsync(_scenario.Leader, await GetAsync(_scenario.Leader, forwarded.Id), "approve",
            new { decision = "Approved", resultDocumentId = resultId });
        approved.Status.ShouldBe(DossierStatus.Processed);
        approved.Timeliness.ShouldNotBeNull();

        var returned = await ActAsync(_scenario.Receptionist, await GetAsync(_scenario.Receptionist, approved.Id), "return-result", new { deliveryMethod = "Counter" });
        returned.Status.ShouldBe(DossierStatus.Returned);

        var download = await _scenario.Citizen.GetAsync($"/api/dossiers/{returned.Id}/documents/{resultId}");
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await download.Content.ReadAsByteArrayAsync()).ShouldBe(Pdf("giấy phép gia hạn"));
        var mine = await GetAsync(_scenario.Citizen, returned.Id);
        mine.History.Select(h => h.Action).ShouldBe(
        [
            DossierAction.Submit, DossierAction.Receive, DossierAction.StartProcessing, DossierAction.RequestSupplement,
            DossierAction.ProvideSupplement, DossierAction.Forward, DossierAction.Approve, DossierAction.ReturnResult,
        ]);
    }

    [Test]
    public async Task ShouldTrackByCodeAndIdentityWithoutPersonalData()
    {
        var received = await _scenario.ReceivedAsync();
        var anonymous = TestApp.CreateClient();

        var response = await anonymous.GetAsync($"/api/dossiers/track/{received.Code}?identity={CitizenId}");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = await response.Content.ReadAsStringAsync();
        body.ShouldNotContain("Nguyễn Văn An");
        body.ShouldNotContain(CitizenId);
        body.ShouldNotContain("Trần Thị Bích");
        var tracking = (await anonymous.GetFromJsonAsync<DossierTrackingDto>($"/api/dossiers/track/{received.Code}?identity=0912345678", Json))!;
        tracking.Status.ShouldBe(DossierStatus.Received);
        tracking.DueAt.ShouldBe(received.DueAt);
        tracking.Timeline.Count.ShouldBe(2);
    }

    [Test]
    public async Task ShouldAnswerAWrongPairExactlyLikeAnUnknownCode()
    {
        var received = await _scenario.ReceivedAsync();
        var anonymous = TestApp.CreateClient();
        var unknownCode = $"{CounterCode}-991231-9999";

        var wrongPair = await anonymous.GetAsync($"/api/dossiers/track/{received.Code}?identity=056090009999");
        var unknown = await anonymous.GetAsync($"/api/dossiers/track/{unknownCode}?identity={CitizenId}");

        var wrongProblem = await wrongPair.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        var unknownProblem = await unknown.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        wrongProblem.GetProperty("title").GetString().ShouldBe(unknownProblem.GetProperty("title").GetString());
        wrongProblem.GetProperty("detail").GetString()!.Replace(received.Code!, "X")
            .ShouldBe(unknownProblem.GetProperty("detail").GetString()!.Replace(unknownCode, "X"));
    }

    [Test]
    public async Task ShouldRefuseAMoveTheCurrentStatusDoesNotAllowNamingBothStatuses()
    {
        var submitted = await _scenario.SubmittedAsync();

        var response = await PostActionAsync(_scenario.Receptionist, submitted, "return-result", new { deliveryMethod = "Counter" });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        problem.GetProperty("currentStatus").GetString().ShouldBe("Submitted");
        (await GetAsync(_scenario.Receptionist, submitted.Id)).Status.ShouldBe(DossierStatus.Submitted);
    }

    [Test]
    public async Task ShouldForbidAnActionOfAnotherRole()
    {
        var submitted = await _scenario.SubmittedAsync();

        var response = await PostActionAsync(_scenario.Processor, submitted, "receive", new { });

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task ShouldRefuseAStaleVersionWithTheCurrentDossier()
    {
        var submitted = await _scenario.SubmittedAsync();
        await ActAsync(_scenario.Receptionist, submitted, "receive", new { });

        var stale = await PostActionAsync(_scenario.Receptionist, submitted, "refuse", new { reasons = "Sai thẩm quyền" });

        var problem = await stale.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        problem.GetProperty("current").GetProperty("status").GetString().ShouldBe("Received");
    }

    [Test]
    public async Task ShouldNotSubmitWithoutTheRequiredDocuments()
    {
        var draft = await ReadAsync(await _scenario.Citizen.PostAsJsonAsync("/api/dossiers", _scenario.NewDossier(), Json));

        var response = await PostActionAsync(_scenario.Citizen, draft, "submit", new { });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        problem.GetProperty("type").GetString().ShouldBe("/problems/missing-required-documents");
        (await GetAsync(_scenario.Citizen, draft.Id)).Status.ShouldBe(DossierStatus.Draft);
    }

    [Test]
    public async Task ShouldRejectAFileWhoseContentIsNotPdfJpegOrPngWhateverItsName()
    {
        var draft = await ReadAsync(await _scenario.Citizen.PostAsJsonAsync("/api/dossiers", _scenario.NewDossier(), Json));
        var filesBefore = StoredFiles();

        var response = await UploadAsync(_scenario.Citizen, draft.Id, "Component", 0, "GIF89a not a pdf"u8.ToArray(), "looks-like.pdf");

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.ErrorKeys().ShouldBe(["file"]);
        (await GetAsync(_scenario.Citizen, draft.Id)).Documents.ShouldBeEmpty();
        StoredFiles().ShouldBe(filesBefore);
    }

    private static int StoredFiles() =>
        Directory.Exists(TestApp.Factory.FileRoot) ? Directory.EnumerateFiles(TestApp.Factory.FileRoot, "*", SearchOption.AllDirectories).Count() : 0;

    [Test]
    public async Task ShouldRejectAFileOverTwentyMegabytes()
    {
        var draft = await ReadAsync(await _scenario.Citizen.PostAsJsonAsync("/api/dossiers", _scenario.NewDossier(), Json));
        var big = new byte[20 * 1024 * 1024 + 1];
        Pdf().CopyTo(big, 0);

        var response = await UploadAsync(_scenario.Citizen, draft.Id, "Component", 0, big);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.ErrorKeys().ShouldBe(["file"]);
    }

    [Test]
    public async Task ShouldRejectAnUnknownProcedureCaseFieldByField()
    {
        var body = System.Text.Json.JsonSerializer.SerializeToNode(_scenario.NewDossier(), Json)!.AsObject();
        body["caseIndex"] = 7;

        var response = await _scenario.Citizen.PostAsJsonAsync("/api/dossiers", body, Json);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.ErrorKeys().ShouldBe(["caseIndex"]);
    }

    [Test]
    public async Task ShouldRenderTheReceiptWithTheCodeForTheApplicantAndTheOfficers()
    {
        var received = await _scenario.ReceivedAsync();

        foreach (var client in new[] { _scenario.Citizen, _scenario.Receptionist, _scenario.Processor })
        {
            var response = await client.GetAsync($"/api/dossiers/{received.Id}/forms/Receipt");
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            response.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
            (await response.Content.ReadAsByteArrayAsync()).Take(5).ShouldBe("%PDF-"u8.ToArray());
        }
        (await _scenario.Citizen.GetAsync($"/api/dossiers/{received.Id}/forms/Refusal")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task ShouldSubmitAtOnceACaseThatNeedsNoDocumentsAndRefuseOneThatDoes()
    {
        var (procedureId, agencyId) = await TestApp.WithDbContextAsync(async db =>
        {
            var procedure = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.Procedures, p => p.Code == "2.000635" && p.IsLatest);
            return (procedure.Id, procedure.ImplementingAgencyIds[0]);
        });
        var body = System.Text.Json.JsonSerializer.SerializeToNode(_scenario.NewDossier(submit: true), Json)!.AsObject();
        body["procedureId"] = procedureId;
        body["agencyId"] = agencyId;
        body["caseIndex"] = 1;

        var submitted = await ReadAsync(await _scenario.Citizen.PostAsJsonAsync("/api/dossiers", body, Json));
        var refused = await _scenario.Citizen.PostAsJsonAsync("/api/dossiers", _scenario.NewDossier(submit: true), Json);

        submitted.Status.ShouldBe(DossierStatus.Submitted);
        submitted.Code.ShouldNotBeNull().ShouldEndWith("-0001");
        (await refused.ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("type").GetString().ShouldBe("/problems/missing-required-documents");
        (await TestApp.WithDbContextAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(
            ((Application.Common.Interfaces.IApplicationDbContext)db).Dossiers))).ShouldBe(1);
    }
}
