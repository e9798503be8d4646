using OneStop.Domain.Common;
using OneStop.Domain.Feedbacks;
using OneStop.Domain.Feedbacks.Exceptions;
using static OneStop.Domain.UnitTests.Feedbacks.FeedbackFixture;

namespace OneStop.Domain.UnitTests.Feedbacks;

/// <summary>
/// Who may act: officers only for the agency handling the feedback and only in their roles, the submitter only to rate
/// and reopen. Capacity is checked before the transition table (403 before 409).
/// </summary>
public sealed class FeedbackCapacityTests
{
    public enum Who
    {
        Submitter,
        Receptionist,
        Processor,
        Leader,
        /// <summary>Every officer role, at an agency that does not handle the feedback.</summary>
        OfficerElsewhere,
        /// <summary>Every officer role at the handling agency.</summary>
        AllOfficersHere,
    }

    private static FeedbackActor ActorFor(Who who, Feedback feedback) => who switch
    {
        Who.Submitter => Citizen,
        Who.Receptionist => Receptionist(feedback.HandlingAgencyId),
        Who.Processor => Processor(feedback.HandlingAgencyId),
        Who.Leader => Leader(feedback.HandlingAgencyId),
        Who.OfficerElsewhere => AllOfficers(feedback.HandlingAgencyId == AgencyB ? AgencyA : AgencyB),
        Who.AllOfficersHere => AllOfficers(feedback.HandlingAgencyId),
        _ => throw new ArgumentOutOfRangeException(nameof(who)),
    };

    /// <summary>Each action in a status where the table allows it, with the draft it needs.</summary>
    private static readonly (FeedbackAction Action, FeedbackStatus Status, DraftState Draft)[] AllowedByTheTable =
    [
        (FeedbackAction.Assign, FeedbackStatus.Received, DraftState.None),
        (FeedbackAction.CloseNotInScope, FeedbackStatus.Received, DraftState.None),
        (FeedbackAction.Transfer, FeedbackStatus.Assigned, DraftState.None),
        (FeedbackAction.CloseNotInScope, FeedbackStatus.Transferred, DraftState.None),
        (FeedbackAction.DraftAnswer, FeedbackStatus.Assigned, DraftState.None),
        (FeedbackAction.ReturnDraft, FeedbackStatus.Transferred, DraftState.Pending),
        (FeedbackAction.ApproveAnswer, FeedbackStatus.Assigned, DraftState.Pending),
        (FeedbackAction.Publish, FeedbackStatus.Answered, DraftState.None),
        (FeedbackAction.Rate, FeedbackStatus.Published, DraftState.None),
        (FeedbackAction.Reopen, FeedbackStatus.Answered, DraftState.None),
    ];

    private static readonly FeedbackAction[] SubmitterActions = [FeedbackAction.Rate, FeedbackAction.Reopen];

    public static IEnumerable<TestCaseData> OfficerActionsByAnOfficerElsewhere() =>
        from c in AllowedByTheTable
        where !SubmitterActions.Contains(c.Action)
        select new TestCaseData(c.Action, c.Status, c.Draft, Who.OfficerElsewhere)
            .SetName($"{c.Action} on a feedback {c.Status} is forbidden to an officer of another agency");

    public static IEnumerable<TestCaseData> OfficerActionsInTheWrongRole() =>
        new (FeedbackAction Action, Who Who)[]
        {
            (FeedbackAction.Transfer, Who.Receptionist),
            (FeedbackAction.DraftAnswer, Who.Receptionist),
            (FeedbackAction.DraftAnswer, Who.Leader),
            (FeedbackAction.ReturnDraft, Who.Receptionist),
            (FeedbackAction.ReturnDraft, Who.Processor),
            (FeedbackAction.ApproveAnswer, Who.Receptionist),
            (FeedbackAction.ApproveAnswer, Who.Processor),
            (FeedbackAction.Publish, Who.Receptionist),
            (FeedbackAction.Publish, Who.Processor),
        }.Select(w =>
        {
            var c = AllowedByTheTable.First(a => a.Action == w.Action);
            return new TestCaseData(c.Action, c.Status, c.Draft, w.Who).SetName($"{c.Action} on a feedback {c.Status} is forbidden to a {w.Who} of the handling agency");
        });

    public static IEnumerable<TestCaseData> OfficerActionsByTheSubmitter() =>
        from c in AllowedByTheTable
        where !SubmitterActions.Contains(c.Action)
        select new TestCaseData(c.Action, c.Status, c.Draft, Who.Submitter)
            .SetName($"{c.Action} on a feedback {c.Status} is forbidden to its submitter");

    public static IEnumerable<TestCaseData> SubmitterActionsByAnOfficer() =>
        from c in AllowedByTheTable
        where SubmitterActions.Contains(c.Action)
        from status in new[] { FeedbackStatus.Answered, FeedbackStatus.Published }
        select new TestCaseData(c.Action, status, c.Draft, Who.AllOfficersHere)
            .SetName($"{c.Action} on a feedback {status} is forbidden to the officers handling it");

    /// <summary>Actions the table refuses from the status: the capacity must be refused first.</summary>
    public static IEnumerable<TestCaseData> ForbiddenBeforeTheTable() =>
        new (FeedbackAction Action, FeedbackStatus Status, Who Who)[]
        {
            (FeedbackAction.Publish, FeedbackStatus.Received, Who.OfficerElsewhere),
            (FeedbackAction.Assign, FeedbackStatus.Published, Who.Submitter),
            (FeedbackAction.ApproveAnswer, FeedbackStatus.NotInScope, Who.Processor),
            (FeedbackAction.Rate, FeedbackStatus.Received, Who.AllOfficersHere),
            (FeedbackAction.Reopen, FeedbackStatus.Assigned, Who.AllOfficersHere),
            (FeedbackAction.Transfer, FeedbackStatus.Answered, Who.Receptionist),
        }.Select(c => new TestCaseData(c.Action, c.Status, DraftState.None, c.Who)
            .SetName($"{c.Action} on a feedback {c.Status} by a {c.Who} is forbidden before the table is consulted"));

    [TestCaseSource(nameof(OfficerActionsByAnOfficerElsewhere))]
    [TestCaseSource(nameof(OfficerActionsInTheWrongRole))]
    [TestCaseSource(nameof(OfficerActionsByTheSubmitter))]
    [TestCaseSource(nameof(SubmitterActionsByAnOfficer))]
    [TestCaseSource(nameof(ForbiddenBeforeTheTable))]
    public void ShouldForbidTheActionAndChangeNothing(FeedbackAction action, FeedbackStatus status, DraftState draft, Who who)
    {
        var feedback = In(status, draft);
        var before = StateOf(feedback);

        var forbidden = Should.Throw<FeedbackActionForbiddenException>(() => Perform(feedback, action, ActorFor(who, feedback), Later));

        forbidden.ShouldBeAssignableTo<AccessDeniedException>();
        forbidden.Rule.ShouldBe("feedback-action-forbidden");
        forbidden.Message.ShouldContain(action.ToString());
        StateOf(feedback).ShouldBe(before);
    }

    [Test]
    public void ShouldLetEachActionBeTakenInTheRightCapacity()
    {
        // The positive side of the cases above: the right person in the right agency passes the same check.
        Who[] capacities = [Who.Receptionist, Who.Processor, Who.Leader, Who.Submitter];
        foreach (var (action, status, draft) in AllowedByTheTable)
        {
            var passed = capacities.Count(who =>
            {
                var feedback = In(status, draft);
                try
                {
                    Perform(feedback, action, ActorFor(who, feedback), Later);
                    return true;
                }
                catch (FeedbackActionForbiddenException)
                {
                    return false;
                }
            });
            passed.ShouldBeGreaterThan(0, $"someone must be able to {action} from {status}");
        }
    }

    [Test]
    public void ShouldForbidASubmissionBySomeoneNotActingAsSubmitter() =>
        Should.Throw<FeedbackActionForbiddenException>(() => Submit(submitter: AllOfficers(ReceivingAgency)));

    [Test]
    public void ShouldLetAGuestRateAndReopenWithTheFollowUpKey()
    {
        var feedback = In(FeedbackStatus.Published);

        feedback.Rate(false, null, Guest, Later);
        feedback.Reopen("Chưa thỏa đáng", Guest, Later, WorkCalendar, Deadlines);

        feedback.Status.ShouldBe(FeedbackStatus.Assigned);
        feedback.LastEntry().ActorId.ShouldBeNull();
    }

    public static IEnumerable<TestCaseData> ActionsByCapacity()
    {
        FeedbackAction[] none = [];
        const FeedbackAction assign = FeedbackAction.Assign, transfer = FeedbackAction.Transfer, close = FeedbackAction.CloseNotInScope,
            draft = FeedbackAction.DraftAnswer, send = FeedbackAction.ReturnDraft, approve = FeedbackAction.ApproveAnswer,
            publish = FeedbackAction.Publish, rate = FeedbackAction.Rate, reopen = FeedbackAction.Reopen;

        var table = new (FeedbackStatus Status, DraftState Draft, Who Who, FeedbackAction[] Expected)[]
        {
            (FeedbackStatus.Received, DraftState.None, Who.Submitter, none),
            (FeedbackStatus.Received, DraftState.None, Who.Receptionist, [assign, close]),
            (FeedbackStatus.Received, DraftState.None, Who.Processor, [assign, close]),
            (FeedbackStatus.Received, DraftState.None, Who.Leader, [assign, close]),
            (FeedbackStatus.Received, DraftState.None, Who.OfficerElsewhere, none),

            (FeedbackStatus.Assigned, DraftState.None, Who.Submitter, none),
            (FeedbackStatus.Assigned, DraftState.None, Who.Receptionist, [close]),
            (FeedbackStatus.Assigned, DraftState.None, Who.Processor, [transfer, close, draft]),
            (FeedbackStatus.Assigned, DraftState.None, Who.Leader, [transfer, close]),
            (FeedbackStatus.Assigned, DraftState.None, Who.OfficerElsewhere, none),
            (FeedbackStatus.Assigned, DraftState.Pending, Who.Processor, [transfer, close, draft]),
            (FeedbackStatus.Assigned, DraftState.Pending, Who.Leader, [transfer, close, send, approve]),
            (FeedbackStatus.Assigned, DraftState.Pending, Who.OfficerElsewhere, none),
            (FeedbackStatus.Assigned, DraftState.Returned, Who.Processor, [transfer, close, draft]),
            (FeedbackStatus.Assigned, DraftState.Returned, Who.Leader, [transfer, close]),

            (FeedbackStatus.Transferred, DraftState.None, Who.Submitter, none),
            (FeedbackStatus.Transferred, DraftState.None, Who.Receptionist, [close]),
            (FeedbackStatus.Transferred, DraftState.None, Who.Processor, [transfer, close, draft]),
            (FeedbackStatus.Transferred, DraftState.None, Who.Leader, [transfer, close]),
            (FeedbackStatus.Transferred, DraftState.None, Who.OfficerElsewhere, none),
            (FeedbackStatus.Transferred, DraftState.Pending, Who.Leader, [transfer, close, send, approve]),

            (FeedbackStatus.Answered, DraftState.None, Who.Submitter, [rate, reopen]),
            (FeedbackStatus.Answered, DraftState.None, Who.Receptionist, none),
            (FeedbackStatus.Answered, DraftState.None, Who.Processor, none),
            (FeedbackStatus.Answered, DraftState.None, Who.Leader, [publish]),
            (FeedbackStatus.Answered, DraftState.None, Who.OfficerElsewhere, none),

            (FeedbackStatus.Published, DraftState.None, Who.Submitter, [rate, reopen]),
            (FeedbackStatus.Published, DraftState.None, Who.Receptionist, none),
            (FeedbackStatus.Published, DraftState.None, Who.Processor, none),
            (FeedbackStatus.Published, DraftState.None, Who.Leader, none),
            (FeedbackStatus.Published, DraftState.None, Who.OfficerElsewhere, none),

            (FeedbackStatus.NotInScope, DraftState.None, Who.Submitter, none),
            (FeedbackStatus.NotInScope, DraftState.None, Who.Receptionist, none),
            (FeedbackStatus.NotInScope, DraftState.None, Who.Processor, none),
            (FeedbackStatus.NotInScope, DraftState.None, Who.Leader, none),
            (FeedbackStatus.NotInScope, DraftState.None, Who.OfficerElsewhere, none),
        };

        foreach (var (status, draftState, who, expected) in table)
        {
            var draftNote = draftState == DraftState.None ? "" : $" with a {draftState.ToString().ToLowerInvariant()} draft";
            var may = expected.Length == 0 ? "nothing" : string.Join(", ", expected);
            yield return new TestCaseData(status, draftState, who, expected).SetName($"A {who} may {may} on a feedback {status}{draftNote}");
        }
    }

    [TestCaseSource(nameof(ActionsByCapacity))]
    public void ShouldOfferExactlyThePermittedActionsAndEachOfThemShouldSucceed(FeedbackStatus status, DraftState draft, Who who, FeedbackAction[] expected)
    {
        var feedback = In(status, draft);

        feedback.ActionsFor(ActorFor(who, feedback), Later, Deadlines).ShouldBe(expected, ignoreOrder: true);

        foreach (var action in expected)
        {
            var fresh = In(status, draft);
            Should.NotThrow(() => Perform(fresh, action, ActorFor(who, fresh), Later), $"{action} is offered to a {who}");
        }
    }

    [Test]
    public void ShouldOfferOnlyReopenOnceTheAnswerIsRated()
    {
        var feedback = In(FeedbackStatus.Published);
        feedback.Rate(true, null, Citizen, Later);

        feedback.ActionsFor(Citizen, Later, Deadlines).ShouldBe([FeedbackAction.Reopen]);
    }

    [Test]
    public void ShouldOfferOnlyRatingOfTheSecondAnswerAfterAReopening()
    {
        var feedback = In(FeedbackStatus.Published);
        feedback.Reopen("Chưa thỏa đáng", Citizen, Later, WorkCalendar, Deadlines);
        feedback.DraftAnswer("Trả lời lần hai", Processor(AgencyA), Later.AddHours(1));
        feedback.ApproveAnswer(Leader(AgencyA), Later.AddHours(2));

        feedback.ActionsFor(Citizen, Later, Deadlines).ShouldBe([FeedbackAction.Rate]);

        feedback.Rate(true, null, Citizen, Later.AddHours(3));
        feedback.ActionsFor(Citizen, Later, Deadlines).ShouldBeEmpty();
    }

    [Test]
    public void ShouldNoLongerOfferReopeningOnceItsPeriodHasPassed()
    {
        var feedback = In(FeedbackStatus.Published);
        var answeredAt = feedback.Answer!.AnsweredAt;

        feedback.ActionsFor(Citizen, answeredAt.AddDays(Deadlines.ReopenDays), Deadlines).ShouldContain(FeedbackAction.Reopen);
        feedback.ActionsFor(Citizen, answeredAt.AddDays(Deadlines.ReopenDays).AddMinutes(1), Deadlines).ShouldNotContain(FeedbackAction.Reopen);
    }
}
