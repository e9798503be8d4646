using System.Globalization;
using OneStop.Domain.Calendar;

namespace OneStop.Domain.UnitTests.Calendar;

/// <summary>Calendars and instants for the calendar tests; instants are written in Vietnam's local time.</summary>
internal static class CalendarTestData
{
    public static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    /// <summary>"2026-03-02 09:00" in UTC+7.</summary>
    public static DateTimeOffset At(string local) =>
        new(DateTime.ParseExact(local, ["yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None), Vietnam);

    public static DateOnly Day(string date) => DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static TimeOnly Time(string time) => TimeOnly.ParseExact(time, "HH:mm", CultureInfo.InvariantCulture);

    public static CalendarDay Named(string date, string name = "Ngày lễ") => new(Day(date), name);

    public static WorkingCalendarYear Year2026() => WorkingCalendarYear.Create(
        2026,
        WorkingCalendarYear.DefaultSessions,
        WorkingCalendarYear.DefaultCutOff,
        [
            Named("2026-01-01", "Tết Dương lịch"),
            Named("2026-02-16", "Tết Nguyên đán"),
            Named("2026-02-17", "Tết Nguyên đán"),
            Named("2026-02-18", "Tết Nguyên đán"),
            Named("2026-02-19", "Tết Nguyên đán"),
            Named("2026-02-20", "Tết Nguyên đán"),
            Named("2026-04-27", "Nghỉ bù Giỗ Tổ Hùng Vương"),
            Named("2026-04-30", "Ngày Giải phóng miền Nam"),
            Named("2026-05-01", "Ngày Quốc tế Lao động"),
            Named("2026-08-31", "Nghỉ hoán đổi"),
            Named("2026-09-01", "Quốc khánh"),
            Named("2026-09-02", "Quốc khánh"),
        ],
        [Named("2026-08-22", "Làm bù cho ngày 31/8")]);

    public static WorkingCalendarYear Year2027() => WorkingCalendarYear.Create(
        2027,
        WorkingCalendarYear.DefaultSessions,
        WorkingCalendarYear.DefaultCutOff,
        [Named("2027-01-01", "Tết Dương lịch")],
        []);

    /// <summary>2026 and 2027 as configured above; every other year is the default Monday–Friday calendar.</summary>
    public static WorkingCalendar ConfiguredCalendar() => new([Year2026(), Year2027()], Vietnam);
}
