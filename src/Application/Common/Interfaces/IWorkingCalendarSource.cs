using OneStop.Domain.Calendar;

namespace OneStop.Application.Common.Interfaces;

/// <summary>The province's working calendar as administrators last saved it.</summary>
public interface IWorkingCalendarSource
{
    Task<IWorkingCalendar> GetAsync(CancellationToken cancellationToken);

    /// <summary>Drops this process's cached copy after an administrator saved a year.</summary>
    void Invalidate();

    /// <summary>The province's offset from UTC (Vietnam: +07:00, no daylight saving), for local days and printing.</summary>
    TimeSpan UtcOffset { get; }
}
