using Mediator;
using Microsoft.Extensions.Logging;
using OneStop.Domain.Calendar.Events;

namespace OneStop.Application.Calendar.EventHandlers;

/// <summary>Leaves a trace in the structured log when an administrator changes a year of the working calendar.</summary>
public sealed class LogWorkingCalendarRevised(ILogger<LogWorkingCalendarRevised> logger) : INotificationHandler<WorkingCalendarRevisedEvent>
{
    public ValueTask Handle(WorkingCalendarRevisedEvent notification, CancellationToken cancellationToken)
    {
        logger.LogInformation("Working calendar {Year} revised", notification.Year);
        return ValueTask.CompletedTask;
    }
}
