using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Application.Common.Interfaces;
using OneStop.Domain.Calendar;
using OneStop.Infrastructure.Data;

namespace OneStop.Infrastructure.Calendar;

/// <summary>
/// The calendar years as administrators last saved them, kept for <see cref="Lifetime"/>: every inbox page and
/// action needs the calendar, and it changes a few times a year. A save in this process drops the copy at
/// once; another API process sees the change within <see cref="Lifetime"/>.
/// </summary>
public sealed class WorkingCalendarSource(IServiceScopeFactory scopes, TimeProvider clock) : IWorkingCalendarSource
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    private volatile Cached? _cached;

    public TimeSpan UtcOffset => WorkingCalendar.VietnamUtcOffset;

    public async Task<IWorkingCalendar> GetAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (_cached is { } cached && now - cached.LoadedAt < Lifetime)
        {
            return cached.Calendar;
        }
        await using var scope = scopes.CreateAsyncScope();
        var years = await scope.ServiceProvider.GetRequiredService<ApplicationDbContext>().WorkingCalendarYears.AsNoTracking().ToListAsync(cancellationToken);
        var calendar = new WorkingCalendar(years, UtcOffset);
        _cached = new Cached(calendar, now);
        return calendar;
    }

    public void Invalidate() => _cached = null;

    private sealed record Cached(IWorkingCalendar Calendar, DateTimeOffset LoadedAt);
}
