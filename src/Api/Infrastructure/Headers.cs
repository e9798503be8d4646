namespace OneStop.Api.Infrastructure;

/// <summary>Request headers the API reads.</summary>
public static class Headers
{
    /// <summary>The key that makes a write safe to retry (style.md, decision 6).</summary>
    public const string IdempotencyKey = "Idempotency-Key";
}
