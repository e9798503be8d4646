using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Application.Common.Interfaces;
using OneStop.Domain.Agencies;
using OneStop.Domain.Dossiers;
using OneStop.Infrastructure.Dossiers;
using OneStop.Testing;
using static OneStop.Testing.DossierScenario;

namespace OneStop.Application.FunctionalTests.Dossiers;

/// <summary>
/// Nothing submitted is lost or duplicated: codes under concurrency and across processes, retried requests,
/// and two officers acting at once — all on the real PostgreSQL.
/// </summary>
public sealed class DossierIntegrityTests : DatabaseTestBase
{
    private DossierScenario _scenario = null!;

    [SetUp]
    public async Task SeedAsync() => _scenario = await DossierScenario.StartAsync();

    [Test]
    public async Task ShouldGiveFiftyParallelSubmissionsFiftyDistinctGaplessCodesAcrossTwoApiProcesses()
    {
        var drafts = new List<Application.Dossiers.Queries.GetDossierById.DossierDetailDto>();
        for (var i = 0; i < 50; i++)
        {
            drafts.Add(await _scenario.DraftWithDocumentsAsync());
        }
        await using var secondProcess = new WebApiFactory(TestApp.ConnectionString);
        var secondClient = secondProcess.CreateClient();
        secondClient.DefaultRequestHeaders.Authorization = _scenario.Citizen.DefaultRequestHeaders.Authorization;

        var submitted = await Task.WhenAll(drafts.Select(async (draft, i) =>
            await ReadAsync(await PostActionAsync(i % 2 == 0 ? _scenario.Citizen : secondClient, draft, "submit", new { }))));

        var codes = submitted.Select(d => d.Code!).ToList();
        codes.Distinct().Count().ShouldBe(50);
        var prefix = codes[0][..^4];
        codes.ShouldAllBe(code => code.StartsWith(prefix));
        codes.Select(code => int.Parse(code[^4..])).Order().ShouldBe(Enumerable.Range(1, 50));
    }

    [Test]
    public async Task ShouldGiveTheNumberBackWhenASubmissionFails()
    {
        var first = await _scenario.SubmittedAsync();
        var incomplete = await ReadAsync(await _scenario.Citizen.PostAsJsonAsync("/api/dossiers", _scenario.NewDossier(), Json));
        (await PostActionAsync(_scenario.Citizen, incomplete, "submit", new { })).StatusCode.ShouldBe(HttpStatusCode.Conflict);

        var second = await _scenario.SubmittedAsync();

        int.Parse(second.Code![^4..]).ShouldBe(int.Parse(first.Code![^4..]) + 1);
    }

    [Test]
    public async Task ShouldWriteTheCodesTheDomainDefinesAlsoPastTheFourthDigit()
    {
        var first = await _scenario.SubmittedAsync();
        var offset = TestApp.Factory.Services.GetRequiredService<IWorkingCalendarSource>().UtcOffset;
        var day = DateOnly.FromDateTime(first.SubmittedAt!.Value.ToOffset(offset).DateTime);
        var agency = AgencyCode.Parse(first.ReceivingAgency.Code);
        first.Code.ShouldBe(DossierCode.Create(agency, day, int.Parse(first.Code![^4..])).Value);

        await TestApp.WithDbContextAsync(db => db.Database.ExecuteSqlAsync(
            $"UPDATE onestop.dossier_code_sequences SET last_value = 9999 WHERE agency_id = {first.ReceivingAgency.Id} AND day = {day}"));
        var second = await _scenario.SubmittedAsync();

        second.Code.ShouldBe(DossierCode.Create(agency, day, 10_000).Value);
    }

    [Test]
    public async Task ShouldNumberADossierWhoseRequestStoppedBetweenItsCommitAndItsNumberOnRetryOrBySweep()
    {
        var first = await _scenario.SubmittedAsync();
        var key = Guid.NewGuid().ToString();
        var draft = await _scenario.DraftWithDocumentsAsync();
        var submitted = await ReadAsync(await PostActionAsync(_scenario.Citizen, draft, "submit", new { }, key));
        int.Parse(submitted.Code![^4..]).ShouldBe(int.Parse(first.Code![^4..]) + 1);

        // As a request that stopped right after its submission committed leaves it: no code, the counter not moved,
        // the answer recorded under the key without the code.
        await UnnumberAsync(submitted, key);
        var retried = await ReadAsync(await PostActionAsync(_scenario.Citizen, draft, "submit", new { }, key));
        retried.Code.ShouldBe(submitted.Code);
        (await GetAsync(_scenario.Citizen, submitted.Id)).Code.ShouldBe(submitted.Code);

        await UnnumberAsync(submitted, key);
        (await TestApp.Factory.Services.GetRequiredService<UnnumberedDossierSweeper>().SweepOnceAsync(CancellationToken.None)).ShouldBe(1);
        (await GetAsync(_scenario.Citizen, submitted.Id)).Code.ShouldBe(submitted.Code);
    }

    private static Task UnnumberAsync(Application.Dossiers.Queries.GetDossierById.DossierDetailDto dossier, string key) =>
        TestApp.WithDbContextAsync(async db =>
        {
            var sequence = int.Parse(dossier.Code![^4..]);
            await db.Database.ExecuteSqlAsync($"UPDATE onestop.dossiers SET code = NULL WHERE id = {dossier.Id}");
            await db.Database.ExecuteSqlAsync(
                $"UPDATE onestop.dossier_code_sequences SET last_value = last_value - 1 WHERE agency_id = {dossier.ReceivingAgency.Id} AND last_value = {sequence}");
            return await db.Database.ExecuteSqlAsync(
                $"UPDATE onestop.idempotency_keys SET response_json = jsonb_set(response_json, '{{code}}', 'null') WHERE key = {key}");
        });

    [Test]
    public async Task ShouldReplayTheFirstResponseForARetriedCreationAndCreateOneDossier()
    {
        var key = Guid.NewGuid().ToString();

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => CreateWithKeyAsync(key, _scenario.NewDossier())));

        responses.ShouldAllBe(r => r.StatusCode == HttpStatusCode.Created);
        var dossiers = await Task.WhenAll(responses.Select(ReadAsync));
        dossiers.Select(d => d.Id).Distinct().Count().ShouldBe(1);
        (await CountDossiersAsync()).ShouldBe(1);
    }

    [Test]
    public async Task ShouldRefuseTheSameKeyWithAnotherBody()
    {
        var key = Guid.NewGuid().ToString();
        (await CreateWithKeyAsync(key, _scenario.NewDossier())).StatusCode.ShouldBe(HttpStatusCode.Created);
        var other = System.Text.Json.JsonSerializer.SerializeToNode(_scenario.NewDossier(), Json)!.AsObject();
        other["applicant"]!["address"] = "Một địa chỉ khác";

        var reused = await CreateWithKeyAsync(key, other);

        reused.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await CountDossiersAsync()).ShouldBe(1);
    }

    [Test]
    public async Task ShouldReplayARetriedActionWithoutActingTwice()
    {
        var processing = await _scenario.ProcessingAsync();
        var key = Guid.NewGuid().ToString();

        var first = await ReadAsync(await PostActionAsync(_scenario.Processor, processing, "request-supplement", new { request = "Thiếu bản vẽ" }, key));
        var retry = await ReadAsync(await PostActionAsync(_scenario.Processor, processing, "request-supplement", new { request = "Thiếu bản vẽ" }, key));

        retry.Version.ShouldBe(first.Version);
        (await GetAsync(_scenario.Processor, processing.Id)).History.Count(h => h.Action == DossierAction.RequestSupplement).ShouldBe(1);
    }

    [Test]
    public async Task ShouldLetExactlyOneOfTwoOfficersActingAtOnceSucceed()
    {
        var submitted = await _scenario.SubmittedAsync();
        var secondReceptionist = await TestApp.CreateDemoClientAsync("receptionist@demo.onestop.vn");

        var answers = await Task.WhenAll(Enumerable.Range(0, 10).Select(i =>
            i % 2 == 0
                ? PostActionAsync(_scenario.Receptionist, submitted, "receive", new { })
                : PostActionAsync(secondReceptionist, submitted, "refuse", new { reasons = "Không thuộc thẩm quyền" })));

        answers.Count(a => a.StatusCode == HttpStatusCode.OK).ShouldBe(1);
        answers.Count(a => a.StatusCode == HttpStatusCode.Conflict).ShouldBe(9);
        var current = await GetAsync(_scenario.Receptionist, submitted.Id);
        current.History.Count.ShouldBe(2);
    }

    [Test]
    public async Task ShouldAnswerNotFoundToAnOfficerOfAnotherAgencyAndAnotherCitizen()
    {
        var received = await _scenario.ReceivedAsync();
        var otherAgency = await TestApp.CreateDemoClientAsync("commune.receptionist@demo.onestop.vn");
        var otherCitizen = await TestApp.CreateClientAsync(Application.Common.Security.Roles.Citizen);

        (await otherAgency.GetAsync($"/api/dossiers/{received.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await otherCitizen.GetAsync($"/api/dossiers/{received.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await PostActionAsync(otherAgency, received, "start-processing", new { })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var inbox = await otherAgency.GetFromJsonAsync<Common.Models.KeysetPage<Application.Dossiers.Common.DossierSummaryDto>>("/api/dossiers/inbox", Json);
        inbox!.Items.ShouldBeEmpty();
        (await _scenario.Processor.GetFromJsonAsync<Common.Models.KeysetPage<Application.Dossiers.Common.DossierSummaryDto>>("/api/dossiers/inbox", Json))!
            .Items.Select(i => i.Id).ShouldBe([received.Id]);
    }

    [Test]
    public async Task ShouldLetAnIntegratorReadOnlyTheDossiersOfTheAgenciesInItsToken()
    {
        var received = await _scenario.ReceivedAsync();
        var commune = await TestApp.WithDbContextAsync(db => db.Agencies.Where(a => a.Code == "000.00.31.H56").Select(a => a.Id).SingleAsync());

        var ofTheDepartment = await TestApp.CreateIntegratorClientAsync([Common.Security.Scopes.DossiersRead], [_scenario.DepartmentId]);
        var ofACommune = await TestApp.CreateIntegratorClientAsync([Common.Security.Scopes.DossiersRead], [commune]);

        (await ofTheDepartment.GetAsync($"/api/dossiers/{received.Id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ofACommune.GetAsync($"/api/dossiers/{received.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task ShouldLetASupervisorSeeTheDossiersOfTheAgencySubtree()
    {
        var received = await _scenario.ReceivedAsync();
        var supervisor = await TestApp.CreateDemoClientAsync("supervisor@demo.onestop.vn");

        (await supervisor.GetAsync($"/api/dossiers/{received.Id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private Task<HttpResponseMessage> CreateWithKeyAsync(string key, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/dossiers") { Content = JsonContent.Create(body, options: Json) };
        request.Headers.Add("Idempotency-Key", key);
        return _scenario.Citizen.SendAsync(request);
    }

    private static Task<int> CountDossiersAsync() => TestApp.WithDbContextAsync(db => ((IApplicationDbContext)db).Dossiers.CountAsync());
}
