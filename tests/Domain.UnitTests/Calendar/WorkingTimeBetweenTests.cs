using OneStop.Domain.Calendar;
using static OneStop.Domain.UnitTests.Calendar.CalendarTestData;

namespace OneStop.Domain.UnitTests.Calendar;

public sealed class WorkingTimeBetweenTests
{
    private readonly WorkingCalendar _calendar = ConfiguredCalendar();

    [TestCase("2026-03-02 10:00", "2026-03-02 14:00", 150, TestName = "ShouldLeaveOutTheLunchBreak")]
    [TestCase("2026-03-02 11:45", "2026-03-02 12:45", 0, TestName = "ShouldCountNothingInsideTheLunchBreak")]
    [TestCase("2026-03-02 16:00", "2026-03-03 08:00", 90, TestName = "ShouldLeaveOutTheNight")]
    [TestCase("2026-03-06 16:00", "2026-03-09 08:30", 120, TestName = "ShouldLeaveOutTheWeekend")]
    [TestCase("2026-02-13 09:00", "2026-02-23 09:00", 480, TestName = "ShouldLeaveOutTheHolidays")]
    [TestCase("2026-08-21 17:00", "2026-08-24 07:30", 480, TestName = "ShouldCountTheMakeUpSaturday")]
    [TestCase("2026-03-02 00:00", "2026-03-09 00:00", 2400, TestName = "ShouldCountFortyHoursInAWeekWithoutHolidays")]
    [TestCase("2026-12-31 16:00", "2027-01-04 08:30", 120, TestName = "ShouldCrossTheYear")]
    [TestCase("2026-03-02 09:00", "2026-03-02 09:00", 0, TestName = "ShouldCountNothingWhenBothEndsMeet")]
    [TestCase("2026-03-03 09:00", "2026-03-02 09:00", 0, TestName = "ShouldCountNothingWhenTheEndIsBeforeTheStart")]
    public void ShouldCountOnlyOfficeTime(string from, string to, int minutes) =>
        _calendar.WorkingTimeBetween(At(from), At(to)).ShouldBe(TimeSpan.FromMinutes(minutes));

    [Test]
    public void ShouldUndoAddingWorkingTime()
    {
        var from = At("2026-02-10 08:15");
        for (var minutes = 0; minutes <= 5000; minutes += 37)
        {
            var workingTime = TimeSpan.FromMinutes(minutes);
            var to = _calendar.AddWorkingTime(from, workingTime);
            _calendar.WorkingTimeBetween(from, to).ShouldBe(workingTime, $"after adding {minutes} minutes");
        }
    }

    [Test]
    public void ShouldFreezeAndResumeTheRemainingTimeOfAPause()
    {
        var received = At("2026-03-02 09:00");
        var due = _calendar.DueAt(received, TimeSpan.FromHours(24));
        var paused = At("2026-03-03 09:00");
        var remaining = _calendar.WorkingTimeBetween(paused, due);

        var resumedDue = _calendar.AddWorkingTime(At("2026-03-09 15:30"), remaining);

        remaining.ShouldBe(TimeSpan.FromHours(16));
        resumedDue.ShouldBe(At("2026-03-11 15:30"));
    }
}
