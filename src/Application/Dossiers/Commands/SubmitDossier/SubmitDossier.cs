using Mediator;
using OneStop.Application.Common.Idempotency;
using OneStop.Application.Common.Interfaces;
using OneStop.Application.Dossiers.Common;
using OneStop.Application.Dossiers.Queries.GetDossierById;

namespace OneStop.Application.Dossiers.Commands.SubmitDossier;

/// <summary>Submits a draft whose required documents are all uploaded; it gets its dossier code.</summary>
public sealed record SubmitDossierCommand(uint Version) : RecordAction, IDossierTransitionCommand;

public sealed class SubmitDossierCommandHandler(DossierCommandRunner runner, DossierSubmission submission, ITransactionRunner transactions)
    : ICommandHandler<SubmitDossierCommand, DossierDetailDto>
{
    // The code's sequence number and the submitted dossier commit together, so a failed submission gives its number back.
    public async ValueTask<DossierDetailDto> Handle(SubmitDossierCommand command, CancellationToken cancellationToken) =>
        await transactions.InTransactionAsync(token =>
            runner.RunAsync(command, (dossier, context, inner) => submission.SubmitAsync(dossier, context.Actor, context.Now, inner), token),
            cancellationToken);
}
