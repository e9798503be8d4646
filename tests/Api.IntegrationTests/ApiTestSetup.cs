using OneStop.Testing;

namespace OneStop.Api.IntegrationTests;

[SetUpFixture]
public sealed class ApiTestSetup
{
    [OneTimeSetUp]
    public Task StartAsync() => TestApp.StartAsync("api");

    [OneTimeTearDown]
    public Task StopAsync() => TestApp.StopAsync();
}
