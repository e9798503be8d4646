using Mediator;
using OneStop.Application.Common.Idempotency;
using OneStop.Application.Dossiers.Common;
using OneStop.Application.Dossiers.Queries.GetDossierById;
using OneStop.Domain.Dossiers;

namespace OneStop.Application.Dossiers.Commands.ReturnResult;

/// <summary>Hands the result over at the counter, by post or online.</summary>
public sealed record ReturnResultCommand(uint Version, DeliveryMethod DeliveryMethod, string? Note) : RecordAction, IDossierTransitionCommand;

public sealed class ReturnResultCommandHandler(DossierCommandRunner runner) : ICommandHandler<ReturnResultCommand, DossierDetailDto>
{
    public async ValueTask<DossierDetailDto> Handle(ReturnResultCommand command, CancellationToken cancellationToken) =>
        await runner.RunAsync(command, (d, c) => d.ReturnResult(c.Actor, c.Now, command.DeliveryMethod, command.Note), cancellationToken);
}
