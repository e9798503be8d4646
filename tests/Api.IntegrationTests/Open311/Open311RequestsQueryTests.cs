using System.Net;
using System.Text.Json;
using OneStop.Application.Common.Security;
using OneStop.Domain.Feedbacks;
using OneStop.Testing;
using static OneStop.Api.IntegrationTests.Open311.Open311Fixture;

namespace OneStop.Api.IntegrationTests.Open311;

/// <summary>GET requests and GET requests/{id}: who sees what, the fields in both formats, the filters and the limits.</summary>
public sealed class Open311RequestsQueryTests : DatabaseTestBase
{
    private Open311Fixture _fixture = null!;

    [SetUp]
    public async Task CreateAgenciesAsync() => _fixture = await Open311Fixture.CreateAsync();

    private static async Task<JsonElement> GetAsync(string query, HttpClient? client = null) =>
        await ReadJsonAsync(await (client ?? TestApp.CreateClient()).GetAsync($"/open311/v2/requests.json{query}"), HttpStatusCode.OK);

    private static string[] Ids(JsonElement requests) => requests.EnumerateArray().Select(r => r.GetProperty("service_request_id").GetString()!).ToArray();

    private static string Escape(DateTimeOffset value) => Uri.EscapeDataString(value.ToString("yyyy-MM-dd'T'HH:mm:sszzz"));

    [Test]
    public async Task ShouldListOnlyPublishedFeedbackWithoutCredentials()
    {
        var published = await _fixture.AddAsync(FeedbackStatus.Published);
        foreach (var status in new[] { FeedbackStatus.Received, FeedbackStatus.Assigned, FeedbackStatus.Answered, FeedbackStatus.NotInScope })
        {
            await _fixture.AddAsync(status);
        }

        var requests = await GetAsync("");

        Ids(requests).ShouldBe([published]);
    }

    [TestCase("api_key")]
    [TestCase("bearer")]
    public async Task ShouldListAllFeedbackForAnIntegratorGrantedFeedbackRead(string sentAs)
    {
        var codes = new List<string>();
        foreach (var status in Enum.GetValues<FeedbackStatus>())
        {
            codes.Add(await _fixture.AddAsync(status, Now.AddHours(-codes.Count - 1)));
        }
        var apiKey = await ApiKeyAsync(Scopes.FeedbackRead);

        var requests = sentAs == "bearer" ? await GetAsync("", BearerClient(apiKey)) : await GetAsync($"?api_key={apiKey}");

        Ids(requests).ShouldBe(codes);
    }

    [Test]
    public async Task ShouldShowOnlyPublishedFeedbackToAnIntegratorWithoutFeedbackRead()
    {
        var published = await _fixture.AddAsync(FeedbackStatus.Published);
        await _fixture.AddAsync(FeedbackStatus.Received);

        var requests = await GetAsync($"?api_key={await ApiKeyAsync(Scopes.FeedbackWrite)}");

        Ids(requests).ShouldBe([published]);
    }

    [Test]
    public async Task ShouldMapStatusesToOpenAndClosedWithTheirNotesAgencyAndDates()
    {
        var receivedAt = new DateTimeOffset(Now.AddDays(-3).UtcDateTime.Date.AddHours(2), TimeSpan.Zero);
        var codes = new Dictionary<FeedbackStatus, string>();
        foreach (var status in Enum.GetValues<FeedbackStatus>())
        {
            codes[status] = await _fixture.AddAsync(status, receivedAt.AddMinutes((int)status));
        }

        var requests = (await GetAsync($"?api_key={await ApiKeyAsync(Scopes.FeedbackRead)}")).EnumerateArray()
            .ToDictionary(r => r.GetProperty("service_request_id").GetString()!);

        foreach (var (status, code) in codes)
        {
            var request = requests[code];
            request.EnumerateObject().Select(p => p.Name).ShouldBe(RequestFields);
            var closed = status is FeedbackStatus.Answered or FeedbackStatus.Published or FeedbackStatus.NotInScope;
            request.GetProperty("status").GetString().ShouldBe(closed ? "closed" : "open", status.ToString());
            request.GetProperty("service_code").GetString().ShouldBe("RegulationsAndProcedures");
            request.GetProperty("service_name").GetString().ShouldBe("Phản ánh, kiến nghị về quy định hành chính, thủ tục hành chính");
            request.GetProperty("requested_datetime").GetString()
                .ShouldBe(receivedAt.AddMinutes((int)status).ToOffset(TimeSpan.FromHours(7)).ToString("yyyy-MM-dd'T'HH:mm:ss'+07:00'"));
            DateTimeOffset.Parse(request.GetProperty("updated_datetime").GetString()!).ShouldBeGreaterThanOrEqualTo(receivedAt);
            request.GetProperty("updated_datetime").GetString().ShouldEndWith("+07:00");
            (request.GetProperty("expected_datetime").ValueKind == JsonValueKind.String).ShouldBe(!closed, status.ToString());
            request.GetProperty("agency_responsible").GetString().ShouldBe(status switch
            {
                FeedbackStatus.Received or FeedbackStatus.NotInScope => CounterName,
                FeedbackStatus.Transferred => "Sở Tư pháp",
                _ => DepartmentName,
            });
            foreach (var field in new[] { "service_notice", "address", "address_id", "zipcode", "lat", "long", "media_url" })
            {
                request.GetProperty(field).ValueKind.ShouldBe(JsonValueKind.Null);
            }
        }
        requests[codes[FeedbackStatus.Received]].GetProperty("status_notes").ValueKind.ShouldBe(JsonValueKind.Null);
        requests[codes[FeedbackStatus.Answered]].GetProperty("status_notes").GetString().ShouldStartWith("Sở đã trả kết quả ngày 05/3/2026");
        requests[codes[FeedbackStatus.NotInScope]].GetProperty("status_notes").GetString().ShouldBe($"{ClosingReason} — {Redirection}");
        requests[codes[FeedbackStatus.Assigned]].GetProperty("expected_datetime").GetString().ShouldEndWith("+07:00");
    }

    [Test]
    public async Task ShouldWriteRequestsInXmlUnderServiceRequestsAndRequest()
    {
        var published = await _fixture.AddAsync(FeedbackStatus.Published, category: FeedbackCategory.OfficerConduct);
        var open = await _fixture.AddAsync(FeedbackStatus.Assigned, Now.AddDays(-2));
        var apiKey = await ApiKeyAsync(Scopes.FeedbackRead);
        var json = (await GetAsync($"?api_key={apiKey}")).EnumerateArray().ToList();

        var xml = await ReadXmlAsync(await TestApp.CreateClient().GetAsync($"/open311/v2/requests.xml?api_key={apiKey}"), HttpStatusCode.OK,
            "service_requests");

        xml.Elements().Select(e => e.Name.LocalName).ShouldBe(["request", "request"]);
        foreach (var (element, request) in xml.Elements().Zip(json))
        {
            element.Elements().Select(e => e.Name.LocalName).ShouldBe(RequestFields);
            foreach (var field in RequestFields)
            {
                element.Element(field)!.Value.ShouldBe(request.GetProperty(field).ValueKind == JsonValueKind.Null ? "" : request.GetProperty(field).GetString());
            }
        }
        xml.Elements().Select(e => e.Element("service_request_id")!.Value).ShouldBe([published, open]);
        xml.Elements().First().Element("status")!.Value.ShouldBe("closed");
        xml.Elements().First().Element("service_code")!.Value.ShouldBe("OfficerConduct");
    }

    [TestCase("json")]
    [TestCase("xml")]
    public async Task ShouldLeaveNoPersonalDataInTheAnswer(string format)
    {
        var answered = await _fixture.AddAsync(FeedbackStatus.Published);
        await _fixture.AddAsync(FeedbackStatus.Received);
        var apiKey = await ApiKeyAsync(Scopes.FeedbackRead);

        foreach (var path in new[] { $"/open311/v2/requests.{format}", $"/open311/v2/requests/{answered}.{format}" })
        {
            foreach (var query in new[] { "", $"?api_key={apiKey}" })
            {
                var response = await TestApp.CreateClient().GetAsync(path + query);
                response.StatusCode.ShouldBe(HttpStatusCode.OK);
                var body = await response.Content.ReadAsStringAsync();
                body.ShouldContain("quá hạn mười ngày");
                body.ShouldContain("***");
                foreach (var personal in new[] { SubmitterName, "Văn An", SubmitterPhone, SubmitterEmail, "056090001234", "0987 654 321" })
                {
                    body.ShouldNotContain(personal, Case.Insensitive, $"{path}{(query.Length > 0 ? " with api_key" : "")}");
                }
            }
        }
    }

    [Test]
    public async Task ShouldFilterByServiceCode()
    {
        var conduct = await _fixture.AddAsync(FeedbackStatus.Published, category: FeedbackCategory.OfficerConduct);
        var procedures = await _fixture.AddAsync(FeedbackStatus.Published, Now.AddDays(-2));

        Ids(await GetAsync("?service_code=OfficerConduct")).ShouldBe([conduct]);
        Ids(await GetAsync("?service_code=RegulationsAndProcedures")).ShouldBe([procedures]);
        Ids(await GetAsync("?service_code=OfficerConduct,RegulationsAndProcedures")).ShouldBe([conduct, procedures]);
    }

    [Test]
    public async Task ShouldFilterByStatus()
    {
        var apiKey = await ApiKeyAsync(Scopes.FeedbackRead);
        var open = await _fixture.AddAsync(FeedbackStatus.Transferred, Now.AddDays(-1));
        var closed = await _fixture.AddAsync(FeedbackStatus.NotInScope, Now.AddDays(-2));

        Ids(await GetAsync($"?status=open&api_key={apiKey}")).ShouldBe([open]);
        Ids(await GetAsync($"?status=closed&api_key={apiKey}")).ShouldBe([closed]);
        Ids(await GetAsync($"?status=open,closed&api_key={apiKey}")).ShouldBe([open, closed]);
    }

    [Test]
    public async Task ShouldSearchTheLast90DaysByDefaultAndTheWindowGiven()
    {
        var recent = await _fixture.AddAsync(FeedbackStatus.Published, Now.AddDays(-10));
        var older = await _fixture.AddAsync(FeedbackStatus.Published, Now.AddDays(-60));
        var ancient = await _fixture.AddAsync(FeedbackStatus.Published, Now.AddDays(-120));

        Ids(await GetAsync("")).ShouldBe([recent, older]);
        Ids(await GetAsync($"?start_date={Escape(Now.AddDays(-130))}&end_date={Escape(Now.AddDays(-50))}")).ShouldBe([older, ancient]);
        Ids(await GetAsync($"?start_date={Escape(Now.AddDays(-30))}")).ShouldBe([recent]);
        Ids(await GetAsync($"?end_date={Escape(Now.AddDays(-100))}")).ShouldBe([ancient]);
        // A "+" left unencoded in the query string arrives as a space; the offset is still read.
        Ids(await GetAsync($"?start_date={Now.AddDays(-30).ToOffset(TimeSpan.FromHours(7)):yyyy-MM-dd'T'HH:mm:ss}+07:00")).ShouldBe([recent]);
        Ids(await GetAsync($"?start_date={Now.AddDays(-30).UtcDateTime:yyyy-MM-dd'T'HH:mm}Z")).ShouldBe([recent]);
    }

    [TestCase("json")]
    [TestCase("xml")]
    public async Task ShouldRefuseAWindowOfMoreThan90Days(string format)
    {
        var response = await TestApp.CreateClient()
            .GetAsync($"/open311/v2/requests.{format}?start_date={Escape(Now.AddDays(-91))}&end_date={Escape(Now)}");

        var errors = await ReadErrorsAsync(response, HttpStatusCode.BadRequest, format);

        errors.ShouldHaveSingleItem().ShouldContain("90 days");
    }

    [TestCase("start_date=2026-03-02", "start_date")]
    [TestCase("end_date=yesterday", "end_date")]
    [TestCase("start_date=2026-03-02T09:00:00", "start_date")]
    [TestCase("start_date=2026-03-10T00:00:00Z&end_date=2026-03-01T00:00:00Z", "end_date must not be before start_date")]
    [TestCase("status=pending", "status 'pending'")]
    [TestCase("service_code=Potholes", "service_code 'Potholes'")]
    public async Task ShouldRefuseBadParametersWithAnErrorArray(string query, string expected)
    {
        var errors = await ReadErrorsAsync(await TestApp.CreateClient().GetAsync($"/open311/v2/requests.json?{query}"), HttpStatusCode.BadRequest);

        errors.ShouldHaveSingleItem().ShouldContain(expected);
    }

    [Test]
    public async Task ShouldReturnTheRequestsNamedByServiceRequestIdIgnoringTheOtherParameters()
    {
        var first = await _fixture.AddAsync(FeedbackStatus.Published, Now.AddDays(-200));
        var second = await _fixture.AddAsync(FeedbackStatus.Published, Now.AddDays(-1), FeedbackCategory.OfficerConduct);
        await _fixture.AddAsync(FeedbackStatus.Published, Now.AddDays(-2));
        var unpublished = await _fixture.AddAsync(FeedbackStatus.Answered, Now.AddDays(-3));

        var requests = await GetAsync($"?service_request_id={first}, {second.ToLowerInvariant()},{unpublished},PAKN-000000-0000&service_code=RegulationsAndProcedures&status=pending");

        Ids(requests).ShouldBe([second, first]);
    }

    [Test]
    public async Task ShouldReturnAtMost1000RequestsNewestFirst()
    {
        var start = Now.AddDays(-50);
        var codes = await _fixture.AddAsync(FeedbackStatus.Received, Enumerable.Range(0, 1001).Select(i => start.AddMinutes(i)));
        var apiKey = await ApiKeyAsync(Scopes.FeedbackRead);

        var requests = await GetAsync($"?api_key={apiKey}");

        Ids(requests).ShouldBe(codes.Reverse().Take(1000));
    }

    [TestCase("json")]
    [TestCase("xml")]
    public async Task ShouldReturnOneRequestByIdInAnArray(string format)
    {
        var code = await _fixture.AddAsync(FeedbackStatus.Published);

        var response = await TestApp.CreateClient().GetAsync($"/open311/v2/requests/{code}.{format}");

        if (format == "xml")
        {
            var xml = await ReadXmlAsync(response, HttpStatusCode.OK, "service_requests");
            var request = xml.Elements().ShouldHaveSingleItem();
            request.Name.LocalName.ShouldBe("request");
            request.Elements().Select(e => e.Name.LocalName).ShouldBe(RequestFields);
            request.Element("service_request_id")!.Value.ShouldBe(code);
            request.Element("status")!.Value.ShouldBe("closed");
        }
        else
        {
            var request = (await ReadJsonAsync(response, HttpStatusCode.OK)).EnumerateArray().ShouldHaveSingleItem();
            request.EnumerateObject().Select(p => p.Name).ShouldBe(RequestFields);
            request.GetProperty("service_request_id").GetString().ShouldBe(code);
        }
    }

    [TestCase("json")]
    [TestCase("xml")]
    public async Task ShouldAnswer404WithAnErrorArrayForAnUnknownOrUnpublishedRequest(string format)
    {
        var unpublished = await _fixture.AddAsync(FeedbackStatus.Answered);

        var unknown = await ReadErrorsAsync(await TestApp.CreateClient().GetAsync($"/open311/v2/requests/PAKN-000000-0000.{format}"),
            HttpStatusCode.NotFound, format);
        var hidden = await ReadErrorsAsync(await TestApp.CreateClient().GetAsync($"/open311/v2/requests/{unpublished}.{format}"),
            HttpStatusCode.NotFound, format);
        var readable = await TestApp.CreateClient().GetAsync($"/open311/v2/requests/{unpublished}.{format}?api_key={await ApiKeyAsync(Scopes.FeedbackRead)}");

        unknown.ShouldHaveSingleItem().ShouldContain("PAKN-000000-0000");
        hidden.ShouldHaveSingleItem().ShouldContain(unpublished);
        readable.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [TestCase("json")]
    [TestCase("xml")]
    public async Task ShouldRefuseAnInvalidApiKeyRatherThanAnswerAsPublic(string format)
    {
        await _fixture.AddAsync(FeedbackStatus.Published);
        var valid = await ApiKeyAsync(Scopes.FeedbackRead);
        var tampered = valid[..^4] + (valid.EndsWith("AAAA") ? "BBBB" : "AAAA");

        var byParameter = await TestApp.CreateClient().GetAsync($"/open311/v2/requests.{format}?api_key={tampered}");
        var byHeader = await BearerClient("not-a-token").GetAsync($"/open311/v2/requests.{format}");

        (await ReadErrorsAsync(byParameter, HttpStatusCode.Forbidden, format)).ShouldHaveSingleItem().ShouldContain("api_key");
        (await ReadErrorsAsync(byHeader, HttpStatusCode.Forbidden, format)).ShouldHaveSingleItem().ShouldContain("api_key");
    }
}
