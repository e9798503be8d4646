namespace OneStop.Infrastructure.Data;

/// <summary>
/// The system clock at PostgreSQL's precision (a microsecond). Instants computed from "now" (due dates, steps)
/// are then stored exactly as computed, so an answer given right after a change equals what is read back later.
/// </summary>
public sealed class MicrosecondTimeProvider : TimeProvider
{
    public static DateTimeOffset Truncate(DateTimeOffset instant) =>
        new(instant.Ticks - instant.Ticks % TimeSpan.TicksPerMicrosecond, instant.Offset);

    public override DateTimeOffset GetUtcNow() => Truncate(System.GetUtcNow());
}
