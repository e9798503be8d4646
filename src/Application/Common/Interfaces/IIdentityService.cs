namespace OneStop.Application.Common.Interfaces;

/// <summary>Accounts, passwords and tokens, implemented on ASP.NET Core Identity in the infrastructure.</summary>
public interface IIdentityService
{
    /// <summary>Creates a citizen account; throws <see cref="Exceptions.DuplicateAccountException"/> or a validation error for a weak password.</summary>
    Task<Guid> RegisterCitizenAsync(CitizenRegistration registration, CancellationToken cancellationToken);

    /// <summary>Creates an organisation account; throws <see cref="Exceptions.DuplicateAccountException"/> or a validation error for a weak password.</summary>
    Task<Guid> RegisterOrganisationAsync(OrganisationRegistration registration, CancellationToken cancellationToken);

    /// <summary>
    /// Checks the password (locking the account after repeated failures) and starts a new refresh-token family. The login
    /// is an e-mail address, a citizen ID or an organisation's tax code.
    /// </summary>
    Task<TokenPair> SignInAsync(string login, string password, CancellationToken cancellationToken);

    /// <summary>
    /// Signs in with an identity an external provider has vouched for: the account linked to it, else the citizen
    /// account with its citizen ID (linked now), else a new citizen account. Starts a new refresh-token family.
    /// </summary>
    Task<TokenPair> SignInExternallyAsync(ExternalIdentity identity, CancellationToken cancellationToken);

    /// <summary>Rotates a refresh token; presenting a rotated or revoked token revokes its whole family.</summary>
    Task<TokenPair> RefreshAsync(string refreshToken, CancellationToken cancellationToken);

    /// <summary>Revokes the family of the given refresh token; an unknown token changes nothing.</summary>
    Task SignOutAsync(string refreshToken, CancellationToken cancellationToken);

    Task<AccountDto?> FindAccountAsync(Guid userId, CancellationToken cancellationToken);

    /// <summary>Creates an officer of one agency with the given roles and a generated initial password, returned once.</summary>
    Task<CreatedOfficer> CreateOfficerAsync(OfficerRegistration registration, CancellationToken cancellationToken);

    /// <summary>Replaces an officer's roles; 404 when the account is not an officer.</summary>
    Task ChangeOfficerRolesAsync(Guid officerId, IReadOnlyList<string> roles, CancellationToken cancellationToken);

    /// <summary>
    /// Deactivates an officer (no sign-in, every refresh token revoked; an access token already issued lapses within
    /// its 15 minutes) or reactivates one.
    /// </summary>
    Task SetOfficerActiveAsync(Guid officerId, bool active, CancellationToken cancellationToken);

    /// <summary>Officers, optionally of one agency, by name.</summary>
    Task<IReadOnlyList<OfficerDto>> GetOfficersAsync(Guid? agencyId, CancellationToken cancellationToken);
}

public sealed record OfficerRegistration(string FullName, string Email, string PhoneNumber, Guid AgencyId, IReadOnlyList<string> Roles);

/// <summary>The new officer and the initial password to hand over; it is not stored in clear and not shown again.</summary>
public sealed record CreatedOfficer(Guid Id, string InitialPassword);

public sealed record OfficerDto(Guid Id, string FullName, string Email, string? PhoneNumber, Guid AgencyId, IReadOnlyList<string> Roles, bool Active);

public sealed record CitizenRegistration(string FullName, string CitizenId, string PhoneNumber, string Email, string Password);

/// <summary>An organisation account: <see cref="OrganisationName"/> is the account's name, the representative acts for it.</summary>
public sealed record OrganisationRegistration(
    string OrganisationName, string TaxCode, string RepresentativeName, string PhoneNumber, string Email, string Password);

/// <summary>A short-lived access token (JWT) and the refresh token that renews it.</summary>
public sealed record TokenPair(string AccessToken, DateTimeOffset AccessTokenExpiresAt, string RefreshToken, DateTimeOffset RefreshTokenExpiresAt);

/// <summary>
/// An account as its owner sees it. For an organisation, <see cref="FullName"/> is the organisation's name, with its
/// <see cref="TaxCode"/> and the <see cref="RepresentativeName"/> of who acts for it.
/// </summary>
public sealed record AccountDto(
    Guid Id, string FullName, string Email, string? PhoneNumber, string? CitizenId, IReadOnlyList<string> Roles,
    string? TaxCode, string? RepresentativeName);
