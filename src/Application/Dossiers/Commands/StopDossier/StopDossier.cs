using Mediator;
using OneStop.Application.Common.Idempotency;
using OneStop.Application.Dossiers.Common;
using OneStop.Application.Dossiers.Queries.GetDossierById;

namespace OneStop.Application.Dossiers.Commands.StopDossier;

/// <summary>Stops processing with the reasons (Form 05).</summary>
public sealed record StopDossierCommand(uint Version, string Reasons) : RecordAction, IDossierTransitionCommand;

public sealed class StopDossierCommandHandler(DossierCommandRunner runner) : ICommandHandler<StopDossierCommand, DossierDetailDto>
{
    public async ValueTask<DossierDetailDto> Handle(StopDossierCommand command, CancellationToken cancellationToken) =>
        await runner.RunAsync(command, (d, c) => d.Stop(c.Actor, c.Now, command.Reasons), cancellationToken);
}
