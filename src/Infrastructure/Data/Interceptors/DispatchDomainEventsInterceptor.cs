using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using OneStop.Domain.Common;

namespace OneStop.Infrastructure.Data.Interceptors;

/// <summary>
/// Publishes the events raised by tracked aggregates just before they are saved, so whatever the
/// handlers add to the context is written in the same transaction as the aggregate. One instance serves every
/// pooled context; the publisher is the one of the request that leased the context.
/// </summary>
public sealed class DispatchDomainEventsInterceptor : SaveChangesInterceptor
{
    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is ApplicationDbContext context)
        {
            await DispatchAsync(context, cancellationToken);
        }
        return await base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    private static async Task DispatchAsync(ApplicationDbContext context, CancellationToken cancellationToken)
    {
        // The save detects changes right after this interceptor; detecting them here as well would scan every
        // tracked entity twice. Roots are tracked when added or loaded, so they are all listed without it.
        var tracker = context.ChangeTracker;
        var detect = tracker.AutoDetectChangesEnabled;
        tracker.AutoDetectChangesEnabled = false;
        List<AggregateRoot> roots;
        try
        {
            roots = tracker.Entries<AggregateRoot>().Select(e => e.Entity).Where(r => r.DomainEvents.Count > 0).ToList();
        }
        finally
        {
            tracker.AutoDetectChangesEnabled = detect;
        }
        if (roots.Count == 0)
        {
            return;
        }
        var publisher = context.Publisher
            ?? throw new InvalidOperationException("This context was not leased for a request: its domain events have no publisher.");
        var events = roots.SelectMany(r => r.DomainEvents).ToList();
        roots.ForEach(r => r.ClearDomainEvents());
        foreach (var domainEvent in events)
        {
            await publisher.Publish((object)domainEvent, cancellationToken);
        }
    }
}
