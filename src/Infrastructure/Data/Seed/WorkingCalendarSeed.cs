using OneStop.Domain.Calendar;

namespace OneStop.Infrastructure.Data.Seed;

/// <summary>Vietnam's public holidays, compensatory days and make-up Saturdays for 2025–2027, as shipped in working-calendar.json.</summary>
public sealed record WorkingCalendarSeed(IReadOnlyList<WorkingCalendarSeed.YearRow> Years)
{
    public sealed record SessionRow(TimeOnly Start, TimeOnly End);

    public sealed record DayRow(DateOnly Date, string Name);

    public sealed record YearRow(int Year, IReadOnlyList<SessionRow> Sessions, TimeOnly CutOff, IReadOnlyList<DayRow> Holidays, IReadOnlyList<DayRow> MakeUpWorkingDays)
    {
        public WorkingCalendarYear ToYear() => WorkingCalendarYear.Create(Year,
            Sessions.Select(s => new OfficeSession(s.Start, s.End)), CutOff,
            Holidays.Select(h => new CalendarDay(h.Date, h.Name)), MakeUpWorkingDays.Select(m => new CalendarDay(m.Date, m.Name)));
    }

    public static WorkingCalendarSeed Load() => SeedFile.Read<WorkingCalendarSeed>("working-calendar.json");
}
