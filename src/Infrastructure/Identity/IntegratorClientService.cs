using OneStop.Application.Common.Exceptions;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using OneStop.Application.Common.Interfaces;
using OneStop.Infrastructure.Data;
using Base64UrlEncoder = Microsoft.IdentityModel.Tokens.Base64UrlEncoder;

namespace OneStop.Infrastructure.Identity;

/// <summary>
/// Client credentials for integrators. Secrets are 32 random bytes, so a SHA-256 hash is enough to
/// store them (a slow password hash guards low-entropy secrets, which these are not).
/// </summary>
public sealed class IntegratorClientService(ApplicationDbContext db, TokenIssuer tokens, TimeProvider clock) : IIntegratorClients
{
    public async Task<CreatedIntegratorClient> CreateAsync(string name, IReadOnlyList<string> scopes, IReadOnlyList<Guid> agencyIds, CancellationToken cancellationToken)
    {
        var secret = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));
        var client = new IntegratorClient
        {
            ClientId = $"onestop-{Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(9)).ToLowerInvariant()}",
            Name = name,
            SecretHash = TokenIssuer.Hash(secret),
            Scopes = [.. scopes],
            AgencyIds = [.. agencyIds],
            CreatedAt = clock.GetUtcNow(),
        };
        db.IntegratorClients.Add(client);
        await db.SaveChangesAsync(cancellationToken);
        return new CreatedIntegratorClient(client.Id, client.ClientId, secret);
    }

    public async Task<IReadOnlyList<IntegratorClientDto>> ListAsync(CancellationToken cancellationToken) =>
        await db.IntegratorClients.AsNoTracking()
            .OrderByDescending(c => c.CreatedAt)
            .Select(c => new IntegratorClientDto(c.Id, c.ClientId, c.Name, c.Scopes, c.AgencyIds, c.CreatedAt, c.RevokedAt))
            .ToListAsync(cancellationToken);

    public async Task<bool> RevokeAsync(Guid id, CancellationToken cancellationToken)
    {
        var client = await db.IntegratorClients.FindAsync([id], cancellationToken);
        if (client is null)
        {
            return false;
        }
        client.RevokedAt ??= clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public async Task<ClientToken?> IssueTokenAsync(string clientId, string clientSecret, IReadOnlyList<string>? requestedScopes, CancellationToken cancellationToken)
    {
        var client = await db.IntegratorClients.AsNoTracking().SingleOrDefaultAsync(c => c.ClientId == clientId, cancellationToken);
        if (client is null || client.RevokedAt is not null
            || !CryptographicOperations.FixedTimeEquals(Convert.FromHexString(client.SecretHash), Convert.FromHexString(TokenIssuer.Hash(clientSecret))))
        {
            return null;
        }
        // A client may ask for fewer scopes than it holds, never for more.
        var scopes = requestedScopes is { Count: > 0 } ? requestedScopes.Distinct().ToList() : client.Scopes;
        if (scopes.Except(client.Scopes).ToList() is { Count: > 0 } notGranted)
        {
            throw new InvalidScopeException(notGranted);
        }
        var (token, expiresAt) = tokens.ClientAccessToken(client, scopes);
        return new ClientToken(token, (int)(expiresAt - clock.GetUtcNow()).TotalSeconds, scopes);
    }
}
