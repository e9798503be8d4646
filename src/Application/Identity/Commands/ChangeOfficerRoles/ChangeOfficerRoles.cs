using Mediator;
using OneStop.Application.Common.Interfaces;

namespace OneStop.Application.Identity.Commands.ChangeOfficerRoles;

/// <summary>An administrator replaces an officer's roles; they take effect at the officer's next token (within 15 minutes).</summary>
/// <param name="Roles">Among Receptionist, Processor, Leader, Supervisor, Administrator.</param>
public sealed record ChangeOfficerRolesCommand(IReadOnlyList<string> Roles) : ICommand, IAuditedCommand
{
    /// <summary>Set from the route (any value in the body is replaced); kept in the JSON so the audit log names the officer.</summary>
    public Guid OfficerId { get; set; }

    string IAuditedCommand.AuditAction => "officer.roles";
}

public sealed class ChangeOfficerRolesCommandHandler(IIdentityService identity) : ICommandHandler<ChangeOfficerRolesCommand>
{
    public async ValueTask<Unit> Handle(ChangeOfficerRolesCommand command, CancellationToken cancellationToken)
    {
        await identity.ChangeOfficerRolesAsync(command.OfficerId, command.Roles.Distinct().ToList(), cancellationToken);
        return Unit.Value;
    }
}
