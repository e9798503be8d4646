using NUnit.Framework;

namespace OneStop.Testing;

/// <summary>Each test starts from an empty, migrated database.</summary>
public abstract class DatabaseTestBase
{
    [SetUp]
    public Task ResetStateAsync() => TestApp.ResetStateAsync();
}
