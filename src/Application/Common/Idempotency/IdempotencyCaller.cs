using OneStop.Application.Common.Interfaces;

namespace OneStop.Application.Common.Idempotency;

/// <summary>Whose key space a command's <c>Idempotency-Key</c> is recorded in.</summary>
public static class IdempotencyCaller
{
    /// <summary>The caller id under which guests' keys are recorded.</summary>
    private static readonly Guid Guest = Guid.Empty;

    /// <summary>The signed-in caller, or the guests' shared space for a command guests may retry; null when no key is recorded.</summary>
    public static Guid? Of(IIdempotentCommand command, IUser user) =>
        string.IsNullOrEmpty(command.IdempotencyKey) ? null : user.Id ?? (command.GuestsMayRetry ? Guest : null);
}
