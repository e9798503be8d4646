using System.Net;
using OneStop.Testing;

namespace OneStop.Api.IntegrationTests.Health;

public sealed class HealthEndpointsTests
{
    [TestCase("/health/live")]
    [TestCase("/health/ready")]
    public async Task ShouldReportHealthy(string path)
    {
        var response = await TestApp.CreateClient().GetAsync(path);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldBe("Healthy");
    }
}
