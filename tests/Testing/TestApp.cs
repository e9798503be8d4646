using System.Net.Http.Headers;
using Mediator;
using Microsoft.AspNetCore.Identity;
using OneStop.Application.Common.Interfaces;
using OneStop.Infrastructure.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using OneStop.Domain.Agencies;
using OneStop.Infrastructure.Data;
using Respawn;
using Respawn.Graph;

namespace OneStop.Testing;

/// <summary>
/// The application under test, shared by the tests of one project: started once on a fresh database
/// with the committed migrations applied, reset to empty before each test.
/// </summary>
public static class TestApp
{
    private static TestDatabase? _database;
    private static WebApiFactory? _factory;
    private static Respawner? _respawner;

    public static WebApiFactory Factory => _factory ?? throw new InvalidOperationException("TestApp.StartAsync has not run.");

    /// <summary>The test database, for a second API process on the same data.</summary>
    public static string ConnectionString => _database?.ConnectionString ?? throw new InvalidOperationException("TestApp.StartAsync has not run.");

    public static async Task StartAsync(string databaseName)
    {
        _database = await TestDatabase.CreateAsync(databaseName);
        _factory = new WebApiFactory(_database.ConnectionString);
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ApplicationDbContextInitialiser>().MigrateAsync();
        }
        await using var connection = new NpgsqlConnection(_database.ConnectionString);
        await connection.OpenAsync();
        _respawner = await Respawner.CreateAsync(connection, new RespawnerOptions
        {
            DbAdapter = DbAdapter.Postgres,
            SchemasToInclude = [ApplicationDbContext.Schema],
            // Rows the migrations write: the catalogue revision (deleting data changes it) and the roles.
            TablesToIgnore =
            [
                new Table(ApplicationDbContext.Schema, "__ef_migrations_history"),
                new Table(ApplicationDbContext.Schema, "catalogue_state"),
                new Table(ApplicationDbContext.Schema, "roles"),
            ],
        });
    }

    public static async Task ResetStateAsync()
    {
        await using var connection = new NpgsqlConnection(_database!.ConnectionString);
        await connection.OpenAsync();
        await _respawner!.ResetAsync(connection);
    }

    public static async Task StopAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    public static async Task<TResponse> SendAsync<TResponse>(ICommand<TResponse> command)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(command);
    }

    public static async Task<TResponse> SendAsync<TResponse>(IQuery<TResponse> query)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(query);
    }

    /// <summary>Runs <paramref name="action"/> on a fresh DbContext, as a separate request would.</summary>
    public static async Task<T> WithDbContextAsync<T>(Func<ApplicationDbContext, Task<T>> action)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<ApplicationDbContext>());
    }

    /// <summary>Seeds the demo province exactly as the run command does.</summary>
    public static async Task SeedDemoDataAsync()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ApplicationDbContextInitialiser>().SeedAsync();
    }

    /// <summary>An anonymous client.</summary>
    public static HttpClient CreateClient()
    {
        var client = Factory.CreateClient();
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return client;
    }

    /// <summary>A client signed in as an account that holds <paramref name="role"/>.</summary>
    public static async Task<HttpClient> CreateClientAsync(string role)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await SignInAsAsync(role));
        return client;
    }

    /// <summary>A client carrying the access token of an integrator client, by default holding every scope and no agency.</summary>
    public static async Task<HttpClient> CreateIntegratorClientAsync(IReadOnlyList<string>? scopes = null, IReadOnlyList<Guid>? agencyIds = null)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var clients = scope.ServiceProvider.GetRequiredService<IIntegratorClients>();
        var created = await clients.CreateAsync($"Test integrator {Guid.NewGuid():N}", scopes ?? Application.Common.Security.Scopes.All, agencyIds ?? [], CancellationToken.None);
        var token = await clients.IssueTokenAsync(created.ClientId, created.ClientSecret, null, CancellationToken.None);
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token!.AccessToken);
        return client;
    }

    /// <summary>
    /// Signs in as <c>{role}@test.onestop.vn</c>, creating that account on first use after a reset; officers
    /// belong to a test agency.
    /// </summary>
    public static async Task<string> SignInAsAsync(string role)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var email = $"{role.ToLowerInvariant()}@test.onestop.vn";
        if (await users.FindByEmailAsync(email) is null)
        {
            var user = ApplicationUser.New($"Test {role}", email, phoneNumber: null);
            if (role is Application.Common.Security.Roles.Receptionist or Application.Common.Security.Roles.Processor
                or Application.Common.Security.Roles.Leader or Application.Common.Security.Roles.Supervisor)
            {
                user.AgencyId = await TestAgencyIdAsync(scope.ServiceProvider.GetRequiredService<ApplicationDbContext>());
            }
            await users.CreateAsync(user, TestAccounts.Password);
            await users.AddToRoleAsync(user, role);
        }
        var tokens = await scope.ServiceProvider.GetRequiredService<IIdentityService>().SignInAsync(email, TestAccounts.Password, CancellationToken.None);
        return tokens.AccessToken;
    }

    /// <summary>A client signed in as one of the seeded demo accounts (run <see cref="SeedDemoDataAsync"/> first).</summary>
    public static async Task<HttpClient> CreateDemoClientAsync(string email)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var tokens = await scope.ServiceProvider.GetRequiredService<IIdentityService>().SignInAsync(email, DemoPassword, CancellationToken.None);
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens.AccessToken);
        return client;
    }

    public const string DemoPassword = "OneStop@2026";

    private static async Task<Guid> TestAgencyIdAsync(ApplicationDbContext db)
    {
        var code = AgencyCode.Parse("000.00.00.H99");
        var agency = await db.Agencies.SingleOrDefaultAsync(a => a.Code == code.Value);
        if (agency is null)
        {
            agency = Agency.CreateProvince(code, "Tỉnh thử nghiệm", new DateOnly(2025, 7, 1));
            db.Agencies.Add(agency);
            await db.SaveChangesAsync();
        }
        return agency.Id;
    }
}
