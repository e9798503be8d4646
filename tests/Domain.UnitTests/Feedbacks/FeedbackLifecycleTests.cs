using OneStop.Domain.Feedbacks;
using OneStop.Domain.Feedbacks.Exceptions;
using static OneStop.Domain.UnitTests.Feedbacks.FeedbackFixture;

namespace OneStop.Domain.UnitTests.Feedbacks;

/// <summary>
/// A feedback's life across two agencies (domain.md, "Feedback (PAKN)"; issue 5): routed, transferred with its reason,
/// drafted, returned, revised, approved, published, rated, reopened once and answered again; complaints closed as not in scope.
/// </summary>
public sealed class FeedbackLifecycleTests
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    /// <summary>A day of March 2026, in Vietnam.</summary>
    private static DateTimeOffset March(int day, int hour, int minute = 0) => new(2026, 3, day, hour, minute, 0, Vietnam);

    [Test]
    public void ShouldGoFromReceptionThroughATransferAndAReopeningToARatedSecondAnswer()
    {
        var processorB = Processor(AgencyB) with { Name = "Hồ Văn Giang" };
        var leaderB = Leader(AgencyB) with { Name = "Đặng Thu Hà" };

        // Received at the province's service centre, routed to commune A.
        var feedback = Submit(March(2, 9));
        feedback.Assign(FeedbackCategory.RegulationsAndProcedures, AgencyA, false, "Thuộc lĩnh vực chứng thực", Receptionist(ReceivingAgency),
            March(2, 10), WorkCalendar, Deadlines);
        feedback.Status.ShouldBe(FeedbackStatus.Assigned);
        feedback.AssignedAt.ShouldBe(March(2, 10));
        feedback.AnswerDueAt.ShouldBe(March(16, 10));

        // Commune A transfers it to commune B: the answer period starts again at B.
        feedback.Transfer(AgencyB, "Địa chỉ thuộc phường Bắc Nha Trang", false, Processor(AgencyA), March(4, 14), WorkCalendar, Deadlines);
        feedback.Status.ShouldBe(FeedbackStatus.Transferred);
        feedback.HandlingAgencyId.ShouldBe(AgencyB);
        feedback.AnswerDueAt.ShouldBe(March(18, 14));
        feedback.DueAt.ShouldBe(March(18, 14));
        var hops = feedback.History.Where(h => h.ToAgencyId is not null && h.Action != FeedbackAction.Submit).OrderBy(h => h.Sequence).ToList();
        hops.Select(h => (h.Action, h.FromAgencyId, h.ToAgencyId, h.Note)).ShouldBe(
        [
            (FeedbackAction.Assign, ReceivingAgency, AgencyA, "Thuộc lĩnh vực chứng thực"),
            (FeedbackAction.Transfer, AgencyA, AgencyB, "Địa chỉ thuộc phường Bắc Nha Trang"),
        ]);

        // B's processor drafts; B's leader sends it back, and cannot approve it while it is returned.
        feedback.DraftAnswer("  Dự thảo lần một  ", processorB, March(5, 9));
        feedback.DraftText.ShouldBe("Dự thảo lần một");
        feedback.DraftedByName.ShouldBe("Hồ Văn Giang");
        Should.Throw<FeedbackActionForbiddenException>(() => feedback.ApproveAnswer(Leader(AgencyA), March(5, 9, 30)));
        feedback.ReturnDraft("Nêu rõ căn cứ pháp lý", leaderB, March(5, 10));
        feedback.DraftReturnNote.ShouldBe("Nêu rõ căn cứ pháp lý");
        feedback.Status.ShouldBe(FeedbackStatus.Transferred);
        Should.Throw<FeedbackRuleException>(() => feedback.ApproveAnswer(leaderB, March(5, 11))).Rule.ShouldBe("feedback-draft-returned");
        feedback.Answers.ShouldBeEmpty();

        // The processor revises; the leader approves: the answer is B's, on time.
        feedback.DraftAnswer("Theo Nghị định 23/2015/NĐ-CP, hồ sơ đã được giải quyết.", processorB, March(6, 9));
        feedback.DraftReturnNote.ShouldBeNull();
        feedback.ApproveAnswer(leaderB, March(6, 10));
        feedback.Status.ShouldBe(FeedbackStatus.Answered);
        feedback.DueAt.ShouldBeNull();
        feedback.DraftText.ShouldBeNull();
        var first = feedback.Answer.ShouldNotBeNull();
        first.Sequence.ShouldBe(1);
        first.Text.ShouldBe("Theo Nghị định 23/2015/NĐ-CP, hồ sơ đã được giải quyết.");
        first.AgencyId.ShouldBe(AgencyB);
        first.DraftedByName.ShouldBe("Hồ Văn Giang");
        first.ApprovedById.ShouldBe(leaderB.UserId);
        first.ApprovedByName.ShouldBe("Đặng Thu Hà");
        first.AnsweredAt.ShouldBe(March(6, 10));
        first.OnTime.ShouldBeTrue();

        // Published, then rated once by its submitter.
        feedback.Publish(leaderB, March(6, 11));
        feedback.Status.ShouldBe(FeedbackStatus.Published);
        feedback.PublishedAt.ShouldBe(March(6, 11));
        feedback.Rate(false, "  Chưa giải thích vì sao trễ hạn  ", Citizen, March(9, 9));
        first.Satisfied.ShouldBe(false);
        first.RatingComment.ShouldBe("Chưa giải thích vì sao trễ hạn");
        first.RatedAt.ShouldBe(March(9, 9));
        Should.Throw<FeedbackRuleException>(() => feedback.Rate(true, null, Citizen, March(9, 10))).Rule.ShouldBe("feedback-already-rated");
        first.Satisfied.ShouldBe(false);

        // Reopened: back to B with a new answer deadline; the published page stays public, shown as not answered until it is again.
        feedback.Reopen("Tôi cần biết lý do trễ hạn", Citizen, March(10, 9), WorkCalendar, Deadlines);
        feedback.Status.ShouldBe(FeedbackStatus.Assigned);
        feedback.HandlingAgencyId.ShouldBe(AgencyB);
        feedback.PublishedAt.ShouldBe(March(6, 11));
        feedback.ReopenedAt.ShouldBe(March(10, 9));
        feedback.AnswerDueAt.ShouldBe(March(24, 9));
        feedback.DueAt.ShouldBe(March(24, 9));
        feedback.LastEntry().Note.ShouldBe("Tôi cần biết lý do trễ hạn");

        // The second answer is B's too; the submitter may rate it; the first answer and its rating stay.
        feedback.DraftAnswer("Hồ sơ trễ do phải xác minh tại chỗ.", processorB, March(11, 9));
        feedback.ApproveAnswer(leaderB, March(11, 10));
        feedback.Status.ShouldBe(FeedbackStatus.Answered);
        var second = feedback.Answer.ShouldNotBeNull();
        second.Sequence.ShouldBe(2);
        second.OnTime.ShouldBeTrue();
        feedback.Rate(true, null, Citizen, March(11, 11));
        second.Satisfied.ShouldBe(true);
        feedback.Answers.Count.ShouldBe(2);
        feedback.Answers.Single(a => a.Sequence == 1).Satisfied.ShouldBe(false);

        // Once only.
        Should.Throw<FeedbackRuleException>(() => feedback.Reopen("Lần nữa", Citizen, March(11, 12), WorkCalendar, Deadlines))
            .Rule.ShouldBe("feedback-already-reopened");
        feedback.Publish(leaderB, March(11, 13));
        feedback.PublishedAt.ShouldBe(March(11, 13));
        Should.Throw<FeedbackRuleException>(() => feedback.Reopen("Lần nữa", Citizen, March(11, 14), WorkCalendar, Deadlines))
            .Rule.ShouldBe("feedback-already-reopened");
        feedback.Status.ShouldBe(FeedbackStatus.Published);

        feedback.History.Select(h => h.Action).ShouldBe(
        [
            FeedbackAction.Submit, FeedbackAction.Assign, FeedbackAction.Transfer, FeedbackAction.DraftAnswer, FeedbackAction.ReturnDraft,
            FeedbackAction.DraftAnswer, FeedbackAction.ApproveAnswer, FeedbackAction.Publish, FeedbackAction.Rate, FeedbackAction.Reopen,
            FeedbackAction.DraftAnswer, FeedbackAction.ApproveAnswer, FeedbackAction.Rate, FeedbackAction.Publish,
        ]);
        feedback.History.Select(h => h.Sequence).ShouldBe(Enumerable.Range(1, 14));
    }

    [Test]
    public void ShouldRecordWhoMovedItAndWhen()
    {
        var receptionist = Receptionist(ReceivingAgency);
        var feedback = Submit();

        feedback.Assign(FeedbackCategory.OfficerConduct, AgencyA, true, null, receptionist, Later, WorkCalendar, Deadlines);

        var entry = feedback.LastEntry();
        (entry.ActorId, entry.ActorName, entry.At, entry.FromStatus, entry.ToStatus).ShouldBe(
            (receptionist.UserId, receptionist.Name, Later, FeedbackStatus.Received, FeedbackStatus.Assigned));
        feedback.Category.ShouldBe(FeedbackCategory.OfficerConduct);
        feedback.ConsultsOtherAgencies.ShouldBeTrue();
    }

    [Test]
    public void ShouldLetTheRoutingAgencyKeepAFeedbackItIsCompetentFor()
    {
        var feedback = Submit();

        feedback.Assign(FeedbackCategory.RegulationsAndProcedures, ReceivingAgency, false, null, Receptionist(ReceivingAgency), Later, WorkCalendar, Deadlines);

        feedback.HandlingAgencyId.ShouldBe(ReceivingAgency);
        feedback.Status.ShouldBe(FeedbackStatus.Assigned);
    }

    [Test]
    public void ShouldKeepEveryHopWhenTransferredTwice()
    {
        var feedback = In(FeedbackStatus.Transferred);

        feedback.Transfer(AgencyA, "Thuộc thẩm quyền phường Nha Trang", true, Processor(AgencyB), Later, WorkCalendar, Deadlines);

        feedback.History.Where(h => h.Action == FeedbackAction.Transfer).Select(h => (h.FromAgencyId, h.ToAgencyId)).ShouldBe(
            [(AgencyA, AgencyB), (AgencyB, AgencyA)]);
        feedback.HandlingAgencyId.ShouldBe(AgencyA);
        feedback.Status.ShouldBe(FeedbackStatus.Transferred);
    }

    [Test]
    public void ShouldRefuseATransferToTheAgencyAlreadyHandlingIt()
    {
        var feedback = In(FeedbackStatus.Assigned);
        var before = StateOf(feedback);

        Should.Throw<FeedbackRuleException>(() => feedback.Transfer(AgencyA, "Nhầm", false, Processor(AgencyA), Later, WorkCalendar, Deadlines))
            .Rule.ShouldBe("feedback-transfer-to-own-agency");
        StateOf(feedback).ShouldBe(before);
    }

    [Test]
    public void ShouldDropThePendingDraftWhenTransferred()
    {
        var feedback = In(FeedbackStatus.Assigned, DraftState.Returned);

        feedback.Transfer(AgencyB, "Ngoài thẩm quyền", false, Leader(AgencyA), Later, WorkCalendar, Deadlines);

        (feedback.DraftText, feedback.DraftedByName, feedback.DraftedAt, feedback.DraftReturnNote).ShouldBe((null, null, null, null));
        Should.Throw<FeedbackRuleException>(() => feedback.ApproveAnswer(Leader(AgencyB), Later)).Rule.ShouldBe("feedback-no-draft");
    }

    [Test]
    public void ShouldRefuseApprovalWhenNothingIsDrafted()
    {
        var feedback = In(FeedbackStatus.Assigned);

        Should.Throw<FeedbackRuleException>(() => feedback.ApproveAnswer(Leader(AgencyA), Later)).Rule.ShouldBe("feedback-no-draft");
        Should.Throw<FeedbackRuleException>(() => feedback.ReturnDraft("Sửa", Leader(AgencyA), Later)).Rule.ShouldBe("feedback-no-draft");
        feedback.Status.ShouldBe(FeedbackStatus.Assigned);
    }

    [Test]
    public void ShouldRefuseToReturnADraftTwiceBeforeItIsRevised()
    {
        var feedback = In(FeedbackStatus.Assigned, DraftState.Returned);

        Should.Throw<FeedbackRuleException>(() => feedback.ReturnDraft("Lần nữa", Leader(AgencyA), Later)).Rule.ShouldBe("feedback-draft-returned");
    }

    [Test]
    public void ShouldAllowReopeningExactlyThirtyDaysAfterTheAnswer()
    {
        var feedback = In(FeedbackStatus.Published);
        var answeredAt = feedback.Answer!.AnsweredAt;

        feedback.Reopen("Chưa thỏa đáng", Citizen, answeredAt.AddDays(30), WorkCalendar, Deadlines);

        feedback.Status.ShouldBe(FeedbackStatus.Assigned);
    }

    [Test]
    public void ShouldRefuseReopeningMoreThanThirtyDaysAfterTheAnswer()
    {
        var feedback = In(FeedbackStatus.Published);
        var before = StateOf(feedback);

        var refused = Should.Throw<FeedbackRuleException>(() =>
            feedback.Reopen("Chưa thỏa đáng", Citizen, feedback.Answer!.AnsweredAt.AddDays(30).AddSeconds(1), WorkCalendar, Deadlines));

        refused.Rule.ShouldBe("feedback-reopen-window-closed");
        refused.Message.ShouldContain("30 days");
        StateOf(feedback).ShouldBe(before);
    }

    [Test]
    public void ShouldRefuseASecondReopeningEvenWithinTheWindow()
    {
        var feedback = In(FeedbackStatus.Answered);
        feedback.Reopen("Lần một", Citizen, Later, WorkCalendar, Deadlines);
        feedback.DraftAnswer("Trả lời lần hai", Processor(AgencyA), Later.AddHours(1));
        feedback.ApproveAnswer(Leader(AgencyA), Later.AddHours(2));
        var before = StateOf(feedback);

        Should.Throw<FeedbackRuleException>(() => feedback.Reopen("Lần hai", Citizen, Later.AddHours(3), WorkCalendar, Deadlines))
            .Rule.ShouldBe("feedback-already-reopened");
        StateOf(feedback).ShouldBe(before);
    }

    [Test]
    public void ShouldRefuseASecondRatingOfTheSameAnswerWithoutChangingTheFirst()
    {
        var feedback = In(FeedbackStatus.Answered);
        feedback.Rate(true, "Tốt", Citizen, Later);

        Should.Throw<FeedbackRuleException>(() => feedback.Rate(false, "Đổi ý", Citizen, Later.AddHours(1))).Rule.ShouldBe("feedback-already-rated");

        (feedback.Answer!.Satisfied, feedback.Answer.RatingComment, feedback.Answer.RatedAt).ShouldBe((true, "Tốt", Later));
        feedback.History.Count(h => h.Action == FeedbackAction.Rate).ShouldBe(1);
    }

    [Test]
    public void ShouldWriteTheRatingIntoTheHistory()
    {
        var feedback = In(FeedbackStatus.Published);

        feedback.Rate(false, null, Citizen, Later);

        feedback.LastEntry().Note.ShouldBe("Dissatisfied");
        feedback.Answer!.RatingComment.ShouldBeNull();
    }

    [TestCase(FeedbackStatus.Received)]
    [TestCase(FeedbackStatus.Assigned)]
    [TestCase(FeedbackStatus.Transferred)]
    public void ShouldCloseAComplaintAsNotInScopeWithTheReasonAndWhereToGo(FeedbackStatus from)
    {
        var feedback = In(from);

        feedback.CloseNotInScope("  Nội dung là khiếu nại quyết định hành chính ", " Chủ tịch UBND tỉnh, theo Luật Khiếu nại 2011 ",
            AllOfficers(feedback.HandlingAgencyId), Later);

        feedback.Status.ShouldBe(FeedbackStatus.NotInScope);
        feedback.ClosingReason.ShouldBe("Nội dung là khiếu nại quyết định hành chính");
        feedback.Redirection.ShouldBe("Chủ tịch UBND tỉnh, theo Luật Khiếu nại 2011");
        feedback.DueAt.ShouldBeNull();
        var entry = feedback.LastEntry();
        (entry.Action, entry.FromStatus, entry.ToStatus).ShouldBe((FeedbackAction.CloseNotInScope, from, FeedbackStatus.NotInScope));
        entry.Note.ShouldNotBeNull();
        entry.Note.ShouldContain("Nội dung là khiếu nại quyết định hành chính");
        entry.Note.ShouldContain("Chủ tịch UBND tỉnh, theo Luật Khiếu nại 2011");
        feedback.ActionsFor(Everyone(feedback.HandlingAgencyId), Later, Deadlines).ShouldBeEmpty();
    }

    [TestCase(FeedbackStatus.Answered)]
    [TestCase(FeedbackStatus.Published)]
    public void ShouldNotCloseAnAnsweredFeedbackAsNotInScope(FeedbackStatus from)
    {
        var feedback = In(from);

        Should.Throw<InvalidFeedbackTransitionException>(() =>
                feedback.CloseNotInScope("Khiếu nại", "UBND tỉnh", AllOfficers(feedback.HandlingAgencyId), Later))
            .CurrentStatus.ShouldBe(from);
        feedback.ClosingReason.ShouldBeNull();
    }

    [TestCase("", "UBND tỉnh")]
    [TestCase("Khiếu nại", "  ")]
    public void ShouldRequireAReasonAndARedirectionToCloseAsNotInScope(string reason, string redirection)
    {
        var feedback = In(FeedbackStatus.Received);

        Should.Throw<ArgumentException>(() => feedback.CloseNotInScope(reason, redirection, AllOfficers(ReceivingAgency), Later));
        feedback.Status.ShouldBe(FeedbackStatus.Received);
    }

    [Test]
    public void ShouldRequireTheTextOfADraftAndTheNoteOfAReturn()
    {
        var feedback = In(FeedbackStatus.Assigned, DraftState.Pending);

        Should.Throw<ArgumentException>(() => feedback.DraftAnswer(" ", Processor(AgencyA), Later));
        Should.Throw<ArgumentException>(() => feedback.ReturnDraft("", Leader(AgencyA), Later));
        feedback.DraftText.ShouldBe("Dự thảo trả lời");
        feedback.DraftReturnNote.ShouldBeNull();
    }

    [TestCase(FeedbackAction.Reopen, FeedbackStatus.Published, TestName = "Reopen with a blank reason changes nothing: the one reopening is not used up")]
    [TestCase(FeedbackAction.Transfer, FeedbackStatus.Assigned, TestName = "Transfer with a blank reason changes nothing: the feedback stays with its agency and keeps its draft")]
    [TestCase(FeedbackAction.CloseNotInScope, FeedbackStatus.Received, TestName = "CloseNotInScope with a blank redirection changes nothing")]
    public void ShouldChangeNothingWhenARequiredTextIsBlank(FeedbackAction action, FeedbackStatus from)
    {
        var feedback = In(from, from == FeedbackStatus.Assigned ? DraftState.Pending : DraftState.None);
        var before = StateOf(feedback);
        var actor = Everyone(feedback.HandlingAgencyId);

        Action verb = action switch
        {
            FeedbackAction.Reopen => () => feedback.Reopen(" ", actor, Later, WorkCalendar, Deadlines),
            FeedbackAction.Transfer => () => feedback.Transfer(AgencyB, " ", false, actor, Later, WorkCalendar, Deadlines),
            _ => () => feedback.CloseNotInScope("Khiếu nại", " ", actor, Later),
        };

        Should.Throw<ArgumentException>(verb);
        StateOf(feedback).ShouldBe(before);
    }
}
