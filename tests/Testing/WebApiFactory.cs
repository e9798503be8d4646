using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using OneStop.Infrastructure.Data;

namespace OneStop.Testing;

/// <summary>The real API host on the test database, with a clock the tests control.</summary>
public sealed class WebApiFactory(string connectionString) : WebApplicationFactory<Program>
{
    /// <summary>Starts at the real time: access tokens are checked against the real clock.</summary>
    public FakeTimeProvider Clock { get; } = new(MicrosecondTimeProvider.Truncate(DateTimeOffset.UtcNow));

    /// <summary>Uploaded files of this test run, in a folder of their own.</summary>
    public string FileRoot { get; } = Path.Combine(Path.GetTempPath(), "onestop-test-files", Guid.NewGuid().ToString("N"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:OneStop", connectionString);
        builder.UseSetting("Database:MigrateOnStartup", "false");
        builder.UseSetting("Spa:RootPath", "");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Jwt:SigningKey", "test-signing-key-test-signing-key-0123456789");
        // Many tests sign in from the one test-server address; the limit itself has its own test.
        builder.UseSetting("RateLimiting:SignInPerMinute", "100000");
        builder.UseSetting("RateLimiting:TrackingPerMinute", "100000");
        builder.UseSetting("RateLimiting:GuestWritesPerMinute", "100000");
        builder.UseSetting("FileStorage:RootPath", FileRoot);
        builder.ConfigureLogging(logging => logging.AddProvider(new TestProgressLoggerProvider()));
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
        });
    }
}
