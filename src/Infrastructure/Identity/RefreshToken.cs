namespace OneStop.Infrastructure.Identity;

/// <summary>
/// One refresh token of a sign-in session. Each renewal revokes the token and issues its successor in
/// the same family; presenting a revoked token means it was stolen or replayed, and the family dies.
/// Only a hash of the token is stored.
/// </summary>
public sealed class RefreshToken
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid UserId { get; init; }
    public Guid FamilyId { get; init; }
    public string TokenHash { get; init; } = "";
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset ExpiresAt { get; init; }
    public DateTimeOffset? RevokedAt { get; set; }
    public Guid? ReplacedById { get; set; }
    /// <summary>PostgreSQL's xmin: two renewals of one token cannot both succeed.</summary>
    public uint Version { get; set; }
}
