namespace OneStop.Infrastructure.Identity.External;

/// <summary>
/// The province's OpenID Connect provider for sign-in (section <c>ExternalSignIn</c>), e.g. the national identity
/// platform VNeID. Off unless <see cref="Enabled"/>; the client is registered with the provider beforehand.
/// </summary>
public sealed class ExternalSignInOptions
{
    public const string Section = "ExternalSignIn";

    public bool Enabled { get; set; }

    /// <summary>The provider's name on the sign-in button.</summary>
    public string DisplayName { get; set; } = "VNeID";

    /// <summary>The issuer URL; its <c>/.well-known/openid-configuration</c> names the endpoints and keys. HTTPS except on loopback.</summary>
    public string Authority { get; set; } = "";

    public string ClientId { get; set; } = "";

    public string ClientSecret { get; set; } = "";

    /// <summary>Space-separated, as OAuth writes them; must include <c>openid</c>.</summary>
    public string Scopes { get; set; } = "openid profile email phone";

    /// <summary>The SPA's callback as registered with the provider; by default the requesting origin + <c>/auth/external/callback</c>.</summary>
    public string? RedirectUri { get; set; }

    /// <summary>Which ID-token claim carries each of our fields.</summary>
    public ExternalClaimMapping Claims { get; set; } = new();

    public bool IsComplete =>
        !Enabled || (Uri.TryCreate(Authority, UriKind.Absolute, out _) && ClientId.Length > 0 && ClientSecret.Length > 0
            && DisplayName.Length > 0 && Scopes.Split(' ').Contains("openid"));
}

/// <summary>Claim names in the provider's ID token; the subject is always <c>sub</c>.</summary>
public sealed class ExternalClaimMapping
{
    public string CitizenId { get; set; } = "citizen_id";
    public string FullName { get; set; } = "name";
    public string Email { get; set; } = "email";
    public string PhoneNumber { get; set; } = "phone_number";
}
