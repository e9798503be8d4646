using System.Text.Json;
using Mediator;
using OneStop.Application.Common.Interfaces;
using OneStop.Domain.Audit;

namespace OneStop.Application.Common.Behaviours;

/// <summary>
/// After an <see cref="IAuditedCommand"/> succeeds, records who ran it, from where, and the command as
/// JSON. The entry is saved on its own: the change it describes has been committed by then.
/// </summary>
public sealed class AuditBehaviour<TMessage, TResponse>(IApplicationDbContext db, IUser user, TimeProvider clock)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage, IAuditedCommand
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var response = await next(message, cancellationToken);
        db.AuditEntries.Add(AuditEntry.Record(
            clock.GetUtcNow(), user.Id, message.AuditAction, user.IpAddress, JsonSerializer.Serialize(message, JsonSerializerOptions.Web)));
        await db.SaveChangesAsync(cancellationToken);
        return response;
    }
}
