using Mediator;
using OneStop.Application.Common.Idempotency;
using OneStop.Application.Dossiers.Common;
using OneStop.Application.Dossiers.Queries.GetDossierById;
using OneStop.Domain.Dossiers;

namespace OneStop.Application.Dossiers.Commands.ConfirmPayment;

/// <summary>Records a fee paid in cash at the counter; the dossier resumes where it was.</summary>
public sealed record ConfirmPaymentCommand(uint Version, string? Note) : RecordAction, IDossierTransitionCommand;

public sealed class ConfirmPaymentCommandHandler(DossierCommandRunner runner) : ICommandHandler<ConfirmPaymentCommand, DossierDetailDto>
{
    public async ValueTask<DossierDetailDto> Handle(ConfirmPaymentCommand command, CancellationToken cancellationToken) =>
        await runner.RunAsync(command, (d, c) => d.ConfirmPayment(c.Actor, c.Now, c.Calendar, PaymentMethod.Cash, command.Note), cancellationToken);
}
