using Mediator;
using Microsoft.Extensions.Logging;
using OneStop.Domain.Dossiers.Events;

namespace OneStop.Application.Dossiers.EventHandlers;

/// <summary>
/// Leaves a trace of every dossier movement in the structured log. Notifications and the national-portal
/// sync will hang off the same events through the outbox.
/// </summary>
public sealed class LogDossierActivity(ILogger<LogDossierActivity> logger) :
    INotificationHandler<DossierSubmittedEvent>,
    INotificationHandler<DossierStatusChangedEvent>,
    INotificationHandler<DossierHandedOffEvent>,
    INotificationHandler<DossierDeadlineExtendedEvent>
{
    public ValueTask Handle(DossierSubmittedEvent notification, CancellationToken cancellationToken)
    {
        logger.LogInformation("Dossier {DossierId} submitted through {Channel}", notification.DossierId, notification.Channel);
        return ValueTask.CompletedTask;
    }

    public ValueTask Handle(DossierStatusChangedEvent notification, CancellationToken cancellationToken)
    {
        logger.LogInformation("Dossier {Code} {Action}: {From} → {To}", notification.Code, notification.Action, notification.From, notification.To);
        return ValueTask.CompletedTask;
    }

    public ValueTask Handle(DossierHandedOffEvent notification, CancellationToken cancellationToken)
    {
        logger.LogInformation("Dossier {DossierId} handed from agency {From} to agency {To}", notification.DossierId, notification.FromAgencyId, notification.ToAgencyId);
        return ValueTask.CompletedTask;
    }

    public ValueTask Handle(DossierDeadlineExtendedEvent notification, CancellationToken cancellationToken)
    {
        logger.LogInformation("Dossier {DossierId} apologised: due {Due}, new appointment {Appointment}",
            notification.DossierId, notification.OriginalDueAt, notification.NewAppointmentAt);
        return ValueTask.CompletedTask;
    }
}
