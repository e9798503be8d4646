using Mediator;
using OneStop.Application.Common.Idempotency;
using OneStop.Application.Dossiers.Common;
using OneStop.Application.Dossiers.Queries.GetDossierById;
using OneStop.Domain.Procedures;

namespace OneStop.Application.Dossiers.Commands.TransferDossier;

/// <summary>Sends part of the work to another agency as a sub-dossier with its own deadline (liên thông).</summary>
public sealed record TransferDossierCommand(uint Version, Guid AgencyId, int WorkingDays, string Request) : RecordAction, IDossierTransitionCommand;

public sealed class TransferDossierCommandHandler(DossierCommandRunner runner) : ICommandHandler<TransferDossierCommand, DossierDetailDto>
{
    public async ValueTask<DossierDetailDto> Handle(TransferDossierCommand command, CancellationToken cancellationToken) =>
        await runner.RunAsync(command, (d, c) => d.Transfer(c.Actor, c.Now, c.Calendar, command.AgencyId, command.WorkingDays * ProcessingTime.HoursPerWorkingDay, command.Request), cancellationToken);
}
