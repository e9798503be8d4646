using OneStop.Application.Common.Security;
using OneStop.Infrastructure.Identity;

namespace OneStop.Api.Infrastructure;

/// <summary>Named authorization policies; every endpoint that is not public names one.</summary>
public static class Policies
{
    /// <summary>Administrator work: the catalogue, agencies, officers and the audit log.</summary>
    public const string CatalogueAdministration = nameof(CatalogueAdministration);

    /// <summary>A person's account (citizen, organisation or officer); not an integrator client.</summary>
    public const string SignedIn = nameof(SignedIn);

    /// <summary>An officer who works dossiers in an agency.</summary>
    public const string Officer = nameof(Officer);

    /// <summary>A person's account, or an integrator client granted <c>dossiers.read</c> (for its agencies).</summary>
    public const string DossierReaders = nameof(DossierReaders);

    /// <summary>A person's account, or an integrator client granted <c>feedback.read</c>.</summary>
    public const string FeedbackReaders = nameof(FeedbackReaders);

    public static IServiceCollection AddOneStopPolicies(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder()
            .AddPolicy(CatalogueAdministration, policy => policy.RequireRole(Roles.Administrator))
            .AddPolicy(SignedIn, policy => policy.RequireAuthenticatedUser()
                .RequireAssertion(context => !context.User.IsInRole(TokenIssuer.IntegratorRole)))
            .AddPolicy(Officer, policy => policy.RequireRole(Roles.Receptionist, Roles.Processor, Roles.Leader, Roles.Supervisor)
                .RequireClaim("agency"))
            .AddPolicy(DossierReaders, policy => policy.RequireAuthenticatedUser()
                .RequireAssertion(context => !context.User.IsInRole(TokenIssuer.IntegratorRole) ||
                    HasScope(context.User, Scopes.DossiersRead)))
            .AddPolicy(FeedbackReaders, policy => policy.RequireAuthenticatedUser()
                .RequireAssertion(context => !context.User.IsInRole(TokenIssuer.IntegratorRole) || HasScope(context.User, Scopes.FeedbackRead)));
        return services;
    }

    private static bool HasScope(System.Security.Claims.ClaimsPrincipal user, string scope) =>
        user.FindFirst("scope")?.Value.Split(' ').Contains(scope) ?? false;
}
