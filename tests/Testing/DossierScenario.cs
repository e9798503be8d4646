using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using OneStop.Application.Dossiers.Queries.GetDossierById;

namespace OneStop.Testing;

/// <summary>
/// The demo province with clients for the people a dossier passes through: a citizen, the counter of the
/// Public Administration Service Center, and the Department of Construction's processor and leader.
/// Everything goes through the HTTP API, as the SPA does.
/// </summary>
public sealed class DossierScenario
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    /// <summary>"Gia hạn giấy phép xây dựng" at the Department of Construction: one case, two required documents.</summary>
    public const string ProcedureCode = "2.001233";
    public const string DepartmentCode = "000.00.14.H56";
    public const string CounterCode = "000.00.15.H56";
    public const string CitizenId = "056090001234";

    public required HttpClient Citizen { get; init; }
    public required HttpClient Receptionist { get; init; }
    public required HttpClient Processor { get; init; }
    public required HttpClient Leader { get; init; }
    public required Guid ProcedureId { get; init; }
    public required Guid DepartmentId { get; init; }
    public required Guid CounterId { get; init; }
    public required int RequiredDocuments { get; init; }

    public static async Task<DossierScenario> StartAsync()
    {
        await TestApp.SeedDemoDataAsync();
        var (procedureId, documents, departmentId, counterId) = await TestApp.WithDbContextAsync(async db =>
        {
            var procedure = await db.Procedures.SingleAsync(p => p.Code == ProcedureCode && p.IsLatest);
            var department = await db.Agencies.SingleAsync(a => a.Code == DepartmentCode);
            var counter = await db.Agencies.SingleAsync(a => a.Code == CounterCode);
            return (procedure.Id, procedure.Cases[0].Documents.Count, department.Id, counter.Id);
        });
        return new DossierScenario
        {
            Citizen = await TestApp.CreateDemoClientAsync("citizen@demo.onestop.vn"),
            Receptionist = await TestApp.CreateDemoClientAsync("receptionist@demo.onestop.vn"),
            Processor = await TestApp.CreateDemoClientAsync("processor@demo.onestop.vn"),
            Leader = await TestApp.CreateDemoClientAsync("leader@demo.onestop.vn"),
            ProcedureId = procedureId,
            DepartmentId = departmentId,
            CounterId = counterId,
            RequiredDocuments = documents,
        };
    }

    public object NewDossier(bool submit = false, string channel = "Online") => new
    {
        procedureId = ProcedureId,
        caseIndex = 0,
        agencyId = DepartmentId,
        channel,
        applicant = new { kind = "Citizen", fullName = "Nguyễn Văn An", identityNumber = CitizenId, phone = "0912345678", email = "an@example.vn", address = "12 Trần Phú, Nha Trang" },
        representative = (object?)null,
        submit,
    };

    /// <summary>A minimal valid PDF.</summary>
    public static byte[] Pdf(string text = "OneStop") => Encoding.ASCII.GetBytes($"%PDF-1.4\n% {text}\n%%EOF\n");

    public static async Task<HttpResponseMessage> UploadAsync(HttpClient client, Guid dossierId, string purpose, int? index, byte[] content, string fileName = "scan.pdf")
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        form.Add(new StringContent(purpose), "purpose");
        if (index is { } i)
        {
            form.Add(new StringContent(i.ToString(System.Globalization.CultureInfo.InvariantCulture)), "requiredDocumentIndex");
        }
        return await client.PostAsync($"/api/dossiers/{dossierId}/documents", form);
    }

    public static async Task<DossierDetailDto> ReadAsync(HttpResponseMessage response)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
        return (await response.Content.ReadFromJsonAsync<DossierDetailDto>(Json))!;
    }

    /// <summary>A citizen's draft with every required document uploaded.</summary>
    public async Task<DossierDetailDto> DraftWithDocumentsAsync()
    {
        var draft = await ReadAsync(await Citizen.PostAsJsonAsync("/api/dossiers", NewDossier(), Json));
        for (var index = 0; index < RequiredDocuments; index++)
        {
            (await UploadAsync(Citizen, draft.Id, "Component", index, Pdf($"component {index}"))).EnsureSuccessStatusCode();
        }
        return await GetAsync(Citizen, draft.Id);
    }

    public async Task<DossierDetailDto> SubmittedAsync()
    {
        var draft = await DraftWithDocumentsAsync();
        return await ActAsync(Citizen, draft, "submit", new { });
    }

    public async Task<DossierDetailDto> ReceivedAsync() => await ActAsync(Receptionist, await SubmittedAsync(), "receive", new { note = "Đủ hồ sơ" });

    public async Task<DossierDetailDto> ProcessingAsync() => await ActAsync(Processor, await ReceivedAsync(), "start-processing", new { });

    /// <summary>A dossier through to its returned result: forwarded to approval, approved with a result file, handed over.</summary>
    public async Task<DossierDetailDto> ReturnedAsync()
    {
        var forwarded = await ActAsync(Processor, await ProcessingAsync(), "forward", new { note = "Đủ điều kiện" });
        var upload = await UploadAsync(Leader, forwarded.Id, "Result", null, Pdf("kết quả"), "ket-qua.pdf");
        var resultId = (await upload.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<DossierDocumentDto>(Json))!.Id;
        var approved = await ActAsync(Leader, await GetAsync(Leader, forwarded.Id), "approve", new { decision = "Approved", resultDocumentId = resultId });
        return await ActAsync(Receptionist, await GetAsync(Receptionist, approved.Id), "return-result", new { deliveryMethod = "Counter" });
    }

    public static async Task<DossierDetailDto> GetAsync(HttpClient client, Guid id) => await ReadAsync(await client.GetAsync($"/api/dossiers/{id}"));

    /// <summary>Posts an action with the dossier's current version merged into <paramref name="body"/>.</summary>
    public static Task<HttpResponseMessage> PostActionAsync(HttpClient client, DossierDetailDto dossier, string action, object body, string? idempotencyKey = null) =>
        ActionRequests.PostAsync(client, $"/api/dossiers/{dossier.Id}/{action}", dossier.Version, body, idempotencyKey);

    public static async Task<DossierDetailDto> ActAsync(HttpClient client, DossierDetailDto dossier, string action, object body) =>
        await ReadAsync(await PostActionAsync(client, dossier, action, body));
}
