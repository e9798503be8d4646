using Mediator;
using OneStop.Application.Common.Idempotency;
using OneStop.Application.Dossiers.Common;
using OneStop.Application.Dossiers.Queries.GetDossierById;

namespace OneStop.Application.Dossiers.Commands.AssignDossier;

/// <summary>Hands the current step to another officer of the holding agency.</summary>
public sealed record AssignDossierCommand(uint Version, Guid AssigneeId, string? Note) : RecordAction, IDossierTransitionCommand;

public sealed class AssignDossierCommandHandler(DossierCommandRunner runner) : ICommandHandler<AssignDossierCommand, DossierDetailDto>
{
    public async ValueTask<DossierDetailDto> Handle(AssignDossierCommand command, CancellationToken cancellationToken) =>
        await runner.RunAsync(command, (d, c) => d.Assign(c.Actor, c.Now, command.AssigneeId, command.Note), cancellationToken);
}
