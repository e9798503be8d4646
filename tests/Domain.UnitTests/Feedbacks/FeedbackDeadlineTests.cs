using OneStop.Domain.Calendar;
using OneStop.Domain.Feedbacks;
using OneStop.Domain.Feedbacks.Exceptions;
using static OneStop.Domain.UnitTests.Calendar.CalendarTestData;
using static OneStop.Domain.UnitTests.Feedbacks.FeedbackFixture;

namespace OneStop.Domain.UnitTests.Feedbacks;

/// <summary>
/// Feedback deadlines on the working calendar of 2026 with its holidays (domain.md, "Deadlines"): 5 working days to route,
/// 10 to answer, 20 when other agencies are consulted, all counted from the instant of the step with the 15:00 cut-off.
/// </summary>
public sealed class FeedbackDeadlineTests
{
    private readonly WorkingCalendar _calendar = ConfiguredCalendar();

    private Feedback ReceivedAt(string local, FeedbackDeadlines? deadlines = null) => Submit(At(local), _calendar, deadlines ?? FeedbackDeadlines.Default);

    private Feedback AssignedAt(string local, bool consultsOtherAgencies = false, FeedbackDeadlines? deadlines = null)
    {
        var assignedAt = At(local);
        var feedback = Submit(assignedAt.AddHours(-1), _calendar, deadlines ?? FeedbackDeadlines.Default);
        feedback.Assign(FeedbackCategory.RegulationsAndProcedures, AgencyA, consultsOtherAgencies, null, Receptionist(ReceivingAgency), assignedAt,
            _calendar, deadlines ?? FeedbackDeadlines.Default);
        return feedback;
    }

    [TestCase("2026-03-02 09:00", "2026-03-09 09:00", TestName = "ShouldBeDueForRoutingFiveWorkingDaysAfterAMorningReception")]
    [TestCase("2026-03-02 14:59", "2026-03-09 14:59", TestName = "ShouldCountFromReceptionWhenReceivedJustBeforeTheCutOff")]
    [TestCase("2026-03-02 15:30", "2026-03-09 17:00", TestName = "ShouldCountFromTheNextWorkingDayWhenReceivedAfterTheCutOff")]
    [TestCase("2026-03-06 16:00", "2026-03-13 17:00", TestName = "ShouldCountFromMondayWhenReceivedFridayAfterTheCutOff")]
    [TestCase("2026-03-07 10:00", "2026-03-13 17:00", TestName = "ShouldCountFromMondayWhenReceivedOnSaturday")]
    [TestCase("2026-02-12 09:00", "2026-02-26 09:00", TestName = "ShouldSkipTheFiveDaysOfTetWhenReceivedTheThursdayBefore")]
    [TestCase("2026-02-13 15:30", "2026-02-27 17:00", TestName = "ShouldCountFromTheMondayAfterTetWhenReceivedTheFridayBeforeAfterTheCutOff")]
    [TestCase("2026-02-17 10:00", "2026-02-27 17:00", TestName = "ShouldCountFromTheMondayAfterTetWhenReceivedDuringIt")]
    [TestCase("2026-04-29 10:00", "2026-05-08 10:00", TestName = "ShouldSkipThirtyAprilAndFirstMayWhenReceivedTheWednesdayBefore")]
    [TestCase("2026-04-24 09:00", "2026-05-06 09:00", TestName = "ShouldSkipTheHungKingsDayOffAndThirtyAprilAndFirstMay")]
    public void ShouldComputeTheRoutingDeadline(string received, string due)
    {
        var feedback = ReceivedAt(received);

        feedback.ReceivedAt.ShouldBe(At(received));
        feedback.AssignDueAt.ShouldBe(At(due));
        feedback.DueAt.ShouldBe(At(due));
        feedback.AnswerDueAt.ShouldBeNull();
    }

    [TestCase("2026-03-09 10:00", false, "2026-03-23 10:00", TestName = "ShouldBeDueForAnAnswerTenWorkingDaysAfterAssignment")]
    [TestCase("2026-03-09 10:00", true, "2026-04-06 10:00", TestName = "ShouldBeDueForAnAnswerTwentyWorkingDaysAfterAssignmentWhenOtherAgenciesAreConsulted")]
    [TestCase("2026-03-09 16:00", false, "2026-03-23 17:00", TestName = "ShouldCountTheAnswerPeriodFromTheNextWorkingDayWhenAssignedAfterTheCutOff")]
    [TestCase("2026-04-23 10:00", false, "2026-05-12 10:00", TestName = "ShouldSkipTheAprilAndMayHolidaysInTheAnswerPeriod")]
    [TestCase("2026-02-05 10:00", false, "2026-02-26 10:00", TestName = "ShouldSkipTetInTheAnswerPeriod")]
    public void ShouldComputeTheAnswerDeadlineFromTheAssignment(string assigned, bool consults, string due)
    {
        var feedback = AssignedAt(assigned, consults);

        feedback.AssignedAt.ShouldBe(At(assigned));
        feedback.AnswerDueAt.ShouldBe(At(due));
        feedback.DueAt.ShouldBe(At(due));
        feedback.ConsultsOtherAgencies.ShouldBe(consults);
    }

    [Test]
    public void ShouldRestartTheAnswerPeriodAtTheAgencyReceivingATransfer()
    {
        var feedback = AssignedAt("2026-03-09 10:00");

        feedback.Transfer(AgencyB, "Ngoài thẩm quyền", false, Processor(AgencyA), At("2026-03-11 14:00"), _calendar, FeedbackDeadlines.Default);

        feedback.AnswerDueAt.ShouldBe(At("2026-03-25 14:00"));
        feedback.DueAt.ShouldBe(At("2026-03-25 14:00"));
    }

    [Test]
    public void ShouldGiveTheReceivingAgencyTwentyDaysWhenItMustConsultOthers()
    {
        var feedback = AssignedAt("2026-03-09 10:00");

        feedback.Transfer(AgencyB, "Ngoài thẩm quyền", true, Processor(AgencyA), At("2026-03-11 14:00"), _calendar, FeedbackDeadlines.Default);

        feedback.AnswerDueAt.ShouldBe(At("2026-04-08 14:00"));
        feedback.ConsultsOtherAgencies.ShouldBeTrue();
    }

    [TestCase("2026-03-20 09:00", true, TestName = "ShouldRecordAnAnswerApprovedBeforeTheDueInstantAsOnTime")]
    [TestCase("2026-03-23 10:00", true, TestName = "ShouldRecordAnAnswerApprovedExactlyAtTheDueInstantAsOnTime")]
    [TestCase("2026-03-23 10:01", false, TestName = "ShouldRecordAnAnswerApprovedAfterTheDueInstantAsLate")]
    [TestCase("2026-04-02 09:00", false, TestName = "ShouldRecordAnAnswerApprovedDaysAfterTheDueInstantAsLate")]
    public void ShouldJudgeTheAnswerAgainstItsDueInstant(string approved, bool onTime)
    {
        var feedback = AssignedAt("2026-03-09 10:00");
        feedback.DraftAnswer("Trả lời", Processor(AgencyA), At("2026-03-19 09:00"));

        feedback.ApproveAnswer(Leader(AgencyA), At(approved));

        feedback.Answer!.OnTime.ShouldBe(onTime);
        feedback.Answer.AnsweredAt.ShouldBe(At(approved));
        feedback.DueAt.ShouldBeNull();
        feedback.AnswerDueAt.ShouldBe(At("2026-03-23 10:00"));
    }

    [Test]
    public void ShouldJudgeAnAnswerAfterATransferAgainstTheNewAgencysDeadline()
    {
        var feedback = AssignedAt("2026-03-09 10:00");
        feedback.Transfer(AgencyB, "Ngoài thẩm quyền", false, Processor(AgencyA), At("2026-03-11 14:00"), _calendar, FeedbackDeadlines.Default);
        feedback.DraftAnswer("Trả lời", Processor(AgencyB), At("2026-03-24 09:00"));

        // Late against A's original deadline (23 March 10:00), on time against B's (25 March 14:00).
        feedback.ApproveAnswer(Leader(AgencyB), At("2026-03-24 10:00"));

        feedback.Answer!.OnTime.ShouldBeTrue();
    }

    [Test]
    public void ShouldGiveAReopenedFeedbackANewAnswerPeriodFromTheReopening()
    {
        var feedback = AssignedAt("2026-04-20 09:00");
        feedback.DraftAnswer("Trả lời", Processor(AgencyA), At("2026-04-21 09:00"));
        feedback.ApproveAnswer(Leader(AgencyA), At("2026-04-21 10:00"));

        feedback.Reopen("Chưa thỏa đáng", Citizen, At("2026-04-24 15:30"), _calendar, FeedbackDeadlines.Default);

        // After the cut-off: counts from Tuesday 28 April (27 April is the Hùng Kings day off), skips 30 April and 1 May.
        feedback.AnswerDueAt.ShouldBe(At("2026-05-13 17:00"));
        feedback.DueAt.ShouldBe(At("2026-05-13 17:00"));
    }

    [Test]
    public void ShouldJudgeTheSecondAnswerAgainstTheReopenedDeadline()
    {
        var feedback = AssignedAt("2026-03-02 10:00");
        feedback.DraftAnswer("Trả lời", Processor(AgencyA), At("2026-03-03 09:00"));
        feedback.ApproveAnswer(Leader(AgencyA), At("2026-03-03 10:00"));
        feedback.Reopen("Chưa thỏa đáng", Citizen, At("2026-03-04 09:00"), _calendar, FeedbackDeadlines.Default);
        feedback.DraftAnswer("Trả lời lần hai", Processor(AgencyA), At("2026-03-18 10:00"));

        feedback.ApproveAnswer(Leader(AgencyA), At("2026-03-18 10:00"));

        feedback.AnswerDueAt.ShouldBe(At("2026-03-18 09:00"));
        feedback.Answer!.OnTime.ShouldBeFalse();
        feedback.Answers.Single(a => a.Sequence == 1).OnTime.ShouldBeTrue();
    }

    [Test]
    public void ShouldHaveTheDefaultsOfDomainMd()
    {
        var defaults = FeedbackDeadlines.Default;

        (defaults.AssignWorkingDays, defaults.AnswerWorkingDays, defaults.AnswerWithConsultationWorkingDays, defaults.ReopenDays).ShouldBe((5, 10, 20, 30));
        defaults.AssignWithin.ShouldBe(TimeSpan.FromHours(40));
        defaults.AnswerWithin(false).ShouldBe(TimeSpan.FromHours(80));
        defaults.AnswerWithin(true).ShouldBe(TimeSpan.FromHours(160));
    }

    /// <summary>A province that routes in 2 working days, answers in 3, or 4 when consulting, and lets the submitter reopen within 7 days.</summary>
    private static readonly FeedbackDeadlines Province = new(2, 3, 4, 7);

    [Test]
    public void ShouldHonourAConfiguredRoutingPeriod() =>
        ReceivedAt("2026-03-02 09:00", Province).AssignDueAt.ShouldBe(At("2026-03-04 09:00"));

    [TestCase(false, "2026-03-05 10:00")]
    [TestCase(true, "2026-03-06 10:00")]
    public void ShouldHonourAConfiguredAnswerPeriod(bool consults, string due) =>
        AssignedAt("2026-03-02 10:00", consults, Province).AnswerDueAt.ShouldBe(At(due));

    [Test]
    public void ShouldHonourAConfiguredAnswerPeriodAcrossTet() =>
        AssignedAt("2026-02-13 10:00", false, Province).AnswerDueAt.ShouldBe(At("2026-02-25 10:00"));

    [Test]
    public void ShouldHonourAConfiguredReopeningPeriod()
    {
        Feedback Answered()
        {
            var feedback = AssignedAt("2026-03-02 10:00", false, Province);
            feedback.DraftAnswer("Trả lời", Processor(AgencyA), At("2026-03-03 09:00"));
            feedback.ApproveAnswer(Leader(AgencyA), At("2026-03-03 10:00"));
            return feedback;
        }

        var late = Answered();
        var refused = Should.Throw<FeedbackRuleException>(() =>
            late.Reopen("Chưa thỏa đáng", Citizen, At("2026-03-10 10:01"), _calendar, Province));
        refused.Rule.ShouldBe("feedback-reopen-window-closed");
        refused.Message.ShouldContain("7 days");

        var inTime = Answered();
        inTime.Reopen("Chưa thỏa đáng", Citizen, At("2026-03-10 10:00"), _calendar, Province);
        inTime.Status.ShouldBe(FeedbackStatus.Assigned);
        inTime.AnswerDueAt.ShouldBe(At("2026-03-13 10:00"));
    }

    [Test]
    public void ShouldRefuseAReopeningOnTheThirtyFirstDayUnderTheDefaults()
    {
        var feedback = AssignedAt("2026-03-02 10:00");
        feedback.DraftAnswer("Trả lời", Processor(AgencyA), At("2026-03-03 09:00"));
        feedback.ApproveAnswer(Leader(AgencyA), At("2026-03-03 10:00"));

        Should.Throw<FeedbackRuleException>(() => feedback.Reopen("Muộn", Citizen, At("2026-04-02 10:01"), _calendar, FeedbackDeadlines.Default))
            .Rule.ShouldBe("feedback-reopen-window-closed");
        feedback.Reopen("Vừa kịp", Citizen, At("2026-04-02 10:00"), _calendar, FeedbackDeadlines.Default);
        feedback.Status.ShouldBe(FeedbackStatus.Assigned);
    }
}
