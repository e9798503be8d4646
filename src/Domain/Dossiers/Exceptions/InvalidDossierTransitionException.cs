using OneStop.Domain.Common;

namespace OneStop.Domain.Dossiers.Exceptions;

/// <summary>The action is not allowed from the dossier's current status (the transition table has no such move).</summary>
public sealed class InvalidDossierTransitionException(DossierAction action, DossierStatus currentStatus, DossierStatus? attemptedStatus)
    : DomainException("invalid-dossier-transition", attemptedStatus is { } to
        ? $"'{action}' cannot move a dossier from {currentStatus} to {to}."
        : $"'{action}' is not allowed while the dossier is {currentStatus}.")
{
    public DossierAction Action { get; } = action;
    public DossierStatus CurrentStatus { get; } = currentStatus;
    public DossierStatus? AttemptedStatus { get; } = attemptedStatus;
}
