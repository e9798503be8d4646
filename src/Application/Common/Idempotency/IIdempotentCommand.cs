using System.Text.Json.Serialization;

namespace OneStop.Application.Common.Idempotency;

/// <summary>
/// A command a client may retry safely: with the same <see cref="IdempotencyKey"/> the first response is
/// returned again and nothing is done twice (style.md, decision 6). The key comes from the
/// <c>Idempotency-Key</c> header and is not part of the payload that is compared.
/// </summary>
public interface IIdempotentCommand
{
    [JsonIgnore]
    string? IdempotencyKey { get; }

    /// <summary>The record the command acts on, when the route names it rather than the payload.</summary>
    [JsonIgnore]
    Guid? IdempotencyTarget => null;

    /// <summary>
    /// Whether a caller without an account (a guest sending feedback) may retry safely too. Guests' keys share one
    /// space, which is safe because clients make them random (a UUID).
    /// </summary>
    [JsonIgnore]
    bool GuestsMayRetry => false;
}
