using System.Security.Claims;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace OneStop.Api.Infrastructure;

/// <summary>
/// TEMPORARY, until the identity issue lands: catalogue writes are guarded by one development key
/// from configuration (<c>Catalogue:DevelopmentAdminKey</c>), sent in the <c>X-Admin-Key</c> header.
/// Without a configured key no request is an administrator.
/// </summary>
public sealed class DevelopmentKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, IConfiguration configuration)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "DevelopmentKey";
    public const string HeaderName = "X-Admin-Key";
    public const string AdministratorRole = "CatalogueAdministrator";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(HeaderName, out var presented))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }
        var expected = configuration["Catalogue:DevelopmentAdminKey"];
        if (string.IsNullOrEmpty(expected) || !FixedTimeEquals(presented.ToString(), expected))
        {
            return Task.FromResult(AuthenticateResult.Fail("The development admin key is not valid."));
        }
        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, "development-administrator"), new Claim(ClaimTypes.Role, AdministratorRole)], SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }

    private static bool FixedTimeEquals(string a, string b) =>
        System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(a), Encoding.UTF8.GetBytes(b));
}

/// <summary>
/// The default scheme: requests carrying the temporary development key go to that handler, all others
/// to the JWT bearer handler.
/// </summary>
public static class Schemes
{
    public const string Default = "BearerOrDevelopmentKey";
}

public static class Policies
{
    /// <summary>Creating, editing, publishing and unpublishing catalogue entries.</summary>
    public const string CatalogueAdministration = nameof(CatalogueAdministration);
}
