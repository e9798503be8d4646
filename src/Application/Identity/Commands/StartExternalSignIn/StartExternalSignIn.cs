using Mediator;
using OneStop.Application.Common.Interfaces;
using OneStop.Application.Identity.Common;

namespace OneStop.Application.Identity.Commands.StartExternalSignIn;

/// <summary>Begins a sign-in through the external provider; 404 when none is configured.</summary>
/// <param name="RedirectUri">Where the provider sends the browser back to (registered with the provider).</param>
public sealed record StartExternalSignInCommand(string RedirectUri) : ICommand<ExternalChallenge>;

public sealed class StartExternalSignInCommandHandler(IExternalIdentityProvider provider) : ICommandHandler<StartExternalSignInCommand, ExternalChallenge>
{
    public async ValueTask<ExternalChallenge> Handle(StartExternalSignInCommand command, CancellationToken cancellationToken)
    {
        provider.EnsureEnabled();
        return await provider.ChallengeAsync(command.RedirectUri, cancellationToken);
    }
}
