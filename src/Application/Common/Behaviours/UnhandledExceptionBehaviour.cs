using Mediator;
using Microsoft.Extensions.Logging;

namespace OneStop.Application.Common.Behaviours;

/// <summary>Logs a failing message with its content, then lets the exception reach the problem-details handler.</summary>
public sealed class UnhandledExceptionBehaviour<TMessage, TResponse>(ILogger<TMessage> logger) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        try
        {
            return await next(message, cancellationToken);
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "{MessageName} failed: {ExceptionType}", typeof(TMessage).Name, ex.GetType().Name);
            throw;
        }
    }
}
