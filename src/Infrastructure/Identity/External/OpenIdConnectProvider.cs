using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using OneStop.Application.Common.Exceptions;
using OneStop.Application.Common.Interfaces;

namespace OneStop.Infrastructure.Identity.External;

/// <summary>
/// The authorization-code flow with PKCE against the configured provider: discovery and keys from its
/// <c>.well-known/openid-configuration</c> (cached, refreshed when an unknown key appears), the code redeemed with the
/// client secret, the ID token checked here. One instance per process, so the discovery cache is shared.
/// </summary>
public sealed class OpenIdConnectProvider : IExternalIdentityProvider, IDisposable
{
    private readonly ExternalSignInOptions _options;
    private readonly TimeProvider _clock;
    private readonly HttpClient _http;
    private readonly ConfigurationManager<OpenIdConnectConfiguration> _metadata;

    public OpenIdConnectProvider(IOptions<ExternalSignInOptions> options, TimeProvider clock)
    {
        _options = options.Value;
        _clock = clock;
        // A long-lived client whose connections are renewed, so DNS changes at the provider are picked up.
        _http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) }) { Timeout = TimeSpan.FromSeconds(15) };
        var authority = _options.Authority.TrimEnd('/');
        _metadata = new ConfigurationManager<OpenIdConnectConfiguration>(
            $"{authority}/.well-known/openid-configuration",
            new OpenIdConnectConfigurationRetriever(),
            new HttpDocumentRetriever(_http) { RequireHttps = !IsLoopback(authority) });
    }

    public bool IsEnabled => _options.Enabled;

    public string DisplayName => _options.DisplayName;

    public async Task<ExternalChallenge> ChallengeAsync(string redirectUri, CancellationToken cancellationToken)
    {
        var metadata = await MetadataAsync(cancellationToken);
        var callback = string.IsNullOrWhiteSpace(_options.RedirectUri) ? redirectUri : _options.RedirectUri;
        var (state, nonce, verifier) = (RandomValue(), RandomValue(), RandomValue());
        var query = new Dictionary<string, string>
        {
            ["response_type"] = "code",
            ["client_id"] = _options.ClientId,
            ["redirect_uri"] = callback,
            ["scope"] = _options.Scopes,
            ["state"] = state,
            ["nonce"] = nonce,
            ["code_challenge"] = Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))),
            ["code_challenge_method"] = "S256",
        };
        var endpoint = metadata.AuthorizationEndpoint;
        var url = $"{endpoint}{(endpoint.Contains('?') ? '&' : '?')}{string.Join('&', query.Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value)}"))}";
        return new ExternalChallenge(url, state, nonce, verifier, callback);
    }

    public async Task<ExternalIdentity> RedeemAsync(string code, ExternalChallenge challenge, CancellationToken cancellationToken)
    {
        var metadata = await MetadataAsync(cancellationToken);
        var idToken = await RedeemCodeAsync(metadata, code, challenge, cancellationToken);
        var result = await ValidateAsync(idToken, metadata);
        if (result.Exception is SecurityTokenSignatureKeyNotFoundException)
        {
            // The provider may have rotated its keys since we cached them.
            _metadata.RequestRefresh();
            result = await ValidateAsync(idToken, await MetadataAsync(cancellationToken));
        }
        if (!result.IsValid)
        {
            throw new ExternalSignInFailedException($"the ID token from {DisplayName} was refused: {Describe(result.Exception)}");
        }
        var claims = result.ClaimsIdentity;
        string? Claim(string type) => claims.FindFirst(type)?.Value is { Length: > 0 } value ? value : null;
        if (Claim("nonce") != challenge.Nonce)
        {
            throw new ExternalSignInFailedException($"the ID token from {DisplayName} was not issued for this sign-in (nonce).");
        }
        var subject = Claim("sub") ?? throw new ExternalSignInFailedException($"the ID token from {DisplayName} names no subject.");
        var mapping = _options.Claims;
        return new ExternalIdentity(metadata.Issuer, DisplayName, subject,
            Claim(mapping.CitizenId), Claim(mapping.FullName), Claim(mapping.Email), Claim(mapping.PhoneNumber));
    }

    private async Task<OpenIdConnectConfiguration> MetadataAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await _metadata.GetConfigurationAsync(cancellationToken);
        }
        catch (InvalidOperationException unreachable)
        {
            throw new ExternalProviderUnavailableException(DisplayName, unreachable);
        }
    }

    /// <summary>The token request of RFC 6749 §4.1.3 with the PKCE verifier (RFC 7636); the client authenticates as the provider prefers.</summary>
    private async Task<string> RedeemCodeAsync(OpenIdConnectConfiguration metadata, string code, ExternalChallenge challenge, CancellationToken cancellationToken)
    {
        var form = new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["code"] = code,
            ["redirect_uri"] = challenge.RedirectUri,
            ["code_verifier"] = challenge.CodeVerifier,
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, metadata.TokenEndpoint);
        // client_secret_basic is the default of OpenID Connect; client_secret_post only for a provider that lists it alone.
        var methods = metadata.TokenEndpointAuthMethodsSupported;
        if (methods.Count > 0 && !methods.Contains("client_secret_basic") && methods.Contains("client_secret_post"))
        {
            form["client_id"] = _options.ClientId;
            form["client_secret"] = _options.ClientSecret;
        }
        else
        {
            var credentials = $"{WebUtility.UrlEncode(_options.ClientId)}:{WebUtility.UrlEncode(_options.ClientSecret)}";
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(credentials)));
        }
        request.Content = new FormUrlEncodedContent(form);
        try
        {
            using var response = await _http.SendAsync(request, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                throw new ExternalSignInFailedException($"{DisplayName} did not accept the authorization code ({(int)response.StatusCode}).");
            }
            var tokens = await response.Content.ReadFromJsonAsync<TokenResponse>(cancellationToken);
            return tokens?.IdToken is { Length: > 0 } idToken
                ? idToken
                : throw new ExternalSignInFailedException($"{DisplayName} answered without an ID token.");
        }
        catch (HttpRequestException unreachable)
        {
            throw new ExternalProviderUnavailableException(DisplayName, unreachable);
        }
    }

    private Task<TokenValidationResult> ValidateAsync(string idToken, OpenIdConnectConfiguration metadata) =>
        new JsonWebTokenHandler().ValidateTokenAsync(idToken, new TokenValidationParameters
        {
            ValidIssuer = metadata.Issuer,
            ValidAudience = _options.ClientId,
            IssuerSigningKeys = metadata.SigningKeys,
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            LifetimeValidator = (notBefore, expires, _, _) => HoldsNow(notBefore, expires),
        });

    /// <summary>The token's lifetime against our clock (with a minute's skew), not the machine's.</summary>
    private bool HoldsNow(DateTime? notBefore, DateTime? expires)
    {
        var now = _clock.GetUtcNow().UtcDateTime;
        var skew = TimeSpan.FromMinutes(1);
        if (expires is null || expires.Value + skew < now)
        {
            throw new SecurityTokenExpiredException("The ID token has expired.");
        }
        if (notBefore > now + skew)
        {
            throw new SecurityTokenNotYetValidException("The ID token is not valid yet.");
        }
        return true;
    }

    private static string Describe(Exception? exception) => exception switch
    {
        SecurityTokenSignatureKeyNotFoundException or SecurityTokenInvalidSignatureException => "its signature is not valid",
        SecurityTokenInvalidAudienceException => "it was issued to another client (audience)",
        SecurityTokenInvalidIssuerException => "it was issued by another issuer",
        SecurityTokenExpiredException => "it has expired",
        SecurityTokenNotYetValidException => "it is not valid yet",
        _ => "it is not a valid ID token",
    };

    /// <summary>32 random bytes in base64url: a state, a nonce or a PKCE verifier (43 characters, as RFC 7636 asks).</summary>
    private static string RandomValue() => Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));

    private static bool IsLoopback(string authority) =>
        Uri.TryCreate(authority, UriKind.Absolute, out var uri) && uri.IsLoopback;

    public void Dispose() => _http.Dispose();

    private sealed record TokenResponse([property: JsonPropertyName("id_token")] string? IdToken);
}
