using Mediator;
using OneStop.Application.Common.Idempotency;
using OneStop.Application.Dossiers.Common;
using OneStop.Application.Dossiers.Queries.GetDossierById;
using OneStop.Domain.Dossiers;

namespace OneStop.Application.Dossiers.Commands.ApproveDossier;

/// <summary>The Leader signs the result: approval with the electronic result document, or refusal with reasons.</summary>
public sealed record ApproveDossierCommand(uint Version, ResultDecision Decision, string? Note, Guid? ResultDocumentId) : RecordAction, IDossierTransitionCommand;

public sealed class ApproveDossierCommandHandler(DossierCommandRunner runner) : ICommandHandler<ApproveDossierCommand, DossierDetailDto>
{
    public async ValueTask<DossierDetailDto> Handle(ApproveDossierCommand command, CancellationToken cancellationToken) =>
        await runner.RunAsync(command, (d, c) => d.Approve(c.Actor, c.Now, c.Calendar, command.Decision, command.Note, command.ResultDocumentId), cancellationToken);
}
