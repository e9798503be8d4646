using System.Globalization;
using OneStop.Domain.Calendar.Exceptions;

namespace OneStop.Domain.Calendar;

/// <summary>One stretch of office hours within a day, [<see cref="Start"/>, <see cref="End"/>).</summary>
public sealed class OfficeSession
{
    public TimeOnly Start { get; private set; }
    public TimeOnly End { get; private set; }

    private OfficeSession() { }

    public OfficeSession(TimeOnly start, TimeOnly end)
    {
        if (start >= end)
        {
            throw new InvalidWorkingCalendarException(
                $"The office session {Format(start)}–{Format(end)} must start before it ends, within one day.");
        }
        Start = start;
        End = end;
    }

    public TimeSpan Duration => End - Start;

    public override string ToString() => $"{Format(Start)}–{Format(End)}";

    internal static string Format(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);
}
