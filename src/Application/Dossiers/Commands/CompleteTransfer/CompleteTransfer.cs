using Mediator;
using OneStop.Application.Common.Idempotency;
using OneStop.Application.Dossiers.Common;
using OneStop.Application.Dossiers.Queries.GetDossierById;

namespace OneStop.Application.Dossiers.Commands.CompleteTransfer;

/// <summary>The agency a sub-dossier was sent to answers it; the dossier goes on where it was.</summary>
public sealed record CompleteTransferCommand(uint Version, Guid SubDossierId, string Answer, IReadOnlyList<Guid>? DocumentIds) : RecordAction, IDossierTransitionCommand;

public sealed class CompleteTransferCommandHandler(DossierCommandRunner runner) : ICommandHandler<CompleteTransferCommand, DossierDetailDto>
{
    public async ValueTask<DossierDetailDto> Handle(CompleteTransferCommand command, CancellationToken cancellationToken) =>
        await runner.RunAsync(command, (d, c) => d.CompleteTransfer(command.SubDossierId, c.Actor, c.Now, command.Answer, command.DocumentIds ?? []), cancellationToken);
}
