using Mediator;
using OneStop.Application.Common.Idempotency;
using OneStop.Application.Dossiers.Common;
using OneStop.Application.Dossiers.Queries.GetDossierById;

namespace OneStop.Application.Dossiers.Commands.StartProcessing;

/// <summary>Takes a received dossier into processing, assigned to an officer (default: the caller).</summary>
public sealed record StartProcessingCommand(uint Version, Guid? AssigneeId, string? Note) : RecordAction, IDossierTransitionCommand;

public sealed class StartProcessingCommandHandler(DossierCommandRunner runner) : ICommandHandler<StartProcessingCommand, DossierDetailDto>
{
    public async ValueTask<DossierDetailDto> Handle(StartProcessingCommand command, CancellationToken cancellationToken) =>
        await runner.RunAsync(command, (d, c) => d.StartProcessing(c.Actor, c.Now, command.AssigneeId, command.Note), cancellationToken);
}
