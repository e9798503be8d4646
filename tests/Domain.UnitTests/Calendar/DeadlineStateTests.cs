using OneStop.Domain.Calendar;
using static OneStop.Domain.UnitTests.Calendar.CalendarTestData;

namespace OneStop.Domain.UnitTests.Calendar;

public sealed class DeadlineStateTests
{
    private readonly WorkingCalendar _calendar = ConfiguredCalendar();

    [TestCase("2026-03-05 09:01", true)]
    [TestCase("2026-03-05 09:00", false)]
    [TestCase("2026-03-04 09:00", false)]
    public void ShouldBeOverdueOnlyAfterTheDueInstant(string now, bool expected) =>
        DeadlineState.IsOverdue(At(now), At("2026-03-05 09:00")).ShouldBe(expected);

    [TestCase("2026-03-04 09:00", "2026-03-05 09:00", true, TestName = "ShouldBeDueSoonWhenOneWorkingDayIsLeft")]
    [TestCase("2026-03-04 08:59", "2026-03-05 09:00", false, TestName = "ShouldNotBeDueSoonWhenMoreThanOneWorkingDayIsLeft")]
    [TestCase("2026-03-05 09:00", "2026-03-05 09:00", true, TestName = "ShouldBeDueSoonAtTheDueInstant")]
    [TestCase("2026-03-05 09:01", "2026-03-05 09:00", false, TestName = "ShouldNotBeDueSoonWhenOverdue")]
    [TestCase("2026-02-13 10:00", "2026-02-23 09:00", true, TestName = "ShouldBeDueSoonWhenOnlyHolidaysLieAhead")]
    public void ShouldFlagDueSoonWithTheDefaultThreshold(string now, string due, bool expected) =>
        _calendar.IsDueSoon(At(now), At(due)).ShouldBe(expected);

    [Test]
    public void ShouldDefaultTheThresholdToOneWorkingDay() =>
        DeadlineState.DefaultDueSoonThreshold.ShouldBe(TimeSpan.FromHours(8));

    [TestCase("2026-03-05 07:30", true)]
    [TestCase("2026-03-04 15:00", false)]
    public void ShouldFlagDueSoonWithAGivenThreshold(string now, bool expected) =>
        _calendar.IsDueSoon(At(now), At("2026-03-05 09:00"), TimeSpan.FromHours(2)).ShouldBe(expected);
}
