using System.Globalization;
using OneStop.Domain.Calendar.Exceptions;

namespace OneStop.Domain.Calendar;

/// <summary>A named date of a working calendar: a day off (holiday, compensatory day) or a make-up working day.</summary>
public sealed class CalendarDay
{
    public DateOnly Date { get; private set; }
    public string Name { get; private set; } = null!;

    private CalendarDay() { }

    public CalendarDay(DateOnly date, string name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new InvalidWorkingCalendarException($"The calendar day {Format(date)} needs a name.");
        }
        Date = date;
        Name = name.Trim();
    }

    public override string ToString() => $"{Format(Date)} ({Name})";

    internal static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
