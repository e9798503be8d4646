using Mediator;
using Microsoft.EntityFrameworkCore;
using OneStop.Application.Common.Interfaces;
using OneStop.Domain.Calendar;

namespace OneStop.Application.Calendar.Queries.GetWorkingCalendarYear;

/// <summary>One year of the working calendar; a year nobody configured answers with the defaults (<see cref="WorkingCalendarYearDto.Configured"/> false).</summary>
public sealed record GetWorkingCalendarYearQuery(int Year) : IQuery<WorkingCalendarYearDto>;

public sealed record OfficeSessionDto(TimeOnly Start, TimeOnly End);

public sealed record CalendarDayDto(DateOnly Date, string Name);

public sealed record WorkingCalendarYearDto(int Year, bool Configured, IReadOnlyList<OfficeSessionDto> Sessions, TimeOnly CutOff,
    IReadOnlyList<CalendarDayDto> Holidays, IReadOnlyList<CalendarDayDto> MakeUpWorkingDays)
{
    public static WorkingCalendarYearDto From(WorkingCalendarYear year, bool configured) => new(year.Year, configured,
        year.Sessions.Select(s => new OfficeSessionDto(s.Start, s.End)).ToList(), year.CutOff,
        year.Holidays.Select(h => new CalendarDayDto(h.Date, h.Name)).ToList(),
        year.MakeUpWorkingDays.Select(m => new CalendarDayDto(m.Date, m.Name)).ToList());
}

public sealed class GetWorkingCalendarYearQueryHandler(IApplicationDbContext db) : IQueryHandler<GetWorkingCalendarYearQuery, WorkingCalendarYearDto>
{
    public async ValueTask<WorkingCalendarYearDto> Handle(GetWorkingCalendarYearQuery query, CancellationToken cancellationToken)
    {
        var year = await db.WorkingCalendarYears.AsNoTracking().SingleOrDefaultAsync(y => y.Year == query.Year, cancellationToken);
        return WorkingCalendarYearDto.From(year ?? WorkingCalendarYear.Default(query.Year), year is not null);
    }
}
