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

/// <summary>Each test starts from an empty, migrated database.</summary>
public abstract class TestBase
{
    [SetUp]
    public Task ResetStateAsync() => TestApp.ResetStateAsync();
}
