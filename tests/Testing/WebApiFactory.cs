using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace OneStop.Testing;

/// <summary>The real API host on the test database, with a clock the tests control.</summary>
public sealed class WebApiFactory(string connectionString) : WebApplicationFactory<Program>
{
    public const string AdminKey = "test-development-admin-key";

    /// <summary>Monday 2 March 2026, 09:00 in Hà Nội.</summary>
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 2, 2, 0, 0, TimeSpan.Zero));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:OneStop", connectionString);
        builder.UseSetting("Database:MigrateOnStartup", "false");
        builder.UseSetting("Catalogue:DevelopmentAdminKey", AdminKey);
        builder.UseSetting("Spa:RootPath", "");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
        });
    }
}
