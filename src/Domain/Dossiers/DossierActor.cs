namespace OneStop.Domain.Dossiers;

/// <summary>Who performs an action: the account, its display name, its agency (officers) and its capacities.</summary>
public sealed record DossierActor(Guid UserId, string Name, Guid? AgencyId, DossierRole Roles)
{
    public bool Holds(DossierRole role) => (Roles & role) != 0;

    public bool IsOfficerOf(Guid agencyId) => AgencyId == agencyId;
}
