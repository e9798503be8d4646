using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace OneStop.Api.Infrastructure;

public static class RateLimits
{
    /// <summary>Sign-in and registration attempts per client address and minute (<c>RateLimiting:SignInPerMinute</c>).</summary>
    public const string SignInPerAddress = nameof(SignInPerAddress);

    /// <summary>Public dossier look-ups per client address and minute (<c>RateLimiting:TrackingPerMinute</c>).</summary>
    public const string TrackingPerAddress = nameof(TrackingPerAddress);

    public static IServiceCollection AddOneStopRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var permits = configuration.GetValue("RateLimiting:SignInPerMinute", 20);
        var lookUps = configuration.GetValue("RateLimiting:TrackingPerMinute", 30);
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(SignInPerAddress, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            options.AddPolicy(TrackingPerAddress, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = lookUps, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
        return services;
    }
}
