using OneStop.Testing;

namespace OneStop.Application.FunctionalTests;

[SetUpFixture]
public sealed class FunctionalTestSetup
{
    [OneTimeSetUp]
    public Task StartAsync() => TestApp.StartAsync("functional");

    [OneTimeTearDown]
    public Task StopAsync() => TestApp.StopAsync();
}
