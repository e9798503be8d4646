using OneStop.Domain.Calendar.Events;
using OneStop.Domain.Calendar.Exceptions;
using OneStop.Domain.Common;

namespace OneStop.Domain.Calendar;

/// <summary>
/// The working calendar of one year, edited by administrators: office sessions, the reception cut-off,
/// the weekdays that are off (public holidays, compensatory days) and the weekend days that are worked
/// (make-up days). Monday to Friday are working days unless listed as holidays.
/// </summary>
public sealed class WorkingCalendarYear : AggregateRoot
{
    public static readonly TimeOnly DefaultCutOff = new(15, 0);

    private List<OfficeSession> _sessions = [];
    private List<CalendarDay> _holidays = [];
    private List<CalendarDay> _makeUpWorkingDays = [];

    public int Year { get; private set; }
    /// <summary>Office sessions of every working day, ordered by start, not overlapping.</summary>
    public IReadOnlyList<OfficeSession> Sessions => _sessions;
    /// <summary>A dossier received at or after this time of a working day counts from the next working day's opening.</summary>
    public TimeOnly CutOff { get; private set; }
    /// <summary>Weekdays off, ordered by date.</summary>
    public IReadOnlyList<CalendarDay> Holidays => _holidays;
    /// <summary>Saturdays or Sundays that are worked, ordered by date.</summary>
    public IReadOnlyList<CalendarDay> MakeUpWorkingDays => _makeUpWorkingDays;

    private WorkingCalendarYear() { }

    /// <summary>07:30–11:30 and 13:00–17:00 (new instances on every call).</summary>
    public static IReadOnlyList<OfficeSession> DefaultSessions =>
    [
        new(new TimeOnly(7, 30), new TimeOnly(11, 30)),
        new(new TimeOnly(13, 0), new TimeOnly(17, 0)),
    ];

    public static WorkingCalendarYear Create(
        int year,
        IEnumerable<OfficeSession> sessions,
        TimeOnly cutOff,
        IEnumerable<CalendarDay> holidays,
        IEnumerable<CalendarDay> makeUpWorkingDays)
    {
        if (year is < 1 or > 9999)
        {
            throw new InvalidWorkingCalendarException($"The year {year} is outside the calendar.");
        }
        var calendar = new WorkingCalendarYear { Year = year };
        var (s, h, m) = calendar.Validate(sessions, cutOff, holidays, makeUpWorkingDays);
        calendar._sessions = s;
        calendar.CutOff = cutOff;
        calendar._holidays = h;
        calendar._makeUpWorkingDays = m;
        return calendar;
    }

    /// <summary>Monday to Friday with the default hours and cut-off, no holidays: the calendar of a year nobody configured.</summary>
    public static WorkingCalendarYear Default(int year) => Create(year, DefaultSessions, DefaultCutOff, [], []);

    /// <summary>Replaces the year's settings as a whole; raises <see cref="WorkingCalendarRevisedEvent"/> if anything changed.</summary>
    public void Revise(
        IEnumerable<OfficeSession> sessions,
        TimeOnly cutOff,
        IEnumerable<CalendarDay> holidays,
        IEnumerable<CalendarDay> makeUpWorkingDays)
    {
        var (s, h, m) = Validate(sessions, cutOff, holidays, makeUpWorkingDays);
        var changed = cutOff != CutOff
            || !s.Select(x => (x.Start, x.End)).SequenceEqual(_sessions.Select(x => (x.Start, x.End)))
            || !h.Select(x => (x.Date, x.Name)).SequenceEqual(_holidays.Select(x => (x.Date, x.Name)))
            || !m.Select(x => (x.Date, x.Name)).SequenceEqual(_makeUpWorkingDays.Select(x => (x.Date, x.Name)));
        if (!changed)
        {
            return;
        }
        _sessions = s;
        CutOff = cutOff;
        _holidays = h;
        _makeUpWorkingDays = m;
        AddDomainEvent(new WorkingCalendarRevisedEvent(Id, Year));
    }

    /// <summary>Monday to Friday unless a holiday, or a make-up working day. The date must belong to <see cref="Year"/>.</summary>
    public bool IsWorkingDay(DateOnly date)
    {
        if (date.Year != Year)
        {
            throw new ArgumentOutOfRangeException(nameof(date), date, $"The date does not belong to {Year}.");
        }
        return _makeUpWorkingDays.Any(d => d.Date == date)
            || (!IsWeekend(date) && _holidays.All(d => d.Date != date));
    }

    internal static bool IsWeekend(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    /// <summary>Checks every rule and returns fresh, ordered copies (owned instances are never shared between years).</summary>
    private (List<OfficeSession>, List<CalendarDay>, List<CalendarDay>) Validate(
        IEnumerable<OfficeSession> sessions,
        TimeOnly cutOff,
        IEnumerable<CalendarDay> holidays,
        IEnumerable<CalendarDay> makeUpWorkingDays)
    {
        var orderedSessions = sessions.Select(x => new OfficeSession(x.Start, x.End)).OrderBy(x => x.Start).ToList();
        if (orderedSessions.Count == 0)
        {
            throw new InvalidWorkingCalendarException($"The working calendar of {Year} needs at least one office session.");
        }
        for (var i = 1; i < orderedSessions.Count; i++)
        {
            if (orderedSessions[i].Start < orderedSessions[i - 1].End)
            {
                throw new InvalidWorkingCalendarException(
                    $"The office sessions {orderedSessions[i - 1]} and {orderedSessions[i]} overlap.");
            }
        }
        if (!orderedSessions.Any(x => x.Start <= cutOff && cutOff <= x.End))
        {
            throw new InvalidWorkingCalendarException(
                $"The cut-off {OfficeSession.Format(cutOff)} must fall within office hours ({string.Join(", ", orderedSessions)}).");
        }

        var orderedHolidays = CopyDays(holidays, "holiday");
        var orderedMakeUps = CopyDays(makeUpWorkingDays, "make-up working day");
        var holidayDates = orderedHolidays.Select(x => x.Date).ToHashSet();
        foreach (var makeUp in orderedMakeUps)
        {
            if (holidayDates.Contains(makeUp.Date))
            {
                throw new InvalidWorkingCalendarException(
                    $"The date {CalendarDay.Format(makeUp.Date)} cannot be both a holiday and a make-up working day.");
            }
            if (!IsWeekend(makeUp.Date))
            {
                throw new InvalidWorkingCalendarException(
                    $"The make-up working day {makeUp} is a {makeUp.Date.DayOfWeek}; make-up working days fall on a Saturday or Sunday.");
            }
        }
        var weekendHoliday = orderedHolidays.FirstOrDefault(x => IsWeekend(x.Date));
        if (weekendHoliday is not null)
        {
            throw new InvalidWorkingCalendarException(
                $"The holiday {weekendHoliday} is a {weekendHoliday.Date.DayOfWeek}, already a day off; list the compensatory weekday instead.");
        }
        return (orderedSessions, orderedHolidays, orderedMakeUps);
    }

    private List<CalendarDay> CopyDays(IEnumerable<CalendarDay> days, string kind)
    {
        var copies = days.Select(x => new CalendarDay(x.Date, x.Name)).OrderBy(x => x.Date).ToList();
        var foreign = copies.FirstOrDefault(x => x.Date.Year != Year);
        if (foreign is not null)
        {
            throw new InvalidWorkingCalendarException($"The {kind} {foreign} does not belong to {Year}.");
        }
        for (var i = 1; i < copies.Count; i++)
        {
            if (copies[i].Date == copies[i - 1].Date)
            {
                throw new InvalidWorkingCalendarException(
                    $"The date {CalendarDay.Format(copies[i].Date)} is listed twice as a {kind}.");
            }
        }
        return copies;
    }
}
