using Mediator;
using OneStop.Application.Common.Idempotency;
using OneStop.Application.Dossiers.Common;
using OneStop.Application.Dossiers.Queries.GetDossierById;

namespace OneStop.Application.Dossiers.Commands.WithdrawDossier;

/// <summary>The applicant withdraws the dossier before it is processed.</summary>
public sealed record WithdrawDossierCommand(uint Version, string? Reason) : RecordAction, IDossierTransitionCommand;

public sealed class WithdrawDossierCommandHandler(DossierCommandRunner runner) : ICommandHandler<WithdrawDossierCommand, DossierDetailDto>
{
    public async ValueTask<DossierDetailDto> Handle(WithdrawDossierCommand command, CancellationToken cancellationToken) =>
        await runner.RunAsync(command, (d, c) => d.Withdraw(c.Actor, c.Now, command.Reason), cancellationToken);
}
