using OneStop.Domain.Procedures;

namespace OneStop.Domain.Calendar;

/// <summary>The overdue and due-soon flags an inbox shows beside a deadline.</summary>
public static class DeadlineState
{
    /// <summary>One working day of office time.</summary>
    public static readonly TimeSpan DefaultDueSoonThreshold = TimeSpan.FromHours(ProcessingTime.HoursPerWorkingDay);

    public static bool IsOverdue(DateTimeOffset now, DateTimeOffset dueAt) => now > dueAt;

    /// <summary>Not overdue, with at most <see cref="DefaultDueSoonThreshold"/> of office time left.</summary>
    public static bool IsDueSoon(this IWorkingCalendar calendar, DateTimeOffset now, DateTimeOffset dueAt) =>
        calendar.IsDueSoon(now, dueAt, DefaultDueSoonThreshold);

    /// <summary>Not overdue, with at most <paramref name="threshold"/> of office time left.</summary>
    public static bool IsDueSoon(this IWorkingCalendar calendar, DateTimeOffset now, DateTimeOffset dueAt, TimeSpan threshold) =>
        !IsOverdue(now, dueAt) && calendar.WorkingTimeBetween(now, dueAt) <= threshold;
}
