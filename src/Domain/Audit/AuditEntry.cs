using OneStop.Domain.Common;

namespace OneStop.Domain.Audit;

/// <summary>
/// One line of the audit log: who did what, when, from where, and what changed. Append-only: an entry
/// has no methods that change it once recorded.
/// </summary>
public sealed class AuditEntry : AggregateRoot
{
    public DateTimeOffset At { get; private set; }
    /// <summary>The account that acted; null when nobody was signed in (a failed sign-in, say).</summary>
    public Guid? ActorId { get; private set; }
    /// <summary>A stable, dotted name such as <c>sign-in.failed</c> or <c>agency.create</c>.</summary>
    public string Action { get; private set; } = null!;
    public string? IpAddress { get; private set; }
    /// <summary>What changed, as JSON.</summary>
    public string Details { get; private set; } = null!;

    private AuditEntry() { }

    public static AuditEntry Record(DateTimeOffset at, Guid? actorId, string action, string? ipAddress, string details) =>
        new() { At = at, ActorId = actorId, Action = action, IpAddress = ipAddress, Details = details };
}
