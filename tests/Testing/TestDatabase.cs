using Npgsql;
using Testcontainers.PostgreSql;

namespace OneStop.Testing;

/// <summary>
/// A real PostgreSQL database for one test project: on the server named by <c>ONESTOP_TEST_DB</c>
/// (test.sh starts one), or else in a Testcontainers container where a Docker engine answers.
/// The database is created anew for each run; there is no in-memory substitute.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string ServerVariable = "ONESTOP_TEST_DB";

    private readonly PostgreSqlContainer? _container;

    public string ConnectionString { get; }

    private TestDatabase(string connectionString, PostgreSqlContainer? container)
    {
        ConnectionString = connectionString;
        _container = container;
    }

    public static async Task<TestDatabase> CreateAsync(string name)
    {
        PostgreSqlContainer? container = null;
        var server = Environment.GetEnvironmentVariable(ServerVariable);
        if (string.IsNullOrEmpty(server))
        {
            if (!DockerAnswers())
            {
                throw new InvalidOperationException(
                    $"No PostgreSQL for the tests: run ./test.sh, which starts one, or set {ServerVariable} to a server's connection string, or start a Docker engine.");
            }
            container = new PostgreSqlBuilder("postgres:15-alpine").Build();
            await container.StartAsync();
            server = container.GetConnectionString();
        }
        var database = $"onestop_test_{name}";
        await using (var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = "postgres" }.ConnectionString))
        {
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", admin);
            await create.ExecuteNonQueryAsync();
        }
        return new TestDatabase(new NpgsqlConnectionStringBuilder(server) { Database = database, MaxPoolSize = 50 }.ConnectionString, container);
    }

    private static bool DockerAnswers() =>
        !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("DOCKER_HOST")) || File.Exists("/var/run/docker.sock");

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (_container is not null)
        {
            await _container.DisposeAsync();
        }
    }
}
