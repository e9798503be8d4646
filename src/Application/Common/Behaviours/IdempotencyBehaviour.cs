using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Mediator;
using OneStop.Application.Common.Idempotency;
using OneStop.Application.Common.Interfaces;

namespace OneStop.Application.Common.Behaviours;

/// <summary>
/// Replays the first response of an <see cref="IIdempotentCommand"/> sent again with the same key by the same
/// caller; the same key with another payload is refused. The command's own changes and the recorded key
/// commit together, so a retry never creates a second dossier and never loses the first.
/// </summary>
public sealed class IdempotencyBehaviour<TMessage, TResponse>(IIdempotencyStore store, IUser user)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage, IIdempotentCommand
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (IdempotencyCaller.Of(message, user) is not { } caller)
        {
            return await next(message, cancellationToken);
        }
        var name = typeof(TMessage).Name;
        var payload = $"{message.IdempotencyTarget}|{JsonSerializer.Serialize(message, JsonSerializerOptions.Web)}";
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(payload)));
        // The store claims the key first; a key used before is found when the claim fails, so a first request
        // pays no extra look-up.
        var ran = false;
        TResponse fresh = default!;
        var recorded = await store.ExecuteOnceAsync(caller, message.IdempotencyKey!, name, hash, async token =>
        {
            fresh = await next(message, token);
            ran = true;
            return JsonSerializer.Serialize(fresh, JsonSerializerOptions.Web);
        }, cancellationToken);
        if (ran)
        {
            return fresh;
        }
        if (recorded.CommandName != name || recorded.RequestHash != hash)
        {
            throw new IdempotencyConflictException(message.IdempotencyKey!);
        }
        return JsonSerializer.Deserialize<TResponse>(recorded.ResponseJson, JsonSerializerOptions.Web)!;
    }
}
