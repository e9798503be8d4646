using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OneStop.Domain.Feedbacks;
using OneStop.Testing;
using static OneStop.Api.IntegrationTests.Open311.Open311Fixture;

namespace OneStop.Api.IntegrationTests.Open311;

/// <summary>GeoReport v2 discovery, service list and service definitions, in JSON and XML, field by field.</summary>
public sealed class Open311ServicesTests
{
    private static readonly string[] ServiceFields = ["service_code", "service_name", "description", "metadata", "type", "keywords", "group"];

    [Test]
    public async Task ShouldDescribeTheEndpointInTheDiscoveryDocument()
    {
        var json = await ReadJsonAsync(await TestApp.CreateClient().GetAsync("/open311/v2/discovery.json"), HttpStatusCode.OK);
        var xml = await ReadXmlAsync(await TestApp.CreateClient().GetAsync("/open311/v2/discovery.xml"), HttpStatusCode.OK, "discovery");

        json.EnumerateObject().Select(p => p.Name).ShouldBe(["changeset", "contact", "key_service", "endpoints"]);
        DateTimeOffset.TryParse(json.GetProperty("changeset").GetString(), out _).ShouldBeTrue();
        json.GetProperty("key_service").GetString()!.ShouldContain("/api/auth/token");
        var endpoint = json.GetProperty("endpoints").EnumerateArray().Single();
        endpoint.EnumerateObject().Select(p => p.Name).ShouldBe(["specification", "url", "changeset", "type", "formats"]);
        endpoint.GetProperty("specification").GetString().ShouldBe("http://wiki.open311.org/GeoReport_v2");
        endpoint.GetProperty("url").GetString().ShouldEndWith("/open311/v2");
        endpoint.GetProperty("type").GetString().ShouldBe("production");
        endpoint.GetProperty("formats").EnumerateArray().Select(f => f.GetString()).ShouldBe(["text/xml", "application/json"]);

        xml.Elements().Select(e => e.Name.LocalName).ShouldBe(["changeset", "contact", "key_service", "endpoints"]);
        var xmlEndpoint = xml.Element("endpoints")!.Elements().ShouldHaveSingleItem();
        xmlEndpoint.Name.LocalName.ShouldBe("endpoint");
        xmlEndpoint.Element("formats")!.Elements().Select(f => (f.Name.LocalName, f.Value)).ShouldBe([("format", "text/xml"), ("format", "application/json")]);
    }

    [Test]
    public async Task ShouldListEveryFeedbackCategoryAsARealtimeServiceWithoutMetadata()
    {
        var services = await ReadJsonAsync(await TestApp.CreateClient().GetAsync("/open311/v2/services.json"), HttpStatusCode.OK);

        services.EnumerateArray().Select(s => s.GetProperty("service_code").GetString()).ShouldBe(Enum.GetNames<FeedbackCategory>());
        foreach (var service in services.EnumerateArray())
        {
            service.EnumerateObject().Select(p => p.Name).ShouldBe(ServiceFields);
            service.GetProperty("service_name").GetString().ShouldStartWith("Phản ánh");
            service.GetProperty("description").GetString().ShouldNotBeNullOrWhiteSpace();
            service.GetProperty("metadata").ValueKind.ShouldBe(JsonValueKind.False);
            service.GetProperty("type").GetString().ShouldBe("realtime");
            service.GetProperty("keywords").GetString()!.Split(", ").Length.ShouldBeGreaterThan(1);
            service.GetProperty("group").GetString().ShouldBe("Phản ánh, kiến nghị");
        }
    }

    [Test]
    public async Task ShouldListTheServicesInXmlUnderServicesAndService()
    {
        var json = await ReadJsonAsync(await TestApp.CreateClient().GetAsync("/open311/v2/services.json"), HttpStatusCode.OK);
        var xml = await ReadXmlAsync(await TestApp.CreateClient().GetAsync("/open311/v2/services.xml"), HttpStatusCode.OK, "services");

        xml.Elements().Select(e => e.Name.LocalName).ShouldBe(["service", "service"]);
        foreach (var (element, service) in xml.Elements().Zip(json.EnumerateArray()))
        {
            element.Elements().Select(e => e.Name.LocalName).ShouldBe(ServiceFields);
            element.Element("service_code")!.Value.ShouldBe(service.GetProperty("service_code").GetString());
            element.Element("service_name")!.Value.ShouldBe(service.GetProperty("service_name").GetString());
            element.Element("metadata")!.Value.ShouldBe("false");
        }
    }

    [TestCase("json")]
    [TestCase("xml")]
    public async Task ShouldDefineEachServiceWithNoAttributes(string format)
    {
        var response = await TestApp.CreateClient().GetAsync($"/open311/v2/services/OfficerConduct.{format}");

        if (format == "xml")
        {
            var definition = await ReadXmlAsync(response, HttpStatusCode.OK, "service_definition");
            definition.Elements().Select(e => e.Name.LocalName).ShouldBe(["service_code", "attributes"]);
            definition.Element("service_code")!.Value.ShouldBe("OfficerConduct");
            definition.Element("attributes")!.Elements().ShouldBeEmpty();
        }
        else
        {
            var definition = await ReadJsonAsync(response, HttpStatusCode.OK);
            definition.EnumerateObject().Select(p => p.Name).ShouldBe(["service_code", "attributes"]);
            definition.GetProperty("service_code").GetString().ShouldBe("OfficerConduct");
            definition.GetProperty("attributes").GetArrayLength().ShouldBe(0);
        }
    }

    [TestCase("json")]
    [TestCase("xml")]
    public async Task ShouldAnswer404WithAnErrorArrayForAnUnknownServiceCode(string format)
    {
        var errors = await ReadErrorsAsync(await TestApp.CreateClient().GetAsync($"/open311/v2/services/Potholes.{format}"), HttpStatusCode.NotFound, format);

        errors.ShouldHaveSingleItem().ShouldContain("Potholes");
    }

    [TestCase("/open311/v2/services.yaml")]
    [TestCase("/open311/v2/requests.csv")]
    [TestCase("/open311/v2/requests/PAKN-260101-0001.html")]
    public async Task ShouldRefuseAnUnknownFormatWithAJsonErrorArray(string path)
    {
        var errors = await ReadErrorsAsync(await TestApp.CreateClient().GetAsync(path), HttpStatusCode.BadRequest);

        errors.ShouldHaveSingleItem().ShouldContain("json or xml");
    }

    [Test]
    public async Task ShouldDocumentEveryOpen311OperationInOpenApiWithASummary()
    {
        var document = await TestApp.CreateClient().GetFromJsonAsync<JsonElement>("/swagger/v1/swagger.json");
        var paths = document.GetProperty("paths");

        string[] operations =
        [
            "get /open311/v2/discovery.{format}", "get /open311/v2/services.{format}", "get /open311/v2/services/{service_code}.{format}",
            "get /open311/v2/requests.{format}", "post /open311/v2/requests.{format}", "get /open311/v2/requests/{service_request_id}.{format}",
        ];
        foreach (var (method, path) in operations.Select(o => (o.Split(' ')[0], o.Split(' ')[1])))
        {
            var operation = paths.GetProperty(path).GetProperty(method);
            operation.GetProperty("summary").GetString().ShouldNotBeNullOrWhiteSpace();
            operation.GetProperty("responses").GetProperty("200").GetProperty("content").EnumerateObject().Select(c => c.Name)
                .ShouldBe(["application/json", "text/xml"], ignoreOrder: true);
            operation.GetProperty("responses").TryGetProperty("400", out _).ShouldBeTrue();
        }
        paths.GetProperty("/open311/v2/requests.{format}").GetProperty("post").GetProperty("requestBody").GetProperty("content")
            .EnumerateObject().Single().Name.ShouldBe("application/x-www-form-urlencoded");
        paths.GetProperty("/open311/v2/requests.{format}").GetProperty("get").GetProperty("parameters").EnumerateArray()
            .Select(p => p.GetProperty("name").GetString())
            .ShouldBe(["format", "service_request_id", "service_code", "start_date", "end_date", "status", "api_key"], ignoreOrder: true);
    }
}
