using Mediator;
using Microsoft.Extensions.Logging;
using OneStop.Domain.Procedures.Events;

namespace OneStop.Application.Procedures.EventHandlers;

/// <summary>Leaves a trace of every catalogue publication change in the structured log.</summary>
public sealed class LogProcedurePublicationChanged(ILogger<LogProcedurePublicationChanged> logger)
    : INotificationHandler<ProcedurePublishedEvent>, INotificationHandler<ProcedureUnpublishedEvent>
{
    public ValueTask Handle(ProcedurePublishedEvent notification, CancellationToken cancellationToken)
    {
        logger.LogInformation("Procedure {Code} version {Version} published", notification.Code, notification.VersionNumber);
        return ValueTask.CompletedTask;
    }

    public ValueTask Handle(ProcedureUnpublishedEvent notification, CancellationToken cancellationToken)
    {
        logger.LogInformation("Procedure {Code} version {Version} unpublished", notification.Code, notification.VersionNumber);
        return ValueTask.CompletedTask;
    }
}
