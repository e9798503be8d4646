using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using OneStop.Application.Common.Security;
using OneStop.Domain.Feedbacks;
using OneStop.Testing;
using static OneStop.Api.IntegrationTests.Open311.Open311Fixture;

namespace OneStop.Api.IntegrationTests.Open311;

/// <summary>POST requests: form-encoded, an integrator's api_key with feedback.write, the answer array, errors and retries.</summary>
public sealed class Open311PostRequestTests : DatabaseTestBase
{
    private const string Description = "Cán bộ tiếp nhận hồ sơ yêu cầu nộp thêm giấy tờ không có trong danh mục thành phần hồ sơ của thủ tục cấp phép xây dựng.";

    [SetUp]
    public Task CreateAgenciesAsync() => Open311Fixture.CreateAsync();

    private static Dictionary<string, string> Form(string? apiKey, params (string Name, string? Value)[] changes)
    {
        var form = new Dictionary<string, string>
        {
            ["service_code"] = "OfficerConduct",
            ["description"] = Description,
            ["first_name"] = "Thị Bình",
            ["last_name"] = "Trần",
            ["phone"] = "0987654321",
            ["email"] = "binh.tran@example.vn",
            ["account_id"] = "app-user-42",
            ["device_id"] = "device-7",
            ["address_string"] = "Bộ phận Một cửa, 1 Trần Phú, Nha Trang",
            ["lat"] = "12.2388",
            ["long"] = "109.1967",
            ["media_url"] = "https://app.example.vn/photos/1.jpg",
        };
        if (apiKey is not null)
        {
            form["api_key"] = apiKey;
        }
        foreach (var (name, value) in changes)
        {
            if (value is null)
            {
                form.Remove(name);
            }
            else
            {
                form[name] = value;
            }
        }
        return form;
    }

    private static Task<HttpResponseMessage> PostAsync(Dictionary<string, string> form, string format = "json", HttpClient? client = null,
        string? idempotencyKey = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/open311/v2/requests.{format}") { Content = new FormUrlEncodedContent(form) };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }
        return (client ?? TestApp.CreateClient()).SendAsync(request);
    }

    private static Task<List<Domain.Feedbacks.Feedback>> FeedbackAsync() => TestApp.WithDbContextAsync(db => db.Feedbacks.AsNoTracking().ToListAsync());

    [Test]
    public async Task ShouldCreateAFeedbackForAnIntegratorGrantedFeedbackWrite()
    {
        var apiKey = await ApiKeyAsync(Scopes.FeedbackWrite);

        var answer = await ReadJsonAsync(await PostAsync(Form(apiKey)), HttpStatusCode.OK);

        var created = answer.EnumerateArray().ShouldHaveSingleItem();
        created.EnumerateObject().Select(p => p.Name).ShouldBe(["service_request_id", "service_notice", "account_id"]);
        created.GetProperty("account_id").GetString().ShouldBe("app-user-42");
        created.GetProperty("service_notice").GetString()!.ShouldContain(CounterName);
        var feedback = (await FeedbackAsync()).ShouldHaveSingleItem();
        created.GetProperty("service_request_id").GetString().ShouldBe(feedback.Code);
        feedback.Status.ShouldBe(FeedbackStatus.Received);
        feedback.Category.ShouldBe(FeedbackCategory.OfficerConduct);
        feedback.Title.ShouldBe("Cán bộ tiếp nhận hồ sơ yêu cầu nộp thêm giấy tờ không có trong danh mục thành phần hồ…");
        feedback.Content.ShouldBe($"{Description}\nĐịa điểm: Bộ phận Một cửa, 1 Trần Phú, Nha Trang (12.2388, 109.1967)\nTệp đính kèm: https://app.example.vn/photos/1.jpg");
        feedback.Contact.ShouldBe(new FeedbackContact("Trần Thị Bình", "0987654321", "binh.tran@example.vn", null));
        feedback.OwnerId.ShouldBeNull("the client sends it for someone else; it owns no feedback and may not rate or reopen it");
    }

    [Test]
    public async Task ShouldAnswerInXmlUnderServiceRequestsAndRequest()
    {
        var apiKey = await ApiKeyAsync(Scopes.FeedbackWrite);

        var xml = await ReadXmlAsync(await PostAsync(Form(apiKey, ("account_id", null)), "xml"), HttpStatusCode.OK, "service_requests");

        var request = xml.Elements().ShouldHaveSingleItem();
        request.Name.LocalName.ShouldBe("request");
        request.Elements().Select(e => e.Name.LocalName).ShouldBe(["service_request_id", "service_notice", "account_id"]);
        request.Element("service_request_id")!.Value.ShouldBe((await FeedbackAsync()).ShouldHaveSingleItem().Code);
        request.Element("account_id")!.Value.ShouldBeEmpty();
    }

    [Test]
    public async Task ShouldAcceptTheTokenAsABearerTokenAndCreateWithTheFewestFields()
    {
        var client = BearerClient(await ApiKeyAsync(Scopes.FeedbackWrite));
        var form = new Dictionary<string, string> { ["service_code"] = "RegulationsAndProcedures", ["description"] = "Thủ tục quá phức tạp", ["last_name"] = "Lê", ["email"] = "le@example.vn" };

        var answer = await ReadJsonAsync(await PostAsync(form, client: client), HttpStatusCode.OK);

        answer.EnumerateArray().ShouldHaveSingleItem().GetProperty("account_id").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        var feedback = (await FeedbackAsync()).ShouldHaveSingleItem();
        (feedback.Title, feedback.Content, feedback.Contact.FullName).ShouldBe(("Thủ tục quá phức tạp", "Thủ tục quá phức tạp", "Lê"));
    }

    [TestCase("json")]
    [TestCase("xml")]
    public async Task ShouldRefuseWith403AndAnErrorArrayWithoutAnApiKey(string format)
    {
        var errors = await ReadErrorsAsync(await PostAsync(Form(apiKey: null), format), HttpStatusCode.Forbidden, format);

        errors.ShouldHaveSingleItem().ShouldContain("api_key");
        (await FeedbackAsync()).ShouldBeEmpty();
    }

    [Test]
    public async Task ShouldRefuseAnApiKeyNotGrantedFeedbackWriteAndAPersonsToken()
    {
        var reader = await PostAsync(Form(await ApiKeyAsync(Scopes.FeedbackRead, Scopes.DossiersWrite)));
        var citizen = await PostAsync(Form(apiKey: null), client: await TestApp.CreateClientAsync(Roles.Citizen));

        (await ReadErrorsAsync(reader, HttpStatusCode.Forbidden)).ShouldHaveSingleItem().ShouldContain("feedback.write");
        (await ReadErrorsAsync(citizen, HttpStatusCode.Forbidden)).ShouldHaveSingleItem().ShouldContain("feedback.write");
        (await FeedbackAsync()).ShouldBeEmpty();
    }

    [Test]
    public async Task ShouldRefuseAnInvalidApiKey()
    {
        var errors = await ReadErrorsAsync(await PostAsync(Form("eyJhbGciOiJIUzI1NiJ9.e30.invalid")), HttpStatusCode.Forbidden);

        errors.ShouldHaveSingleItem().ShouldContain("not valid");
    }

    [TestCase("service_code", null, "service_code is required")]
    [TestCase("service_code", "Potholes", "service_code 'Potholes' is not a service")]
    [TestCase("description", null, "description is required")]
    [TestCase("lat", null, "lat and long must be given together")]
    [TestCase("long", "200", "lat and long must be given together")]
    [TestCase("media_url", "file:///etc/passwd", "media_url must be an http or https URL")]
    [TestCase("phone", "12345", "phone: ")]
    public async Task ShouldRefuseBadFieldsWith400NamingTheParameter(string field, string? value, string expected)
    {
        var apiKey = await ApiKeyAsync(Scopes.FeedbackWrite);

        var errors = await ReadErrorsAsync(await PostAsync(Form(apiKey, (field, value)), "xml"), HttpStatusCode.BadRequest, "xml");

        errors.ShouldHaveSingleItem().ShouldContain(expected);
        (await FeedbackAsync()).ShouldBeEmpty();
    }

    [Test]
    public async Task ShouldRefuseAMissingNameAndContactWithTheOpen311Names()
    {
        var apiKey = await ApiKeyAsync(Scopes.FeedbackWrite);

        var errors = await ReadErrorsAsync(await PostAsync(Form(apiKey, ("first_name", null), ("last_name", null), ("phone", null), ("email", null))),
            HttpStatusCode.BadRequest);

        errors.ShouldContain(e => e.StartsWith("first_name, last_name: "));
        errors.ShouldContain(e => e.StartsWith("phone: "));
        errors.ShouldContain(e => e.StartsWith("email: "));
    }

    [Test]
    public async Task ShouldRefuseABodyThatIsNotAForm()
    {
        var client = BearerClient(await ApiKeyAsync(Scopes.FeedbackWrite));

        var response = await client.PostAsync("/open311/v2/requests.json", new StringContent("{\"service_code\":\"OfficerConduct\"}", Encoding.UTF8, "application/json"));

        (await ReadErrorsAsync(response, HttpStatusCode.BadRequest)).ShouldHaveSingleItem().ShouldContain("form-encoded");
    }

    [Test]
    public async Task ShouldReplayTheFirstAnswerForTheSameIdempotencyKey()
    {
        var apiKey = await ApiKeyAsync(Scopes.FeedbackWrite);
        var key = Guid.NewGuid().ToString();

        var first = await ReadJsonAsync(await PostAsync(Form(apiKey), idempotencyKey: key), HttpStatusCode.OK);
        var retry = await ReadJsonAsync(await PostAsync(Form(apiKey), idempotencyKey: key), HttpStatusCode.OK);
        var changed = await PostAsync(Form(apiKey, ("description", "Một nội dung khác")), idempotencyKey: key);

        retry.GetRawText().ShouldBe(first.GetRawText());
        (await ReadErrorsAsync(changed, (HttpStatusCode)422)).ShouldHaveSingleItem().ShouldContain(key);
        (await FeedbackAsync()).ShouldHaveSingleItem();
    }
}
