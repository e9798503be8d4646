namespace OneStop.Domain.Calendar;

/// <summary>
/// Counts office time on the working calendar (domain.md, "Deadlines"). Instants may come in any offset;
/// instants returned are in the calendar's offset (<see cref="UtcOffset"/>, UTC+7 for Vietnam).
/// Office time is half-open: a session 13:00–17:00 contains 16:59 but not 17:00.
/// </summary>
public interface IWorkingCalendar
{
    TimeSpan UtcOffset { get; }

    /// <summary>Monday to Friday unless a holiday, or a make-up working day.</summary>
    bool IsWorkingDay(DateOnly date);

    /// <summary>
    /// The instant itself when it lies in office hours of a working day, otherwise the start of the next office session.
    /// </summary>
    DateTimeOffset NextOfficeInstant(DateTimeOffset instant);

    /// <summary>
    /// Where the processing time of a dossier received at <paramref name="receivedAt"/> starts to run: the next
    /// office instant, or the next working day's opening when received at or after the cut-off of a working day.
    /// </summary>
    DateTimeOffset CountingStartsAt(DateTimeOffset receivedAt);

    /// <summary>
    /// The earliest instant at which <paramref name="workingTime"/> of office time has elapsed since
    /// <see cref="CountingStartsAt"/>. Time that runs out exactly at a session's end is due at that end (17:00).
    /// </summary>
    DateTimeOffset DueAt(DateTimeOffset receivedAt, TimeSpan workingTime);

    /// <summary>As <see cref="DueAt"/> without the cut-off rule: for a resumption after a pause.</summary>
    DateTimeOffset AddWorkingTime(DateTimeOffset from, TimeSpan workingTime);

    /// <summary>Office time inside [<paramref name="from"/>, <paramref name="to"/>); zero when <paramref name="to"/> is not after <paramref name="from"/>.</summary>
    TimeSpan WorkingTimeBetween(DateTimeOffset from, DateTimeOffset to);

    /// <summary>
    /// Late after <paramref name="dueAt"/>; otherwise early when completed before the opening (first session start)
    /// of the due instant's day, on time from that opening up to and including <paramref name="dueAt"/>.
    /// </summary>
    Timeliness Classify(DateTimeOffset completedAt, DateTimeOffset dueAt);
}
