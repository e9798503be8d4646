using OneStop.Domain.Calendar;
using OneStop.Domain.Calendar.Events;
using OneStop.Domain.Calendar.Exceptions;
using static OneStop.Domain.UnitTests.Calendar.CalendarTestData;

namespace OneStop.Domain.UnitTests.Calendar;

public sealed class WorkingCalendarYearTests
{
    private static readonly OfficeSession Morning = new(Time("07:30"), Time("11:30"));
    private static readonly OfficeSession Afternoon = new(Time("13:00"), Time("17:00"));

    private static WorkingCalendarYear Create(
        IEnumerable<OfficeSession>? sessions = null,
        string cutOff = "15:00",
        IEnumerable<CalendarDay>? holidays = null,
        IEnumerable<CalendarDay>? makeUpDays = null) =>
        WorkingCalendarYear.Create(2026, sessions ?? [Morning, Afternoon], Time(cutOff), holidays ?? [], makeUpDays ?? []);

    [Test]
    public void ShouldDefaultToWeekdayOfficeHoursWithoutHolidays()
    {
        var year = WorkingCalendarYear.Default(2030);

        year.Year.ShouldBe(2030);
        year.Sessions.Select(s => s.ToString()).ShouldBe(["07:30–11:30", "13:00–17:00"]);
        year.CutOff.ShouldBe(Time("15:00"));
        year.Holidays.ShouldBeEmpty();
        year.MakeUpWorkingDays.ShouldBeEmpty();
    }

    [Test]
    public void ShouldOrderSessionsAndDays()
    {
        var year = Create(
            sessions: [Afternoon, Morning],
            holidays: [Named("2026-09-02"), Named("2026-01-01")],
            makeUpDays: [Named("2026-08-22"), Named("2026-01-10")]);

        year.Sessions.Select(s => s.Start).ShouldBe([Time("07:30"), Time("13:00")]);
        year.Holidays.Select(d => d.Date).ShouldBe([Day("2026-01-01"), Day("2026-09-02")]);
        year.MakeUpWorkingDays.Select(d => d.Date).ShouldBe([Day("2026-01-10"), Day("2026-08-22")]);
    }

    [TestCase("2026-02-16", false, TestName = "ShouldNotWorkOnAHoliday")]
    [TestCase("2026-02-13", true, TestName = "ShouldWorkOnAnOrdinaryWeekday")]
    [TestCase("2026-08-22", true, TestName = "ShouldWorkOnAMakeUpSaturday")]
    [TestCase("2026-08-23", false, TestName = "ShouldNotWorkOnAnOrdinarySunday")]
    public void ShouldKnowItsWorkingDays(string date, bool expected) =>
        Year2026().IsWorkingDay(Day(date)).ShouldBe(expected);

    private static IEnumerable<TestCaseData> InvalidYears()
    {
        yield return Case("2025-12-31", () => Create(holidays: [Named("2025-12-31")]), "ShouldRejectAHolidayOfAnotherYear");
        yield return Case("2027-01-02", () => Create(makeUpDays: [Named("2027-01-02")]), "ShouldRejectAMakeUpDayOfAnotherYear");
        yield return Case("2026-02-16", () => Create(holidays: [Named("2026-02-16"), Named("2026-02-16", "Tết")]), "ShouldRejectAHolidayListedTwice");
        yield return Case("2026-08-22", () => Create(makeUpDays: [Named("2026-08-22"), Named("2026-08-22")]), "ShouldRejectAMakeUpDayListedTwice");
        yield return Case("2026-08-22", () => Create(holidays: [Named("2026-08-22")], makeUpDays: [Named("2026-08-22")]), "ShouldRejectADayThatIsBothHolidayAndMakeUpDay");
        yield return Case("2026-08-21", () => Create(makeUpDays: [Named("2026-08-21")]), "ShouldRejectAMakeUpDayOnAWeekday");
        yield return Case("2026-04-26", () => Create(holidays: [Named("2026-04-26")]), "ShouldRejectAHolidayOnASunday");
        yield return Case("at least one", () => Create(sessions: []), "ShouldRejectACalendarWithoutSessions");
        yield return Case("07:30–11:30 and 11:00–17:00", () => Create(sessions: [Morning, new(Time("11:00"), Time("17:00"))]), "ShouldRejectOverlappingSessions");
        yield return Case("17:00–13:00", () => Create(sessions: [new(Time("17:00"), Time("13:00"))]), "ShouldRejectASessionThatEndsBeforeItStarts");
        yield return Case("18:00", () => Create(cutOff: "18:00"), "ShouldRejectACutOffAfterHours");
        yield return Case("12:00", () => Create(cutOff: "12:00"), "ShouldRejectACutOffInTheLunchBreak");
        yield return Case("needs a name", () => Create(holidays: [new CalendarDay(Day("2026-01-01"), " ")]), "ShouldRejectAnUnnamedDay");

        static TestCaseData Case(string named, Action create, string name) => new TestCaseData(create, named).SetName(name);
    }

    [TestCaseSource(nameof(InvalidYears))]
    public void ShouldRejectAnInvalidCalendar(Action create, string named)
    {
        var exception = Should.Throw<InvalidWorkingCalendarException>(create);

        exception.Rule.ShouldBe("invalid-working-calendar");
        exception.Message.ShouldContain(named);
    }

    [Test]
    public void ShouldAcceptACutOffAtASessionBoundary() => Create(cutOff: "17:00").CutOff.ShouldBe(Time("17:00"));

    [Test]
    public void ShouldReviseTheYearAndRaiseAnEvent()
    {
        var year = Create();

        year.Revise([Morning, Afternoon], Time("16:00"), [Named("2026-09-02", "Quốc khánh")], [Named("2026-08-22")]);

        year.CutOff.ShouldBe(Time("16:00"));
        year.Holidays.Single().Name.ShouldBe("Quốc khánh");
        year.MakeUpWorkingDays.Single().Date.ShouldBe(Day("2026-08-22"));
        year.DomainEvents.ShouldHaveSingleItem().ShouldBe(new WorkingCalendarRevisedEvent(year.Id, 2026));
    }

    [Test]
    public void ShouldRaiseNothingWhenARevisionChangesNothing()
    {
        var year = Create(holidays: [Named("2026-09-02")]);

        year.Revise([new(Time("13:00"), Time("17:00")), new(Time("07:30"), Time("11:30"))], Time("15:00"), [Named("2026-09-02")], []);

        year.DomainEvents.ShouldBeEmpty();
    }

    [Test]
    public void ShouldKeepTheYearUnchangedWhenARevisionIsInvalid()
    {
        var year = Create(holidays: [Named("2026-09-02")]);

        Should.Throw<InvalidWorkingCalendarException>(() =>
            year.Revise([Morning, Afternoon], Time("15:00"), [Named("2026-09-01")], [Named("2026-09-03")]));

        year.Holidays.Single().Date.ShouldBe(Day("2026-09-02"));
        year.MakeUpWorkingDays.ShouldBeEmpty();
        year.DomainEvents.ShouldBeEmpty();
    }

    [Test]
    public void ShouldFallBackToTheDefaultCalendarForAYearNobodyConfigured()
    {
        var calendar = new WorkingCalendar([Year2026()], Vietnam);

        calendar.IsWorkingDay(Day("2027-01-01")).ShouldBeTrue();
        calendar.IsWorkingDay(Day("2030-01-05")).ShouldBeFalse();
        calendar.DueAt(At("2030-01-04 15:30"), TimeSpan.FromHours(8)).ShouldBe(At("2030-01-07 17:00"));
    }

    [Test]
    public void ShouldRejectAYearConfiguredTwice() =>
        Should.Throw<ArgumentException>(() => new WorkingCalendar([Year2026(), Year2026()], Vietnam));

    [Test]
    public void ShouldNotSeeRevisionsMadeAfterTheCalendarWasBuilt()
    {
        var year = Year2026();
        var calendar = new WorkingCalendar([year], Vietnam);

        year.Revise(year.Sessions, year.CutOff, [], []);

        calendar.IsWorkingDay(Day("2026-02-16")).ShouldBeFalse();
    }
}
