using Mediator;
using OneStop.Application.Common.Interfaces;
using OneStop.Domain.Identity;

namespace OneStop.Application.Identity.Commands.CreateOfficer;

/// <summary>An administrator creates an officer account bound to one agency, with one or more officer roles.</summary>
/// <param name="FullName">The officer's name.</param>
/// <param name="Email">Sign-in name and contact.</param>
/// <param name="PhoneNumber">A Vietnamese mobile number.</param>
/// <param name="AgencyId">The agency the officer works for.</param>
/// <param name="Roles">Among Receptionist, Processor, Leader, Supervisor, Administrator.</param>
public sealed record CreateOfficerCommand(string FullName, string Email, string PhoneNumber, Guid AgencyId, IReadOnlyList<string> Roles)
    : ICommand<CreatedOfficer>, IAuditedCommand
{
    string IAuditedCommand.AuditAction => "officer.create";
}

public sealed class CreateOfficerCommandHandler(IIdentityService identity) : ICommandHandler<CreateOfficerCommand, CreatedOfficer>
{
    public async ValueTask<CreatedOfficer> Handle(CreateOfficerCommand command, CancellationToken cancellationToken) =>
        await identity.CreateOfficerAsync(new OfficerRegistration(
            command.FullName.Trim(),
            command.Email.Trim().ToLowerInvariant(),
            PhoneNumber.Parse(command.PhoneNumber).Value,
            command.AgencyId,
            command.Roles.Distinct().ToList()), cancellationToken);
}
