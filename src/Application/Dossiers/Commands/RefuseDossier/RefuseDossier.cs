using Mediator;
using OneStop.Application.Common.Idempotency;
using OneStop.Application.Dossiers.Common;
using OneStop.Application.Dossiers.Queries.GetDossierById;

namespace OneStop.Application.Dossiers.Commands.RefuseDossier;

/// <summary>Refuses to receive an ineligible dossier, with the reasons and legal basis (Form 03).</summary>
public sealed record RefuseDossierCommand(uint Version, string Reasons) : RecordAction, IDossierTransitionCommand;

public sealed class RefuseDossierCommandHandler(DossierCommandRunner runner) : ICommandHandler<RefuseDossierCommand, DossierDetailDto>
{
    public async ValueTask<DossierDetailDto> Handle(RefuseDossierCommand command, CancellationToken cancellationToken) =>
        await runner.RunAsync(command, (d, c) => d.Refuse(c.Actor, c.Now, command.Reasons), cancellationToken);
}
