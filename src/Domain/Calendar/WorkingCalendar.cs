using System.Globalization;

namespace OneStop.Domain.Calendar;

/// <summary>
/// <see cref="IWorkingCalendar"/> over a snapshot of configured years; a year not configured behaves as
/// <see cref="WorkingCalendarYear.Default"/>. The local time is the UTC time plus a fixed offset (Vietnam has no
/// daylight saving time). Work is proportional to the calendar days spanned, never to minutes.
/// </summary>
public sealed class WorkingCalendar : IWorkingCalendar
{
    public static readonly TimeSpan VietnamUtcOffset = TimeSpan.FromHours(7);

    /// <summary>About ten years: no deadline reaches that far, so a longer scan means a calendar without office time.</summary>
    public const int MaxScannedDays = 3660;

    private static readonly TimeSpan OneDay = TimeSpan.FromDays(1);
    private static readonly YearRules DefaultRules = new(WorkingCalendarYear.Default(2000));

    private readonly Dictionary<int, YearRules> _years;

    public WorkingCalendar(IEnumerable<WorkingCalendarYear> years, TimeSpan utcOffset)
    {
        if (utcOffset.Ticks % TimeSpan.TicksPerMinute != 0 || utcOffset.Duration() > TimeSpan.FromHours(14))
        {
            throw new ArgumentOutOfRangeException(nameof(utcOffset), utcOffset, "An offset is whole minutes within ±14 hours.");
        }
        UtcOffset = utcOffset;
        _years = [];
        foreach (var year in years)
        {
            if (!_years.TryAdd(year.Year, new YearRules(year)))
            {
                throw new ArgumentException($"The year {year.Year} is configured twice.", nameof(years));
            }
        }
    }

    public TimeSpan UtcOffset { get; }

    public bool IsWorkingDay(DateOnly date) => RulesFor(date).IsWorkingDay(date);

    public DateTimeOffset NextOfficeInstant(DateTimeOffset instant)
    {
        var (date, time) = ToLocal(instant);
        return Advance(date, time, TimeSpan.Zero);
    }

    public DateTimeOffset CountingStartsAt(DateTimeOffset receivedAt)
    {
        var (date, time) = StartOfCounting(receivedAt);
        return Advance(date, time, TimeSpan.Zero);
    }

    public DateTimeOffset DueAt(DateTimeOffset receivedAt, TimeSpan workingTime)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(workingTime, TimeSpan.Zero);
        var (date, time) = StartOfCounting(receivedAt);
        return Advance(date, time, workingTime);
    }

    public DateTimeOffset AddWorkingTime(DateTimeOffset from, TimeSpan workingTime)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(workingTime, TimeSpan.Zero);
        var (date, time) = ToLocal(from);
        return Advance(date, time, workingTime);
    }

    public TimeSpan WorkingTimeBetween(DateTimeOffset from, DateTimeOffset to)
    {
        if (to <= from)
        {
            return TimeSpan.Zero;
        }
        var (firstDate, firstTime) = ToLocal(from);
        var (lastDate, lastTime) = ToLocal(to);
        var total = TimeSpan.Zero;
        for (var date = firstDate; date <= lastDate; date = date.AddDays(1))
        {
            var rules = RulesFor(date);
            if (!rules.IsWorkingDay(date))
            {
                continue;
            }
            var lower = date == firstDate ? firstTime : TimeSpan.Zero;
            var upper = date == lastDate ? lastTime : OneDay;
            if (lower == TimeSpan.Zero && upper == OneDay)
            {
                total += rules.DailyOfficeTime;
                continue;
            }
            foreach (var (start, end) in rules.Sessions)
            {
                var overlap = Min(end, upper) - Max(start, lower);
                if (overlap > TimeSpan.Zero)
                {
                    total += overlap;
                }
            }
        }
        return total;
    }

    public Timeliness Classify(DateTimeOffset completedAt, DateTimeOffset dueAt)
    {
        if (completedAt > dueAt)
        {
            return Timeliness.Late;
        }
        var (dueDate, _) = ToLocal(dueAt);
        var opening = ToInstant(dueDate, RulesFor(dueDate).Sessions[0].Start);
        return completedAt < opening ? Timeliness.Early : Timeliness.OnTime;
    }

    /// <summary>The reception instant, or the start of the next day when received at or after the cut-off of a working day.</summary>
    private (DateOnly Date, TimeSpan Time) StartOfCounting(DateTimeOffset receivedAt)
    {
        var (date, time) = ToLocal(receivedAt);
        var rules = RulesFor(date);
        return rules.IsWorkingDay(date) && time >= rules.CutOff ? (date.AddDays(1), TimeSpan.Zero) : (date, time);
    }

    /// <summary>Walks forward day by day, session by session, until <paramref name="remaining"/> office time is used up.</summary>
    private DateTimeOffset Advance(DateOnly date, TimeSpan time, TimeSpan remaining)
    {
        for (var scanned = 0; scanned < MaxScannedDays; scanned++)
        {
            var rules = RulesFor(date);
            if (rules.IsWorkingDay(date))
            {
                if (time == TimeSpan.Zero && remaining > rules.DailyOfficeTime)
                {
                    remaining -= rules.DailyOfficeTime;
                }
                else
                {
                    foreach (var (start, end) in rules.Sessions)
                    {
                        if (end <= time)
                        {
                            continue;
                        }
                        var from = Max(start, time);
                        var available = end - from;
                        if (remaining <= available)
                        {
                            return ToInstant(date, from + remaining);
                        }
                        remaining -= available;
                    }
                }
            }
            date = date.AddDays(1);
            time = TimeSpan.Zero;
        }
        throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
            $"No end found within {MaxScannedDays} days of {date.AddDays(-MaxScannedDays):yyyy-MM-dd}: the working time is too long or the calendar has no office time."));
    }

    private (DateOnly Date, TimeSpan Time) ToLocal(DateTimeOffset instant)
    {
        var local = instant.ToOffset(UtcOffset).DateTime;
        return (DateOnly.FromDateTime(local), local.TimeOfDay);
    }

    private DateTimeOffset ToInstant(DateOnly date, TimeSpan time) =>
        new(date.ToDateTime(TimeOnly.MinValue).Add(time), UtcOffset);

    private DateTimeOffset ToInstant(DateOnly date, TimeOnly time) => new(date.ToDateTime(time), UtcOffset);

    private YearRules RulesFor(DateOnly date) => _years.GetValueOrDefault(date.Year, DefaultRules);

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    /// <summary>A year's settings flattened for lookups; a snapshot, so later revisions of the aggregate do not leak in.</summary>
    private sealed class YearRules
    {
        private readonly HashSet<DateOnly> _holidays;
        private readonly HashSet<DateOnly> _makeUpWorkingDays;

        public YearRules(WorkingCalendarYear year)
        {
            Sessions = year.Sessions.Select(s => (s.Start.ToTimeSpan(), s.End.ToTimeSpan())).ToArray();
            DailyOfficeTime = year.Sessions.Aggregate(TimeSpan.Zero, (sum, s) => sum + s.Duration);
            CutOff = year.CutOff.ToTimeSpan();
            _holidays = year.Holidays.Select(d => d.Date).ToHashSet();
            _makeUpWorkingDays = year.MakeUpWorkingDays.Select(d => d.Date).ToHashSet();
        }

        public (TimeSpan Start, TimeSpan End)[] Sessions { get; }
        public TimeSpan DailyOfficeTime { get; }
        public TimeSpan CutOff { get; }

        public bool IsWorkingDay(DateOnly date) =>
            _makeUpWorkingDays.Contains(date) || (!WorkingCalendarYear.IsWeekend(date) && !_holidays.Contains(date));
    }
}
