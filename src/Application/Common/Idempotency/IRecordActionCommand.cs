using System.Text.Json.Serialization;

namespace OneStop.Application.Common.Idempotency;

/// <summary>
/// An action on one record named by the route (<c>POST /api/…/{id}/{action}</c>). The route fills <see cref="Id"/> and
/// the <c>Idempotency-Key</c> header <see cref="IdempotencyKey"/> after the body is bound, which is why those two are
/// settable and kept out of the JSON.
/// </summary>
public interface IRecordActionCommand : IIdempotentCommand
{
    [JsonIgnore]
    Guid Id { get; set; }

    [JsonIgnore]
    new string? IdempotencyKey { get; set; }

    string? IIdempotentCommand.IdempotencyKey => IdempotencyKey;

    Guid? IIdempotentCommand.IdempotencyTarget => Id;
}
