using OneStop.Domain.Calendar;
using static OneStop.Domain.UnitTests.Calendar.CalendarTestData;

namespace OneStop.Domain.UnitTests.Calendar;

public sealed class ClassifyTests
{
    private readonly WorkingCalendar _calendar = ConfiguredCalendar();

    [TestCase("2026-03-04 16:00", "2026-03-05 09:00", Timeliness.Early, TestName = "ShouldBeEarlyWhenCompletedTheDayBefore")]
    [TestCase("2026-03-05 07:29", "2026-03-05 09:00", Timeliness.Early, TestName = "ShouldBeEarlyWhenCompletedBeforeTheOpeningOfTheDueDay")]
    [TestCase("2026-03-05 07:30", "2026-03-05 09:00", Timeliness.OnTime, TestName = "ShouldBeOnTimeWhenCompletedAtTheOpeningOfTheDueDay")]
    [TestCase("2026-03-05 09:00", "2026-03-05 09:00", Timeliness.OnTime, TestName = "ShouldBeOnTimeWhenCompletedExactlyAtTheDueInstant")]
    [TestCase("2026-03-05 16:59", "2026-03-05 17:00", Timeliness.OnTime, TestName = "ShouldBeOnTimeWhenCompletedJustBeforeTheClosingDue")]
    [TestCase("2026-03-05 09:00:01", "2026-03-05 09:00", Timeliness.Late, TestName = "ShouldBeLateWhenCompletedASecondAfterTheDueInstant")]
    [TestCase("2026-03-06 08:00", "2026-03-05 17:00", Timeliness.Late, TestName = "ShouldBeLateWhenCompletedTheNextDay")]
    [TestCase("2026-02-13 10:00", "2026-02-23 09:00", Timeliness.Early, TestName = "ShouldBeEarlyWhenCompletedBeforeTheHolidays")]
    public void ShouldClassifyTheCompletion(string completed, string due, Timeliness expected) =>
        _calendar.Classify(At(completed), At(due)).ShouldBe(expected);

    [Test]
    public void ShouldJudgeTheDueDayInTheCalendarOffset()
    {
        // 06:30 in Vietnam on the due day is 23:30 UTC the day before: still before the opening, so early.
        var completed = new DateTimeOffset(2026, 3, 4, 23, 30, 0, TimeSpan.Zero);

        _calendar.Classify(completed, At("2026-03-05 09:00")).ShouldBe(Timeliness.Early);
    }
}
