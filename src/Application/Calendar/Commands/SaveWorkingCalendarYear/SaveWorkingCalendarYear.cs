using System.Text.Json.Serialization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using OneStop.Application.Calendar.Queries.GetWorkingCalendarYear;
using OneStop.Application.Common.Interfaces;
using OneStop.Domain.Calendar;

namespace OneStop.Application.Calendar.Commands.SaveWorkingCalendarYear;

/// <summary>An administrator sets a year's office hours, cut-off, holidays and make-up working days (the whole year at once).</summary>
/// <param name="Sessions">Office sessions of a working day, e.g. 07:30–11:30 and 13:00–17:00.</param>
/// <param name="CutOff">Dossiers received at or after this hour count from the next working day.</param>
/// <param name="Holidays">Weekdays off: public holidays and compensatory days.</param>
/// <param name="MakeUpWorkingDays">Saturdays or Sundays that are worked.</param>
public sealed record SaveWorkingCalendarYearCommand(IReadOnlyList<OfficeSessionDto> Sessions, TimeOnly CutOff,
    IReadOnlyList<CalendarDayDto> Holidays, IReadOnlyList<CalendarDayDto> MakeUpWorkingDays) : ICommand<WorkingCalendarYearDto>, IAuditedCommand
{
    /// <summary>Set from the route.</summary>
    [JsonIgnore]
    public int Year { get; set; }

    string IAuditedCommand.AuditAction => "calendar.save";
}

public sealed class SaveWorkingCalendarYearCommandHandler(IApplicationDbContext db, IWorkingCalendarSource calendars) : ICommandHandler<SaveWorkingCalendarYearCommand, WorkingCalendarYearDto>
{
    public async ValueTask<WorkingCalendarYearDto> Handle(SaveWorkingCalendarYearCommand command, CancellationToken cancellationToken)
    {
        var sessions = command.Sessions.Select(s => new OfficeSession(s.Start, s.End)).ToList();
        var holidays = command.Holidays.Select(h => new CalendarDay(h.Date, h.Name)).ToList();
        var makeUps = command.MakeUpWorkingDays.Select(m => new CalendarDay(m.Date, m.Name)).ToList();
        var year = await db.WorkingCalendarYears.SingleOrDefaultAsync(y => y.Year == command.Year, cancellationToken);
        if (year is null)
        {
            year = WorkingCalendarYear.Create(command.Year, sessions, command.CutOff, holidays, makeUps);
            db.WorkingCalendarYears.Add(year);
        }
        else
        {
            year.Revise(sessions, command.CutOff, holidays, makeUps);
        }
        await db.SaveChangesAsync(cancellationToken);
        calendars.Invalidate();
        return WorkingCalendarYearDto.From(year, configured: true);
    }
}
