using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace OneStop.Api.Infrastructure;

public static class RateLimits
{
    /// <summary>Sign-in and registration attempts per client address and minute (<c>RateLimiting:SignInPerMinute</c>).</summary>
    public const string SignInPerAddress = nameof(SignInPerAddress);

    /// <summary>Public dossier look-ups per client address and minute (<c>RateLimiting:TrackingPerMinute</c>).</summary>
    public const string TrackingPerAddress = nameof(TrackingPerAddress);

    /// <summary>Writes open to guests (feedback, ratings by receipt token) per client address and minute (<c>RateLimiting:GuestWritesPerMinute</c>).</summary>
    public const string GuestWritesPerAddress = nameof(GuestWritesPerAddress);

    public static IServiceCollection AddOneStopRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            PerAddressPerMinute(options, SignInPerAddress, configuration.GetValue("RateLimiting:SignInPerMinute", 20));
            PerAddressPerMinute(options, TrackingPerAddress, configuration.GetValue("RateLimiting:TrackingPerMinute", 30));
            PerAddressPerMinute(options, GuestWritesPerAddress, configuration.GetValue("RateLimiting:GuestWritesPerMinute", 10));
        });
        return services;
    }

    private static void PerAddressPerMinute(RateLimiterOptions options, string policy, int permits) =>
        options.AddPolicy(policy, http => RateLimitPartition.GetFixedWindowLimiter(
            http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
}
