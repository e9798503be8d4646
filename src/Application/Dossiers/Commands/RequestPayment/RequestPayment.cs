using Mediator;
using OneStop.Application.Common.Idempotency;
using OneStop.Application.Dossiers.Common;
using OneStop.Application.Dossiers.Queries.GetDossierById;

namespace OneStop.Application.Dossiers.Commands.RequestPayment;

/// <summary>Asks the applicant to pay the fee (the case's fee unless another amount is given); the clock pauses.</summary>
public sealed record RequestPaymentCommand(uint Version, decimal? Amount, string? Note) : RecordAction, IDossierTransitionCommand;

public sealed class RequestPaymentCommandHandler(DossierCommandRunner runner) : ICommandHandler<RequestPaymentCommand, DossierDetailDto>
{
    public async ValueTask<DossierDetailDto> Handle(RequestPaymentCommand command, CancellationToken cancellationToken) =>
        await runner.RunAsync(command, (d, c) => d.RequestPayment(c.Actor, c.Now, c.Calendar, command.Amount ?? d.Fee, command.Note), cancellationToken);
}
