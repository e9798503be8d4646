using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using OneStop.Testing;

namespace OneStop.Api.IntegrationTests.Identity;

/// <summary>
/// A stand-in for the national identity platform, over real HTTP on a random 127.0.0.1 port: discovery, a JWKS
/// with one RSA key, an authorize endpoint that consents at once for <see cref="Person"/>, and a token endpoint that
/// checks the client secret, the code (once) and the PKCE verifier before it returns a signed ID token.
/// </summary>
public sealed class FakeOidcProvider : IAsyncDisposable
{
    public const string ClientId = "onestop-khanh-hoa";
    public const string ClientSecret = "fake-provider-client-secret";
    private const string KeyId = "fake-key-1";

    private readonly WebApplication _host;
    private readonly RSA _rsa = RSA.Create(2048);
    private readonly ConcurrentDictionary<string, Grant> _codes = new();
    private readonly HttpClient _browser = new(new HttpClientHandler { AllowAutoRedirect = false });

    private FakeOidcProvider(WebApplication host) => _host = host;

    public string Authority { get; private set; } = "";

    /// <summary>Who signs in at the provider next.</summary>
    public Person Person { get; set; } = Person.Default;

    /// <summary>Changes to the next ID token, to play an attacker or a misconfigured provider.</summary>
    public IdTokenFault Fault { get; set; }

    /// <summary>How many codes the token endpoint refused (wrong secret, verifier, redirect URI, or reused).</summary>
    public int RefusedRedemptions;

    public void Reset()
    {
        Person = Person.Default;
        Fault = IdTokenFault.None;
        RefusedRedemptions = 0;
    }

    public static async Task<FakeOidcProvider> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var provider = new FakeOidcProvider(builder.Build());
        provider.MapEndpoints();
        await provider._host.StartAsync();
        provider.Authority = provider._host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return provider;
    }

    /// <summary>What the browser does at the provider: opens the authorization URL and is sent back with a code and the state.</summary>
    public async Task<(string Code, string State)> AuthorizeAsync(string authorizationUrl)
    {
        using var response = await _browser.GetAsync(authorizationUrl);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        var query = QueryHelpers.ParseQuery(response.Headers.Location!.Query);
        return (query["code"].ToString(), query["state"].ToString());
    }

    private void MapEndpoints()
    {
        _host.MapGet("/.well-known/openid-configuration", () => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = Authority,
            ["authorization_endpoint"] = $"{Authority}/authorize",
            ["token_endpoint"] = $"{Authority}/token",
            ["jwks_uri"] = $"{Authority}/jwks",
            ["response_types_supported"] = new[] { "code" },
            ["subject_types_supported"] = new[] { "public" },
            ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
            ["token_endpoint_auth_methods_supported"] = new[] { "client_secret_basic" },
            ["code_challenge_methods_supported"] = new[] { "S256" },
        }));
        _host.MapGet("/jwks", () =>
        {
            var key = _rsa.ExportParameters(includePrivateParameters: false);
            return Results.Json(new
            {
                keys = new[]
                {
                    new { kty = "RSA", use = "sig", alg = "RS256", kid = KeyId, n = Base64UrlEncoder.Encode(key.Modulus), e = Base64UrlEncoder.Encode(key.Exponent) },
                },
            });
        });
        _host.MapGet("/authorize", (HttpRequest request) =>
        {
            var query = request.Query;
            if (query["response_type"] != "code" || query["client_id"] != ClientId || query["code_challenge_method"] != "S256"
                || !query["scope"].ToString().Split(' ').Contains("openid"))
            {
                return Results.BadRequest();
            }
            var code = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(16));
            _codes[code] = new Grant(query["redirect_uri"]!, query["code_challenge"]!, query["nonce"]!, Person);
            return Results.Redirect(QueryHelpers.AddQueryString(query["redirect_uri"]!, new Dictionary<string, string?>
            {
                ["code"] = code,
                ["state"] = query["state"],
            }));
        });
        _host.MapPost("/token", async (HttpRequest request) =>
        {
            var form = await request.ReadFormAsync();
            var grant = form["grant_type"] == "authorization_code" && _codes.TryRemove(form["code"].ToString(), out var found) ? found : null;
            var verifierHash = Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(form["code_verifier"].ToString())));
            if (!HasClientSecret(request) || grant is null || grant.RedirectUri != form["redirect_uri"] || grant.CodeChallenge != verifierHash)
            {
                Interlocked.Increment(ref RefusedRedemptions);
                return Results.Json(new { error = "invalid_grant" }, statusCode: StatusCodes.Status400BadRequest);
            }
            return Results.Json(new { access_token = "fake-access-token", token_type = "Bearer", expires_in = 300, id_token = IdToken(grant) });
        });
    }

    private static bool HasClientSecret(HttpRequest request) =>
        AuthenticationHeaderValue.TryParse(request.Headers.Authorization, out var header) && header.Scheme == "Basic"
        && Encoding.UTF8.GetString(Convert.FromBase64String(header.Parameter ?? "")) == $"{ClientId}:{ClientSecret}";

    private string IdToken(Grant grant)
    {
        var now = TestApp.Factory.Clock.GetUtcNow().UtcDateTime;
        var lifetime = Fault == IdTokenFault.Expired ? TimeSpan.FromMinutes(-10) : TimeSpan.FromMinutes(5);
        var claims = new Dictionary<string, object>
        {
            ["sub"] = grant.Person.Subject,
            ["nonce"] = Fault == IdTokenFault.WrongNonce ? "a-nonce-from-another-sign-in" : grant.Nonce,
        };
        foreach (var (name, value) in new[] { ("citizen_id", grant.Person.CitizenId), ("name", grant.Person.Name), ("email", grant.Person.Email), ("phone_number", grant.Person.Phone) })
        {
            if (value is not null)
            {
                claims[name] = value;
            }
        }
        var token = new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Authority,
            Audience = Fault == IdTokenFault.WrongAudience ? "another-client" : ClientId,
            Claims = claims,
            IssuedAt = now + lifetime - TimeSpan.FromMinutes(5),
            NotBefore = now + lifetime - TimeSpan.FromMinutes(5),
            Expires = now + lifetime,
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(_rsa) { KeyId = KeyId }, SecurityAlgorithms.RsaSha256),
        });
        return Fault == IdTokenFault.Tampered ? Tamper(token) : token;
    }

    /// <summary>Another person's citizen ID written into the signed payload: the signature no longer matches.</summary>
    private static string Tamper(string token)
    {
        var parts = token.Split('.');
        var payload = Encoding.UTF8.GetString(Base64UrlEncoder.DecodeBytes(parts[1]));
        var forged = payload.Replace("\"citizen_id\":\"", "\"citizen_id\":\"9", StringComparison.Ordinal);
        return $"{parts[0]}.{Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(forged))}.{parts[2]}";
    }

    public async ValueTask DisposeAsync()
    {
        _browser.Dispose();
        await _host.DisposeAsync();
        _rsa.Dispose();
    }

    private sealed record Grant(string RedirectUri, string CodeChallenge, string Nonce, Person Person);
}

/// <summary>A person as the provider knows them; the claims a null leaves out of the ID token.</summary>
public sealed record Person(string Subject, string? CitizenId, string? Name, string? Email, string? Phone)
{
    public static readonly Person Default = new("vneid-0001", "056095001234", "Lê Thị Hoa", "hoa.le@example.vn", "0905123456");
}

public enum IdTokenFault
{
    None,
    Tampered,
    WrongNonce,
    WrongAudience,
    Expired,
}
