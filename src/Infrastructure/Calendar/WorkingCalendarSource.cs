using Microsoft.EntityFrameworkCore;
using OneStop.Application.Common.Interfaces;
using OneStop.Domain.Calendar;
using OneStop.Infrastructure.Data;

namespace OneStop.Infrastructure.Calendar;

/// <summary>
/// Reads the calendar years once per request (a handful of small rows), so an administrator's edit counts
/// from the next request in every API process.
/// </summary>
public sealed class WorkingCalendarSource(ApplicationDbContext db) : IWorkingCalendarSource
{
    private IWorkingCalendar? _calendar;

    public TimeSpan UtcOffset => WorkingCalendar.VietnamUtcOffset;

    public async Task<IWorkingCalendar> GetAsync(CancellationToken cancellationToken) =>
        _calendar ??= new WorkingCalendar(await db.WorkingCalendarYears.AsNoTracking().ToListAsync(cancellationToken), UtcOffset);
}
