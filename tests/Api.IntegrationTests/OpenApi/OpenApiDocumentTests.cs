using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Testing;

namespace OneStop.Api.IntegrationTests.OpenApi;

public sealed class OpenApiDocumentTests
{
    private JsonElement _document;

    [OneTimeSetUp]
    public async Task ReadDocumentAsync() =>
        _document = await TestApp.CreateClient().GetFromJsonAsync<JsonElement>("/swagger/v1/swagger.json");

    private static IEnumerable<(string Method, string Path)> ApiEndpoints() =>
        TestApp.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText!.StartsWith("/api/", StringComparison.Ordinal) && !e.RoutePattern.RawText.Contains("**"))
            .SelectMany(e => e.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods.Select(m => (m.ToLowerInvariant(), Normalise(e.RoutePattern.RawText!))));

    /// <summary>"/api/procedures/{id:guid}" → "/api/procedures/{id}", as OpenAPI writes it.</summary>
    private static string Normalise(string route) =>
        System.Text.RegularExpressions.Regex.Replace(route.TrimEnd('/'), @"\{(\w+):[^}]+\}", "{$1}");

    [Test]
    public void ShouldListEveryApiEndpoint()
    {
        var documented = _document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(op => (op.Name, path.Name.TrimEnd('/'))))
            .ToHashSet();

        var endpoints = ApiEndpoints().ToList();

        endpoints.Count.ShouldBeGreaterThanOrEqualTo(12);
        endpoints.Where(e => !documented.Contains(e)).ShouldBeEmpty();
    }

    [Test]
    public void ShouldDeclareProblemResponsesAndTheSecuritySchemeOnAdminOperations()
    {
        var create = _document.GetProperty("paths").GetProperty("/api/procedures").GetProperty("post");

        create.GetProperty("responses").EnumerateObject().Select(r => r.Name).ShouldBe(["201", "400", "401", "403", "409"], ignoreOrder: true);
        create.GetProperty("security")[0].EnumerateObject().Single().Name.ShouldBe("Bearer");
    }

    [Test]
    public void ShouldDescribeEnumsAsStrings()
    {
        var level = _document.GetProperty("components").GetProperty("schemas").GetProperty("OnlineServiceLevel");

        level.GetProperty("type").GetString().ShouldBe("string");
        level.GetProperty("enum").EnumerateArray().Select(v => v.GetString()).ShouldBe(["None", "PartialOnline", "FullOnline"]);
    }
}
