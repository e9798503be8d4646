namespace OneStop.Domain.Common;

/// <summary>Base of every entity: identity by <see cref="Id"/>.</summary>
public abstract class Entity
{
    public Guid Id { get; protected init; } = Guid.CreateVersion7();
}
