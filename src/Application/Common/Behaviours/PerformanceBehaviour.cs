using System.Diagnostics;
using Mediator;
using Microsoft.Extensions.Logging;

namespace OneStop.Application.Common.Behaviours;

/// <summary>Warns about messages slower than 500 ms, the budget a person at a counter notices.</summary>
public sealed class PerformanceBehaviour<TMessage, TResponse>(ILogger<TMessage> logger) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    private const int SlowMilliseconds = 500;

    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var response = await next(message, cancellationToken);
        var elapsed = Stopwatch.GetElapsedTime(started);
        if (elapsed.TotalMilliseconds > SlowMilliseconds)
        {
            logger.LogWarning("Slow message {MessageName}: {ElapsedMilliseconds} ms", typeof(TMessage).Name, (long)elapsed.TotalMilliseconds);
        }
        return response;
    }
}
