using Mediator;
using OneStop.Application.Common.Idempotency;
using OneStop.Application.Dossiers.Common;
using OneStop.Application.Dossiers.Queries.GetDossierById;

namespace OneStop.Application.Dossiers.Commands.RequestSupplement;

/// <summary>Asks the applicant for missing or corrected documents (Form 02); during processing the clock pauses.</summary>
public sealed record RequestSupplementCommand(uint Version, string Request) : RecordAction, IDossierTransitionCommand;

public sealed class RequestSupplementCommandHandler(DossierCommandRunner runner) : ICommandHandler<RequestSupplementCommand, DossierDetailDto>
{
    public async ValueTask<DossierDetailDto> Handle(RequestSupplementCommand command, CancellationToken cancellationToken) =>
        await runner.RunAsync(command, (d, c) => d.RequestSupplement(c.Actor, c.Now, c.Calendar, command.Request), cancellationToken);
}
