using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using OneStop.Domain.Common;

namespace OneStop.Infrastructure.Data.Interceptors;

/// <summary>
/// Publishes the events raised by tracked aggregates just before they are saved, so whatever the
/// handlers add to the context is written in the same transaction as the aggregate.
/// </summary>
public sealed class DispatchDomainEventsInterceptor(IPublisher publisher) : SaveChangesInterceptor
{
    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context)
        {
            await DispatchAsync(context, cancellationToken);
        }
        return await base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    private async Task DispatchAsync(DbContext context, CancellationToken cancellationToken)
    {
        var roots = context.ChangeTracker.Entries<AggregateRoot>().Select(e => e.Entity).Where(r => r.DomainEvents.Count > 0).ToList();
        var events = roots.SelectMany(r => r.DomainEvents).ToList();
        roots.ForEach(r => r.ClearDomainEvents());
        foreach (var domainEvent in events)
        {
            await publisher.Publish((object)domainEvent, cancellationToken);
        }
    }
}
