namespace OneStop.Application.Identity.Queries.GetExternalSignIn;

/// <summary>What the sign-in page needs to offer the external provider.</summary>
/// <param name="Enabled">False unless the province configured a provider.</param>
/// <param name="DisplayName">The provider's name for the button, e.g. VNeID; null when not enabled.</param>
public sealed record ExternalSignInDto(bool Enabled, string? DisplayName);
