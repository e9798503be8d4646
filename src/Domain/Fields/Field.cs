using OneStop.Domain.Common;

namespace OneStop.Domain.Fields;

/// <summary>A sector (lĩnh vực) that procedures belong to: construction, land, civil status, …</summary>
public sealed class Field : AggregateRoot
{
    public string Code { get; private set; } = null!;
    public string Name { get; private set; } = null!;

    private Field() { }

    public static Field Create(string code, string name) =>
        new() { Code = code.Trim().ToUpperInvariant(), Name = name.Trim() };
}
