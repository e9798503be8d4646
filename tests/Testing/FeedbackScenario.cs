using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using OneStop.Application.Feedbacks.Common;

namespace OneStop.Testing;

/// <summary>
/// Feedback through the HTTP API with the demo province: a guest, the commune officer who routes and transfers
/// (Receptionist and Processor of ward 000.00.31.H56), and the Department of Construction's processor and leader.
/// </summary>
public sealed class FeedbackScenario
{
    public const string CommuneCode = "000.00.31.H56";

    public required HttpClient Guest { get; init; }
    public required HttpClient Citizen { get; init; }
    public required HttpClient CommuneOfficer { get; init; }
    public required HttpClient Processor { get; init; }
    public required HttpClient Leader { get; init; }
    public required Guid CommuneId { get; init; }
    public required Guid DepartmentId { get; init; }

    public static async Task<FeedbackScenario> StartAsync()
    {
        await TestApp.SeedDemoDataAsync();
        var (commune, department) = await TestApp.WithDbContextAsync(async db =>
            (await db.Agencies.Where(a => a.Code == CommuneCode).Select(a => a.Id).SingleAsync(),
             await db.Agencies.Where(a => a.Code == DossierScenario.DepartmentCode).Select(a => a.Id).SingleAsync()));
        return new FeedbackScenario
        {
            Guest = TestApp.CreateClient(),
            Citizen = await TestApp.CreateDemoClientAsync("citizen@demo.onestop.vn"),
            CommuneOfficer = await TestApp.CreateDemoClientAsync("commune.receptionist@demo.onestop.vn"),
            Processor = await TestApp.CreateDemoClientAsync("processor@demo.onestop.vn"),
            Leader = await TestApp.CreateDemoClientAsync("leader@demo.onestop.vn"),
            CommuneId = commune,
            DepartmentId = department,
        };
    }

    /// <summary>The form fields of a feedback; <paramref name="overrides"/> replaces or (with null) removes fields.</summary>
    public static MultipartFormDataContent Form(IReadOnlyDictionary<string, string?>? overrides = null, params (string Name, byte[] Content)[] files)
    {
        var fields = new Dictionary<string, string?>
        {
            ["title"] = "Đèn đường hỏng trên đường Trần Phú",
            ["content"] = "Đèn đường trước nhà số 12 hỏng đã hai tuần. Liên hệ tôi qua số 0912345678.",
            ["category"] = "RegulationsAndProcedures",
            ["fullName"] = "Trần Văn Bình",
            ["phoneNumber"] = "0987654321",
            ["email"] = "binh@example.vn",
        };
        foreach (var (name, value) in overrides ?? new Dictionary<string, string?>())
        {
            fields[name] = value;
        }
        var form = new MultipartFormDataContent();
        foreach (var (name, value) in fields.Where(f => f.Value is not null))
        {
            form.Add(new StringContent(value!), name);
        }
        foreach (var (name, content) in files)
        {
            var file = new ByteArrayContent(content);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(file, "attachments", name);
        }
        return form;
    }

    public static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, MultipartFormDataContent form, string? idempotencyKey = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/feedback") { Content = form };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }
        return await client.SendAsync(request);
    }

    /// <summary>A guest's feedback naming the commune, which routes it.</summary>
    public async Task<FeedbackReceiptDto> SubmittedToCommuneAsync() =>
        await ReadAsync<FeedbackReceiptDto>(await SubmitAsync(Guest, Form(new Dictionary<string, string?> { ["relatedAgencyId"] = CommuneId.ToString() })));

    public static async Task<T> ReadAsync<T>(HttpResponseMessage response)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
        return (await response.Content.ReadFromJsonAsync<T>(DossierScenario.Json))!;
    }

    public static async Task<FeedbackDetailDto> GetAsync(HttpClient client, Guid id) => await ReadAsync<FeedbackDetailDto>(await client.GetAsync($"/api/feedback/{id}"));

    /// <summary>Posts an action with the feedback's current version merged into <paramref name="body"/>.</summary>
    public static Task<HttpResponseMessage> PostActionAsync(HttpClient client, FeedbackDetailDto feedback, string action, object body) =>
        ActionRequests.PostAsync(client, $"/api/feedback/{feedback.Id}/{action}", feedback.Version, body);

    public static async Task<FeedbackDetailDto> ActAsync(HttpClient client, FeedbackDetailDto feedback, string action, object body) =>
        await ReadAsync<FeedbackDetailDto>(await PostActionAsync(client, feedback, action, body));

    /// <summary>Routed by the commune to itself, then transferred to the department.</summary>
    public async Task<(FeedbackReceiptDto Receipt, FeedbackDetailDto Feedback)> TransferredToDepartmentAsync()
    {
        var receipt = await SubmittedToCommuneAsync();
        var assigned = await ActAsync(CommuneOfficer, await GetAsync(CommuneOfficer, receipt.Id), "assign",
            new { category = "RegulationsAndProcedures", agencyId = CommuneId });
        var transferred = await ActAsync(CommuneOfficer, assigned, "transfer",
            new { agencyId = DepartmentId, reason = "Thuộc thẩm quyền của Sở Xây dựng" });
        return (receipt, transferred);
    }

    /// <summary>Answered by the department and published.</summary>
    public async Task<(FeedbackReceiptDto Receipt, FeedbackDetailDto Feedback)> PublishedAsync()
    {
        var (receipt, transferred) = await TransferredToDepartmentAsync();
        var drafted = await ActAsync(Processor, await GetAsync(Processor, transferred.Id), "draft-answer",
            new { text = "Sở Xây dựng đã chỉ đạo sửa chữa; liên hệ 0905111222 nếu còn hỏng." });
        var published = await ActAsync(Leader, await GetAsync(Leader, drafted.Id), "approve-answer", new { publish = true });
        return (receipt, published);
    }
}
