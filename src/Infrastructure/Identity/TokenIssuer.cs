using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace OneStop.Infrastructure.Identity;

/// <summary>Signs access tokens (HS256 JWT) and makes refresh tokens with the hashes that are stored.</summary>
public sealed class TokenIssuer(IOptions<JwtOptions> options, TimeProvider clock)
{
    private readonly JwtOptions _options = options.Value;

    public static SymmetricSecurityKey SigningKey(JwtOptions options) => new(Encoding.UTF8.GetBytes(options.SigningKey));

    public (string Token, DateTimeOffset ExpiresAt) AccessToken(ApplicationUser user, IEnumerable<string> roles)
    {
        var claims = new List<Claim>
        {
            new(JwtRegisteredClaimNames.Sub, user.Id.ToString()),
            new(JwtRegisteredClaimNames.Name, user.FullName),
        };
        claims.AddRange(roles.Select(role => new Claim("role", role)));
        if (user.AgencyId is { } agencyId)
        {
            claims.Add(new Claim("agency", agencyId.ToString()));
        }
        return Sign(claims);
    }

    private (string Token, DateTimeOffset ExpiresAt) Sign(IEnumerable<Claim> claims)
    {
        var now = clock.GetUtcNow();
        var expires = now.AddMinutes(_options.AccessTokenMinutes);
        var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = _options.Issuer,
            Audience = _options.Audience,
            Subject = new ClaimsIdentity(claims.Append(new Claim(JwtRegisteredClaimNames.Jti, Guid.NewGuid().ToString("N")))),
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = expires.UtcDateTime,
            SigningCredentials = new SigningCredentials(SigningKey(_options), SecurityAlgorithms.HmacSha256),
        });
        return (token, expires);
    }

    /// <summary>An access token for a machine client: its scopes and, for dossier scopes, its agencies.</summary>
    public (string Token, DateTimeOffset ExpiresAt) ClientAccessToken(IntegratorClient client, IReadOnlyList<string> scopes)
    {
        var claims = new List<Claim>
        {
            new(JwtRegisteredClaimNames.Sub, client.Id.ToString()),
            new("client_id", client.ClientId),
            new(JwtRegisteredClaimNames.Name, client.Name),
            new("scope", string.Join(' ', scopes)),
            new("role", IntegratorRole),
        };
        claims.AddRange(client.AgencyIds.Select(id => new Claim("agency", id.ToString())));
        return Sign(claims);
    }

    /// <summary>The role claim of machine clients; people never hold it.</summary>
    public const string IntegratorRole = "Integrator";

    public (string Token, string Hash, DateTimeOffset ExpiresAt) RefreshToken()
    {
        var token = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));
        return (token, Hash(token), clock.GetUtcNow().AddDays(_options.RefreshTokenDays));
    }

    public static string Hash(string refreshToken) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(refreshToken)));
}
