using OneStop.Domain.Feedbacks;
using OneStop.Domain.Feedbacks.Exceptions;
using static OneStop.Domain.UnitTests.Feedbacks.FeedbackFixture;

namespace OneStop.Domain.UnitTests.Feedbacks;

/// <summary>Every verb from every status, through the aggregate: allowed exactly where the table says, and it lands where the table says.</summary>
public sealed class FeedbackTransitionTests
{
    /// <summary>Submit creates a feedback and is no verb on an existing one.</summary>
    private static readonly FeedbackAction[] Verbs = Enum.GetValues<FeedbackAction>().Where(a => a != FeedbackAction.Submit).ToArray();

    public static IEnumerable<TestCaseData> Allowed() =>
        from status in Enum.GetValues<FeedbackStatus>()
        from action in Verbs
        where FeedbackWorkflow.Target(action, status) is not null
        select new TestCaseData(action, status).SetName($"{action} from {status} is allowed and lands where the table says");

    public static IEnumerable<TestCaseData> Forbidden() =>
        from status in Enum.GetValues<FeedbackStatus>()
        from action in Verbs
        where FeedbackWorkflow.Target(action, status) is null
        select new TestCaseData(action, status).SetName($"{action} from {status} is refused naming {status} and changes nothing");

    [TestCaseSource(nameof(Allowed))]
    public void ShouldPerformAnAllowedMoveAndLandWhereTheTableSays(FeedbackAction action, FeedbackStatus from)
    {
        var feedback = In(from, action is FeedbackAction.ReturnDraft or FeedbackAction.ApproveAnswer ? DraftState.Pending : DraftState.None);
        var history = feedback.History.Count;

        Perform(feedback, action, Everyone(feedback.HandlingAgencyId), Later);

        var to = FeedbackWorkflow.Target(action, from)!.Value;
        feedback.Status.ShouldBe(to);
        feedback.History.Count.ShouldBe(history + 1);
        var entry = feedback.LastEntry();
        entry.Action.ShouldBe(action);
        entry.FromStatus.ShouldBe(from);
        entry.ToStatus.ShouldBe(to);
        entry.At.ShouldBe(Later);
        feedback.LastActivityAt.ShouldBe(Later);
    }

    [TestCaseSource(nameof(Forbidden))]
    public void ShouldRefuseAForbiddenMoveNamingTheCurrentStatusAndChangeNothing(FeedbackAction action, FeedbackStatus from)
    {
        var feedback = In(from);
        var before = StateOf(feedback);

        var refused = Should.Throw<InvalidFeedbackTransitionException>(() => Perform(feedback, action, Everyone(feedback.HandlingAgencyId), Later));

        refused.CurrentStatus.ShouldBe(from);
        refused.Message.ShouldContain(from.ToString());
        refused.Message.ShouldContain(action.ToString());
        refused.Rule.ShouldBe("invalid-feedback-transition");
        StateOf(feedback).ShouldBe(before);
    }

    [Test]
    public void ShouldAllowExactlyTheMovesOfTheLifecycleInDomainMd()
    {
        (FeedbackAction, FeedbackStatus, FeedbackStatus)[] expected =
        [
            (FeedbackAction.Assign, FeedbackStatus.Received, FeedbackStatus.Assigned),
            (FeedbackAction.CloseNotInScope, FeedbackStatus.Received, FeedbackStatus.NotInScope),
            (FeedbackAction.Transfer, FeedbackStatus.Assigned, FeedbackStatus.Transferred),
            (FeedbackAction.CloseNotInScope, FeedbackStatus.Assigned, FeedbackStatus.NotInScope),
            (FeedbackAction.DraftAnswer, FeedbackStatus.Assigned, FeedbackStatus.Assigned),
            (FeedbackAction.ReturnDraft, FeedbackStatus.Assigned, FeedbackStatus.Assigned),
            (FeedbackAction.ApproveAnswer, FeedbackStatus.Assigned, FeedbackStatus.Answered),
            (FeedbackAction.Transfer, FeedbackStatus.Transferred, FeedbackStatus.Transferred),
            (FeedbackAction.CloseNotInScope, FeedbackStatus.Transferred, FeedbackStatus.NotInScope),
            (FeedbackAction.DraftAnswer, FeedbackStatus.Transferred, FeedbackStatus.Transferred),
            (FeedbackAction.ReturnDraft, FeedbackStatus.Transferred, FeedbackStatus.Transferred),
            (FeedbackAction.ApproveAnswer, FeedbackStatus.Transferred, FeedbackStatus.Answered),
            (FeedbackAction.Publish, FeedbackStatus.Answered, FeedbackStatus.Published),
            (FeedbackAction.Rate, FeedbackStatus.Answered, FeedbackStatus.Answered),
            (FeedbackAction.Reopen, FeedbackStatus.Answered, FeedbackStatus.Assigned),
            (FeedbackAction.Rate, FeedbackStatus.Published, FeedbackStatus.Published),
            (FeedbackAction.Reopen, FeedbackStatus.Published, FeedbackStatus.Assigned),
        ];

        var actual =
            from status in Enum.GetValues<FeedbackStatus>()
            from action in Enum.GetValues<FeedbackAction>()
            let to = FeedbackWorkflow.Target(action, status)
            where to is not null
            select (action, status, to.Value);

        actual.ShouldBe(expected, ignoreOrder: true);
    }

    [Test]
    public void ShouldLeadSomewhereFromEveryStatusButNotInScope()
    {
        foreach (var status in Enum.GetValues<FeedbackStatus>().Where(s => s != FeedbackStatus.NotInScope))
        {
            FeedbackWorkflow.From(status).ShouldNotBeEmpty($"{status} must lead somewhere");
        }
        FeedbackWorkflow.From(FeedbackStatus.NotInScope).ShouldBeEmpty();
    }

    [Test]
    public void ShouldListEachActionOnceForAStatus() =>
        FeedbackWorkflow.From(FeedbackStatus.Assigned).ShouldBe(
            [FeedbackAction.Transfer, FeedbackAction.CloseNotInScope, FeedbackAction.DraftAnswer, FeedbackAction.ReturnDraft, FeedbackAction.ApproveAnswer],
            ignoreOrder: true);

    [Test]
    public void ShouldBeReceivedWithOneHistoryLineWhenSubmitted()
    {
        var feedback = Submit();

        feedback.Status.ShouldBe(FeedbackStatus.Received);
        feedback.History.ShouldHaveSingleItem().Action.ShouldBe(FeedbackAction.Submit);
        feedback.LastEntry().ToAgencyId.ShouldBe(ReceivingAgency);
        feedback.HandlingAgencyId.ShouldBe(ReceivingAgency);
        feedback.OwnerId.ShouldBe(Citizen.UserId);
        feedback.Attachments.ShouldHaveSingleItem().Purpose.ShouldBe(FeedbackAttachmentPurpose.Submission);
    }

    [Test]
    public void ShouldHaveNoOwnerWhenAGuestSubmits() =>
        Submit(submitter: Guest).OwnerId.ShouldBeNull();
}
