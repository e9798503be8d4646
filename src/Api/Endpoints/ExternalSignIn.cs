using System.Security.Cryptography;
using System.Text.Json;
using Mediator;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http.HttpResults;
using OneStop.Api.Infrastructure;
using OneStop.Application.Common.Interfaces;
using OneStop.Application.Identity.Commands;
using OneStop.Application.Identity.Commands.CompleteExternalSignIn;
using OneStop.Application.Identity.Commands.StartExternalSignIn;
using OneStop.Application.Identity.Queries.GetExternalSignIn;

namespace OneStop.Api.Endpoints;

/// <summary>
/// Sign-in through the province's OpenID Connect provider (VNeID, say). The attempt's state, nonce and PKCE verifier
/// travel in an encrypted, time-limited, HttpOnly cookie of this browser, so any API instance sharing the
/// data-protection keys can finish it and nothing is stored for attempts that are never finished.
/// </summary>
public sealed class ExternalSignIn : IEndpointGroup
{
    /// <summary>The SPA route the provider sends the browser back to.</summary>
    public const string CallbackPath = "/auth/external/callback";

    private const string CookieName = "onestop.external-sign-in";
    private static readonly TimeSpan AttemptLifetime = TimeSpan.FromMinutes(10);

    public static void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/auth/external").WithTags("Auth").AllowAnonymous();
        group.MapGet("", Describe)
            .WithSummary("Whether sign-in through an external identity provider (e.g. VNeID) is offered, and its name");
        var limited = group.MapGroup("").RequireRateLimiting(RateLimits.SignInPerAddress)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        limited.MapPost("/start", Start)
            .WithSummary("Start an external sign-in: returns the provider's authorization URL to send the browser to (404 when not configured)");
        limited.MapPost("/callback", Callback)
            .WithSummary("Finish an external sign-in with the code and state the provider returned; returns an access token and a refresh token")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<Ok<ExternalSignInDto>> Describe(ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetExternalSignInQuery(), cancellationToken));

    private static async Task<Ok<ExternalAuthorizationDto>> Start(
        ISender sender, HttpContext http, IDataProtectionProvider protection, CancellationToken cancellationToken)
    {
        var request = http.Request;
        var challenge = await sender.Send(
            new StartExternalSignInCommand($"{request.Scheme}://{request.Host}{request.PathBase}{CallbackPath}"), cancellationToken);
        http.Response.Cookies.Append(CookieName, Protector(protection).Protect(JsonSerializer.Serialize(challenge), AttemptLifetime), CookieOptions(http));
        return TypedResults.Ok(new ExternalAuthorizationDto(challenge.AuthorizationUrl));
    }

    private static async Task<Ok<TokenPairDto>> Callback(
        ISender sender, HttpContext http, IDataProtectionProvider protection, CompleteExternalSignInCommand command, CancellationToken cancellationToken)
    {
        command.Challenge = ReadChallenge(http, protection);
        http.Response.Cookies.Delete(CookieName, CookieOptions(http));
        return TypedResults.Ok(await sender.Send(command, cancellationToken));
    }

    /// <summary>The attempt this browser started, or null when the cookie is missing, altered or older than its lifetime.</summary>
    private static ExternalChallenge? ReadChallenge(HttpContext http, IDataProtectionProvider protection)
    {
        if (!http.Request.Cookies.TryGetValue(CookieName, out var protectedValue))
        {
            return null;
        }
        try
        {
            return JsonSerializer.Deserialize<ExternalChallenge>(Protector(protection).Unprotect(protectedValue, out _));
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    private static ITimeLimitedDataProtector Protector(IDataProtectionProvider protection) =>
        protection.CreateProtector("OneStop.ExternalSignIn.Attempt").ToTimeLimitedDataProtector();

    // Lax: the cookie goes with our own SPA's call after the provider's redirect, never with another site's POST.
    private static CookieOptions CookieOptions(HttpContext http) => new()
    {
        HttpOnly = true,
        Secure = http.Request.IsHttps,
        SameSite = SameSiteMode.Lax,
        Path = "/api/auth/external",
        MaxAge = AttemptLifetime,
        IsEssential = true,
    };
}

/// <summary>Where to send the browser to sign in at the provider.</summary>
public sealed record ExternalAuthorizationDto(string AuthorizationUrl);
