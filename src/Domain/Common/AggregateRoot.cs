namespace OneStop.Domain.Common;

/// <summary>
/// Marks a consistency boundary. Only roots get a DbSet and only roots raise domain events;
/// the events are dispatched inside the saving transaction by the infrastructure.
/// </summary>
public abstract class AggregateRoot : Entity
{
    private readonly List<IDomainEvent> _domainEvents = [];

    public IReadOnlyCollection<IDomainEvent> DomainEvents => _domainEvents.AsReadOnly();

    protected void AddDomainEvent(IDomainEvent domainEvent) => _domainEvents.Add(domainEvent);

    public void ClearDomainEvents() => _domainEvents.Clear();
}
