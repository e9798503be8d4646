using Mediator;
using OneStop.Application.Common.Interfaces;

namespace OneStop.Application.Integrators.Commands.IssueClientToken;

/// <summary>The client-credentials grant: valid credentials give a short-lived access token; anything else gives null.</summary>
public sealed record IssueClientTokenCommand(string ClientId, string ClientSecret, IReadOnlyList<string>? Scopes) : ICommand<ClientToken?>;

public sealed class IssueClientTokenCommandHandler(IIntegratorClients clients) : ICommandHandler<IssueClientTokenCommand, ClientToken?>
{
    public async ValueTask<ClientToken?> Handle(IssueClientTokenCommand command, CancellationToken cancellationToken) =>
        await clients.IssueTokenAsync(command.ClientId, command.ClientSecret, command.Scopes, cancellationToken);
}
