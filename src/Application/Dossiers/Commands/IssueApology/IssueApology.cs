using Mediator;
using OneStop.Application.Common.Idempotency;
using OneStop.Application.Dossiers.Common;
using OneStop.Application.Dossiers.Queries.GetDossierById;

namespace OneStop.Application.Dossiers.Commands.IssueApology;

/// <summary>Apologises before the dossier is late and promises a new appointment (Form 04).</summary>
public sealed record IssueApologyCommand(uint Version, DateTimeOffset NewAppointment, string Reason) : RecordAction, IDossierTransitionCommand;

public sealed class IssueApologyCommandHandler(DossierCommandRunner runner) : ICommandHandler<IssueApologyCommand, DossierDetailDto>
{
    public async ValueTask<DossierDetailDto> Handle(IssueApologyCommand command, CancellationToken cancellationToken) =>
        await runner.RunAsync(command, (d, c) => d.IssueApology(c.Actor, c.Now, command.NewAppointment, command.Reason), cancellationToken);
}
