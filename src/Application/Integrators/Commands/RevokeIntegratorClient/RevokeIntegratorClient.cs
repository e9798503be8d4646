using Mediator;
using OneStop.Application.Common.Exceptions;
using OneStop.Application.Common.Interfaces;

namespace OneStop.Application.Integrators.Commands.RevokeIntegratorClient;

/// <summary>Stops a client from getting new tokens.</summary>
public sealed record RevokeIntegratorClientCommand(Guid Id) : ICommand<Unit>, IAuditedCommand
{
    string IAuditedCommand.AuditAction => "integrator-client.revoke";
}

public sealed class RevokeIntegratorClientCommandHandler(IIntegratorClients clients) : ICommandHandler<RevokeIntegratorClientCommand, Unit>
{
    public async ValueTask<Unit> Handle(RevokeIntegratorClientCommand command, CancellationToken cancellationToken) =>
        await clients.RevokeAsync(command.Id, cancellationToken) ? Unit.Value : throw new NotFoundException("Integrator client", command.Id);
}
