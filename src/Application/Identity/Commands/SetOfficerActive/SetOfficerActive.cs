using Mediator;
using OneStop.Application.Common.Interfaces;

namespace OneStop.Application.Identity.Commands.SetOfficerActive;

/// <summary>An administrator deactivates an officer (sign-in refused, sessions revoked) or reactivates one.</summary>
public sealed record SetOfficerActiveCommand(Guid OfficerId, bool Active) : ICommand, IAuditedCommand
{
    string IAuditedCommand.AuditAction => Active ? "officer.reactivate" : "officer.deactivate";
}

public sealed class SetOfficerActiveCommandHandler(IIdentityService identity) : ICommandHandler<SetOfficerActiveCommand>
{
    public async ValueTask<Unit> Handle(SetOfficerActiveCommand command, CancellationToken cancellationToken)
    {
        await identity.SetOfficerActiveAsync(command.OfficerId, command.Active, cancellationToken);
        return Unit.Value;
    }
}
