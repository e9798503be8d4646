namespace OneStop.Application.Common.Idempotency;

/// <summary>A response recorded under an idempotency key, with the hash of the request it answered.</summary>
public sealed record IdempotentResponse(string CommandName, string RequestHash, string ResponseJson);

/// <summary>Keeps idempotency keys and the responses given under them, per caller.</summary>
public interface IIdempotencyStore
{
    /// <summary>
    /// Runs <paramref name="work"/> and records its response under the key in one transaction. When another
    /// request recorded the same key first, the work is rolled back and that request's response returned.
    /// </summary>
    Task<IdempotentResponse> ExecuteOnceAsync(Guid callerId, string key, string commandName, string requestHash,
        Func<CancellationToken, Task<string>> work, CancellationToken cancellationToken);
}
