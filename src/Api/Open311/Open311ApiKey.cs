using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace OneStop.Api.Open311;

/// <summary>
/// Open311's <c>api_key</c> is an integrator's OAuth 2 access token (from <c>POST /api/auth/token</c>). On the
/// <c>/open311/</c> routes the JWT bearer handler takes it from the <c>api_key</c> query or form parameter when no
/// <c>Authorization</c> header is sent, so it is validated exactly as a bearer token is (docs/decisions, ADR-012).
/// </summary>
public static class Open311ApiKey
{
    public const string Parameter = "api_key";

    public static readonly PathString RoutePrefix = "/open311";

    public static IServiceCollection AddOpen311ApiKey(this IServiceCollection services) =>
        services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, options =>
        {
            var messageReceived = options.Events.OnMessageReceived;
            options.Events.OnMessageReceived = async context =>
            {
                await messageReceived(context);
                if (context.Token is null && context.Request.Path.StartsWithSegments(RoutePrefix) &&
                    !context.Request.Headers.ContainsKey(HeaderNames.Authorization))
                {
                    context.Token = await ReadAsync(context.Request);
                }
            };
        });

    /// <summary>Whether the caller sent credentials at all: an <c>Authorization</c> header or an <c>api_key</c>.</summary>
    public static async Task<bool> PresentedAsync(HttpRequest request) =>
        request.Headers.ContainsKey(HeaderNames.Authorization) || await ReadAsync(request) is not null;

    /// <summary>The api_key of the query string, or of a form body (read once and kept by ASP.NET Core for the endpoint).</summary>
    private static async Task<string?> ReadAsync(HttpRequest request)
    {
        if (NonEmpty(request.Query[Parameter]) is { } fromQuery)
        {
            return fromQuery;
        }
        if (!request.HasFormContentType)
        {
            return null;
        }
        try
        {
            return NonEmpty((await request.ReadFormAsync(request.HttpContext.RequestAborted))[Parameter]);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or BadHttpRequestException)
        {
            // A malformed body: the endpoint reads it again and answers 400.
            return null;
        }
    }

    private static string? NonEmpty(StringValues values) => StringValues.IsNullOrEmpty(values) ? null : values.ToString();
}
