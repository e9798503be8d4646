using System.Text.Json.Serialization;

namespace OneStop.Application.Common.Idempotency;

/// <summary>The route-filled part of an <see cref="IRecordActionCommand"/>: the record's id and the idempotency key, kept out of the JSON body.</summary>
public abstract record RecordAction
{
    [JsonIgnore]
    public Guid Id { get; set; }

    [JsonIgnore]
    public string? IdempotencyKey { get; set; }
}
