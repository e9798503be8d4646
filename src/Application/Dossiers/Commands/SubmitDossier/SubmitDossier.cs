using Mediator;
using OneStop.Application.Common.Idempotency;
using OneStop.Application.Dossiers.Common;
using OneStop.Application.Dossiers.Queries.GetDossierById;

namespace OneStop.Application.Dossiers.Commands.SubmitDossier;

/// <summary>Submits a draft whose required documents are all uploaded; it gets its code once submitted (ADR-008).</summary>
public sealed record SubmitDossierCommand(uint Version) : RecordAction, IDossierTransitionCommand, ISubmitsDossier;

public sealed class SubmitDossierCommandHandler(DossierCommandRunner runner) : ICommandHandler<SubmitDossierCommand, DossierDetailDto>
{
    public async ValueTask<DossierDetailDto> Handle(SubmitDossierCommand command, CancellationToken cancellationToken) =>
        await runner.RunAsync(command, (dossier, context) => dossier.Submit(context.Actor, context.Now), cancellationToken);
}
