using Mediator;
using OneStop.Application.Common.Idempotency;
using OneStop.Application.Dossiers.Common;
using OneStop.Application.Dossiers.Queries.GetDossierById;

namespace OneStop.Application.Dossiers.Commands.ReceiveDossier;

/// <summary>Receives a complete dossier at the counter (Form 01): the clock starts and the appointment is set.</summary>
public sealed record ReceiveDossierCommand(uint Version, string? Note) : RecordAction, IDossierTransitionCommand;

public sealed class ReceiveDossierCommandHandler(DossierCommandRunner runner) : ICommandHandler<ReceiveDossierCommand, DossierDetailDto>
{
    public async ValueTask<DossierDetailDto> Handle(ReceiveDossierCommand command, CancellationToken cancellationToken) =>
        await runner.RunAsync(command, (d, c) => d.Receive(c.Actor, c.Now, c.Calendar, command.Note), cancellationToken);
}
