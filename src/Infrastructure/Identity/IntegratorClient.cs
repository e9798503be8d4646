namespace OneStop.Infrastructure.Identity;

/// <summary>A machine client: its public client id, the hash of its secret, and what it was granted.</summary>
public sealed class IntegratorClient
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public string ClientId { get; init; } = "";
    public string Name { get; init; } = "";
    public string SecretHash { get; init; } = "";
    public List<string> Scopes { get; init; } = [];
    public List<Guid> AgencyIds { get; init; } = [];
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? RevokedAt { get; set; }
}
