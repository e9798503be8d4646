namespace OneStop.Infrastructure.Idempotency;

/// <summary>A key a caller sent with a write, the hash of that request and the response it got.</summary>
public sealed class IdempotencyRecord
{
    public Guid CallerId { get; private set; }
    public string Key { get; private set; } = null!;
    public string CommandName { get; private set; } = null!;
    public string RequestHash { get; private set; } = null!;
    public string? ResponseJson { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    private IdempotencyRecord() { }

    public IdempotencyRecord(Guid callerId, string key, string commandName, string requestHash, DateTimeOffset createdAt)
    {
        CallerId = callerId;
        Key = key;
        CommandName = commandName;
        RequestHash = requestHash;
        CreatedAt = createdAt;
    }

    public void Answer(string responseJson) => ResponseJson = responseJson;
}
