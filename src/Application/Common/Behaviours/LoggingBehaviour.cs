using Mediator;
using Microsoft.Extensions.Logging;

namespace OneStop.Application.Common.Behaviours;

/// <summary>Logs every message by name before it runs; the correlation id comes from the logging scope.</summary>
public sealed class LoggingBehaviour<TMessage, TResponse>(ILogger<TMessage> logger) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        logger.LogInformation("Handling {MessageName}", typeof(TMessage).Name);
        return next(message, cancellationToken);
    }
}
