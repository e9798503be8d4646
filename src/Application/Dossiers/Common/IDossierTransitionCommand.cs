using System.Text.Json.Serialization;
using Mediator;
using OneStop.Application.Common.Idempotency;
using OneStop.Application.Dossiers.Queries.GetDossierById;

namespace OneStop.Application.Dossiers.Common;

/// <summary>
/// An action on one dossier. The body carries the <see cref="Version"/> the officer saw (a stale one is refused
/// with the current state); the route fills <see cref="Id"/> and the header <see cref="IdempotencyKey"/> after the
/// body is bound, which is why those two are settable and kept out of the JSON.
/// </summary>
public interface IDossierTransitionCommand : ICommand<DossierDetailDto>, IIdempotentCommand
{
    [JsonIgnore]
    Guid Id { get; set; }

    /// <summary>The dossier's version as last read (<c>version</c> of the dossier).</summary>
    uint Version { get; }

    [JsonIgnore]
    new string? IdempotencyKey { get; set; }

    string? IIdempotentCommand.IdempotencyKey => IdempotencyKey;

    Guid? IIdempotentCommand.IdempotencyTarget => Id;
}
