using OneStop.Application.Common.Exceptions;
using OneStop.Application.Common.Interfaces;

namespace OneStop.Application.Identity.Common;

public static class ExternalSignInGuard
{
    /// <summary>Without a configured provider the external sign-in does not exist: 404.</summary>
    public static void EnsureEnabled(this IExternalIdentityProvider provider)
    {
        if (!provider.IsEnabled)
        {
            throw new NotFoundException("External sign-in provider", "ExternalSignIn");
        }
    }
}
