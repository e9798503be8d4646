using OneStop.Application.Common.Interfaces;

namespace OneStop.Application.Identity.Commands;

/// <summary>What a client keeps after signing in: send <see cref="AccessToken"/> as a Bearer token; renew with <see cref="RefreshToken"/>.</summary>
public sealed record TokenPairDto(string AccessToken, DateTimeOffset AccessTokenExpiresAt, string RefreshToken, DateTimeOffset RefreshTokenExpiresAt)
{
    public static TokenPairDto Of(TokenPair tokens) =>
        new(tokens.AccessToken, tokens.AccessTokenExpiresAt, tokens.RefreshToken, tokens.RefreshTokenExpiresAt);
}
