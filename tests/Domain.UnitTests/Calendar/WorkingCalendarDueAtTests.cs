using OneStop.Domain.Calendar;
using static OneStop.Domain.UnitTests.Calendar.CalendarTestData;

namespace OneStop.Domain.UnitTests.Calendar;

public sealed class WorkingCalendarDueAtTests
{
    private readonly WorkingCalendar _calendar = ConfiguredCalendar();

    // Monday 2 to Friday 6 March 2026 is a week without holidays.
    [TestCase("2026-03-02 09:00", 24, "2026-03-05 09:00", TestName = "ShouldBeDueThursdayAtTheSameTimeWhenGivenThreeDaysFromMondayMorning")]
    [TestCase("2026-03-02 15:30", 24, "2026-03-05 17:00", TestName = "ShouldCountFromTuesdayOpeningWhenReceivedMondayAfterTheCutOff")]
    [TestCase("2026-03-02 15:00", 8, "2026-03-03 17:00", TestName = "ShouldCountFromTheNextDayWhenReceivedExactlyAtTheCutOff")]
    [TestCase("2026-03-02 14:59", 8, "2026-03-03 14:59", TestName = "ShouldCountFromReceptionWhenReceivedJustBeforeTheCutOff")]
    [TestCase("2026-03-02 10:00", 4, "2026-03-02 15:30", TestName = "ShouldSkipTheLunchBreakWhenTheTimeRunsThroughIt")]
    [TestCase("2026-03-02 09:30", 4, "2026-03-02 15:00", TestName = "ShouldEndAtThreeWhenFourHoursStartAtHalfPastNine")]
    [TestCase("2026-03-02 12:00", 1, "2026-03-02 14:00", TestName = "ShouldCountFromTheAfternoonOpeningWhenReceivedAtLunch")]
    [TestCase("2026-03-02 06:00", 1, "2026-03-02 08:30", TestName = "ShouldCountFromTheOpeningWhenReceivedBeforeIt")]
    [TestCase("2026-03-02 18:00", 1, "2026-03-03 08:30", TestName = "ShouldCountFromTheNextOpeningWhenReceivedInTheEvening")]
    [TestCase("2026-03-07 10:00", 8, "2026-03-09 17:00", TestName = "ShouldCountFromMondayWhenReceivedOnSaturday")]
    [TestCase("2026-03-08 20:00", 8, "2026-03-09 17:00", TestName = "ShouldCountFromMondayWhenReceivedOnSundayEvening")]
    [TestCase("2026-03-02 07:30", 4, "2026-03-02 11:30", TestName = "ShouldBeDueAtTheSessionEndWhenTheTimeRunsOutThere")]
    [TestCase("2026-03-02 07:30", 8, "2026-03-02 17:00", TestName = "ShouldBeDueAtTheClosingWhenAWholeDayIsGivenFromTheOpening")]
    [TestCase("2026-03-02 09:00", 0, "2026-03-02 09:00", TestName = "ShouldBeDueAtReceptionWhenNoTimeIsGiven")]
    [TestCase("2026-02-13 09:00", 8, "2026-02-23 09:00", TestName = "ShouldSkipTetWhenOneWorkingDayStartsTheFridayBefore")]
    [TestCase("2026-08-21 09:00", 8, "2026-08-22 09:00", TestName = "ShouldCountTheMakeUpSaturdayAsAWorkingDay")]
    [TestCase("2026-08-22 09:00", 8, "2026-08-24 09:00", TestName = "ShouldCountFromReceptionWhenReceivedOnTheMakeUpSaturday")]
    [TestCase("2026-08-22 16:00", 1, "2026-08-24 08:30", TestName = "ShouldApplyTheCutOffOnTheMakeUpSaturday")]
    [TestCase("2026-08-28 09:00", 8, "2026-09-03 09:00", TestName = "ShouldSkipTheNationalDayBreakWhenOneWorkingDayStartsTheFridayBefore")]
    [TestCase("2026-12-31 09:00", 8, "2027-01-04 09:00", TestName = "ShouldCrossTheYearSkippingNewYearsDay")]
    [TestCase("2026-12-31 15:30", 8, "2027-01-04 17:00", TestName = "ShouldCountFromTheFirstWorkingDayOfTheNextYearWhenReceivedAfterTheCutOff")]
    [TestCase("2026-03-02 09:00", 120, "2026-03-23 09:00", TestName = "ShouldSkipWholeWeeksWhenGivenFifteenWorkingDays")]
    public void ShouldComputeTheDueInstant(string received, int hours, string expected) =>
        _calendar.DueAt(At(received), TimeSpan.FromHours(hours)).ShouldBe(At(expected));

    [Test]
    public void ShouldAnswerInTheCalendarOffsetWhenReceivedInAnother()
    {
        var mondayNineInUtc = new DateTimeOffset(2026, 3, 2, 2, 0, 0, TimeSpan.Zero);

        var due = _calendar.DueAt(mondayNineInUtc, TimeSpan.FromHours(24));

        due.ShouldBe(At("2026-03-05 09:00"));
        due.Offset.ShouldBe(Vietnam);
    }

    [Test]
    public void ShouldKeepSecondsWhenReceivedBetweenMinutes() =>
        _calendar.DueAt(At("2026-03-02 09:00:30"), TimeSpan.FromHours(1)).ShouldBe(At("2026-03-02 10:00:30"));

    [Test]
    public void ShouldRejectANegativeWorkingTime() =>
        Should.Throw<ArgumentOutOfRangeException>(() => _calendar.DueAt(At("2026-03-02 09:00"), TimeSpan.FromHours(-1)));

    [TestCase("2026-03-02 09:00", "2026-03-02 09:00", TestName = "ShouldStartCountingAtReceptionWhenReceivedInOfficeHours")]
    [TestCase("2026-03-02 15:00", "2026-03-03 07:30", TestName = "ShouldStartCountingNextMorningWhenReceivedAtTheCutOff")]
    [TestCase("2026-03-06 16:00", "2026-03-09 07:30", TestName = "ShouldStartCountingOnMondayWhenReceivedFridayAfterTheCutOff")]
    [TestCase("2026-02-14 10:00", "2026-02-23 07:30", TestName = "ShouldStartCountingAfterTetWhenReceivedDuringIt")]
    public void ShouldStartCountingAtTheRightInstant(string received, string expected) =>
        _calendar.CountingStartsAt(At(received)).ShouldBe(At(expected));

    [TestCase("2026-03-02 15:30", 8, "2026-03-03 15:30", TestName = "ShouldIgnoreTheCutOffWhenResuming")]
    [TestCase("2026-03-02 18:00", 1, "2026-03-03 08:30", TestName = "ShouldResumeAtTheNextOpeningWhenResumedAfterHours")]
    [TestCase("2026-03-02 12:00", 1, "2026-03-02 14:00", TestName = "ShouldResumeAtTheAfternoonOpeningWhenResumedAtLunch")]
    [TestCase("2026-02-13 16:00", 2, "2026-02-23 08:30", TestName = "ShouldResumeAcrossTetWhenTheTimeDoesNotFitBeforeIt")]
    [TestCase("2026-03-02 11:30", 0, "2026-03-02 13:00", TestName = "ShouldMoveToTheNextOfficeInstantWhenNoTimeIsAddedAtASessionEnd")]
    public void ShouldAddWorkingTime(string from, int hours, string expected) =>
        _calendar.AddWorkingTime(At(from), TimeSpan.FromHours(hours)).ShouldBe(At(expected));

    [TestCase("2026-03-02 09:00", "2026-03-02 09:00")]
    [TestCase("2026-03-02 17:00", "2026-03-03 07:30")]
    [TestCase("2026-03-06 17:00", "2026-03-09 07:30")]
    [TestCase("2026-08-21 17:00", "2026-08-22 07:30")]
    public void ShouldFindTheNextOfficeInstant(string instant, string expected) =>
        _calendar.NextOfficeInstant(At(instant)).ShouldBe(At(expected));

    [Test]
    public void ShouldGiveUpWhenNoOfficeTimeIsFoundForTenYears()
    {
        var closed = Enumerable.Range(2026, 11).Select(year => WorkingCalendarYear.Create(
            year,
            WorkingCalendarYear.DefaultSessions,
            WorkingCalendarYear.DefaultCutOff,
            Enumerable.Range(0, DateTime.IsLeapYear(year) ? 366 : 365)
                .Select(offset => new DateOnly(year, 1, 1).AddDays(offset))
                .Where(d => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
                .Select(d => new CalendarDay(d, "Đóng cửa")),
            []));
        var calendar = new WorkingCalendar(closed, Vietnam);

        Should.Throw<InvalidOperationException>(() => calendar.DueAt(At("2026-03-02 09:00"), TimeSpan.FromHours(1)));
    }
}
