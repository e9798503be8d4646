namespace OneStop.Application.Common.Interfaces;

/// <summary>Machine clients of the API (the national portal, other agencies) with OAuth 2 client credentials.</summary>
public interface IIntegratorClients
{
    /// <summary>Creates a client; the secret is returned once and stored only as a hash.</summary>
    Task<CreatedIntegratorClient> CreateAsync(string name, IReadOnlyList<string> scopes, IReadOnlyList<Guid> agencyIds, CancellationToken cancellationToken);

    Task<IReadOnlyList<IntegratorClientDto>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Revokes a client: it gets no new tokens. False when there is no such client.</summary>
    Task<bool> RevokeAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>An access token for valid, unrevoked credentials, limited to <paramref name="requestedScopes"/> when given; null otherwise.</summary>
    Task<ClientToken?> IssueTokenAsync(string clientId, string clientSecret, IReadOnlyList<string>? requestedScopes, CancellationToken cancellationToken);
}

public sealed record CreatedIntegratorClient(Guid Id, string ClientId, string ClientSecret);

public sealed record IntegratorClientDto(
    Guid Id, string ClientId, string Name, IReadOnlyList<string> Scopes, IReadOnlyList<Guid> AgencyIds, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt);

public sealed record ClientToken(string AccessToken, int ExpiresInSeconds, IReadOnlyList<string> Scopes);
