namespace OneStop.Application.Common.Interfaces;

/// <summary>
/// The OpenID Connect provider a province may plug in for sign-in (the national identity platform VNeID, the
/// national portal's single sign-on). Off unless configured.
/// </summary>
public interface IExternalIdentityProvider
{
    bool IsEnabled { get; }

    /// <summary>The provider's name as the sign-in button shows it, e.g. VNeID.</summary>
    string DisplayName { get; }

    /// <summary>A new authorization-code request with PKCE: where to send the browser and what the callback must match.</summary>
    Task<ExternalChallenge> ChallengeAsync(string redirectUri, CancellationToken cancellationToken);

    /// <summary>
    /// Redeems the code at the provider's token endpoint and checks the ID token (signature, issuer, audience, expiry,
    /// nonce); throws <see cref="Exceptions.ExternalSignInFailedException"/> when anything does not hold.
    /// </summary>
    Task<ExternalIdentity> RedeemAsync(string code, ExternalChallenge challenge, CancellationToken cancellationToken);
}

/// <summary>One sign-in attempt: the authorization URL, and the secrets the callback is checked against.</summary>
public sealed record ExternalChallenge(string AuthorizationUrl, string State, string Nonce, string CodeVerifier, string RedirectUri);

/// <summary>
/// Who the provider says signed in, with its claims mapped to our fields (any of them may be missing).
/// <see cref="Provider"/> is the provider's issuer: with <see cref="Subject"/>, the key of the link to an account.
/// </summary>
public sealed record ExternalIdentity(
    string Provider, string ProviderDisplayName, string Subject, string? CitizenId, string? FullName, string? Email, string? PhoneNumber);
