using Mediator;
using OneStop.Application.Common.Idempotency;
using OneStop.Application.Dossiers.Common;
using OneStop.Application.Dossiers.Queries.GetDossierById;

namespace OneStop.Application.Dossiers.Commands.ProvideSupplement;

/// <summary>Hands in the supplement uploaded since the request; a paused clock resumes.</summary>
public sealed record ProvideSupplementCommand(uint Version, string? Note) : RecordAction, IDossierTransitionCommand;

public sealed class ProvideSupplementCommandHandler(DossierCommandRunner runner) : ICommandHandler<ProvideSupplementCommand, DossierDetailDto>
{
    public async ValueTask<DossierDetailDto> Handle(ProvideSupplementCommand command, CancellationToken cancellationToken) =>
        await runner.RunAsync(command, (d, c) => d.ProvideSupplement(c.Actor, c.Now, c.Calendar, command.Note), cancellationToken);
}
