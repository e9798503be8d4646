namespace OneStop.Domain.Procedures;

/// <summary>How far the procedure can be done online (Decree 42/2022).</summary>
public enum OnlineServiceLevel
{
    None = 0,
    PartialOnline = 1,
    FullOnline = 2,
}
