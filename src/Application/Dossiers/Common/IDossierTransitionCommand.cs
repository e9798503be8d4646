using Mediator;
using OneStop.Application.Common.Idempotency;
using OneStop.Application.Dossiers.Queries.GetDossierById;

namespace OneStop.Application.Dossiers.Common;

/// <summary>An action on one dossier. The body carries the <see cref="Version"/> the officer saw; a stale one is refused with the current state.</summary>
public interface IDossierTransitionCommand : ICommand<DossierDetailDto>, IRecordActionCommand
{
    /// <summary>The dossier's version as last read (<c>version</c> of the dossier).</summary>
    uint Version { get; }
}
