using Mediator;
using OneStop.Application.Common.Idempotency;
using OneStop.Application.Dossiers.Common;
using OneStop.Application.Dossiers.Queries.GetDossierById;

namespace OneStop.Application.Dossiers.Commands.ForwardDossier;

/// <summary>Completes the current step and hands the dossier to the next step of its process.</summary>
public sealed record ForwardDossierCommand(uint Version, Guid? AssigneeId, string? Note, IReadOnlyList<Guid>? DocumentIds) : RecordAction, IDossierTransitionCommand;

public sealed class ForwardDossierCommandHandler(DossierCommandRunner runner) : ICommandHandler<ForwardDossierCommand, DossierDetailDto>
{
    public async ValueTask<DossierDetailDto> Handle(ForwardDossierCommand command, CancellationToken cancellationToken) =>
        await runner.RunAsync(command, (d, c) => d.Forward(c.Actor, c.Now, c.Calendar, command.AssigneeId, command.Note, command.DocumentIds ?? []), cancellationToken);
}
