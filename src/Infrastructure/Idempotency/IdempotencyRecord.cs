namespace OneStop.Infrastructure.Idempotency;

/// <summary>
/// A key a caller sent with a write, the hash of that request and the response it got. Written by
/// <see cref="IdempotencyStore"/> with plain statements; read back when the key comes again.
/// </summary>
public sealed class IdempotencyRecord
{
    public Guid CallerId { get; private set; }
    public string Key { get; private set; } = null!;
    public string CommandName { get; private set; } = null!;
    public string RequestHash { get; private set; } = null!;
    public string? ResponseJson { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    private IdempotencyRecord() { }
}
