namespace OneStop.Application.Common.Idempotency;

/// <summary>The idempotency key was used before for a different request (the API answers 422).</summary>
public sealed class IdempotencyConflictException(string key)
    : Exception($"The Idempotency-Key '{key}' was already used for a different request; use a new key for a new request.");
