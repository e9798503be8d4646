using Mediator;
using OneStop.Application.Common.Idempotency;
using OneStop.Application.Dossiers.Common;
using OneStop.Application.Dossiers.Queries.GetDossierById;

namespace OneStop.Application.Dossiers.Commands.SendBackDossier;

/// <summary>Returns the dossier to the previous step of its process, with the reason.</summary>
public sealed record SendBackDossierCommand(uint Version, Guid? AssigneeId, string Note) : RecordAction, IDossierTransitionCommand;

public sealed class SendBackDossierCommandHandler(DossierCommandRunner runner) : ICommandHandler<SendBackDossierCommand, DossierDetailDto>
{
    public async ValueTask<DossierDetailDto> Handle(SendBackDossierCommand command, CancellationToken cancellationToken) =>
        await runner.RunAsync(command, (d, c) => d.SendBack(c.Actor, c.Now, c.Calendar, command.AssigneeId, command.Note), cancellationToken);
}
