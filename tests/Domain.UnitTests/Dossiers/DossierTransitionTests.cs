using OneStop.Domain.Common;
using OneStop.Domain.Dossiers;
using OneStop.Domain.Dossiers.Exceptions;
using OneStop.Domain.Dossiers.Events;
using static OneStop.Domain.UnitTests.Dossiers.DossierFixture;

namespace OneStop.Domain.UnitTests.Dossiers;

/// <summary>Every action from every status: allowed exactly where the transition table says, and it lands where the table says.</summary>
public sealed class DossierTransitionTests
{
    public static IEnumerable<TestCaseData> Allowed() =>
        from status in Enum.GetValues<DossierStatus>()
        from action in Enum.GetValues<DossierAction>()
        where DossierWorkflow.Allows(action, status)
        select new TestCaseData(action, status).SetName($"{action} from {status} is allowed");

    public static IEnumerable<TestCaseData> Forbidden() =>
        from status in Enum.GetValues<DossierStatus>()
        from action in Enum.GetValues<DossierAction>()
        where !DossierWorkflow.Allows(action, status)
        select new TestCaseData(action, status).SetName($"{action} from {status} is forbidden");

    [TestCaseSource(nameof(Allowed))]
    public void ShouldPerformAnAllowedMoveAndLandWhereTheTableSays(DossierAction action, DossierStatus from)
    {
        var dossier = In(from);
        var history = dossier.History.Count;

        try
        {
            Perform(dossier, action, Everyone, Monday.AddHours(1));
        }
        catch (DossierRuleException rule) when (rule.Rule is "unknown-sub-dossier" or "no-further-step")
        {
            // Another rule than the table's (no sub-dossier is open, no step before appraisal): the table let it through.
            dossier.Status.ShouldBe(from);
            return;
        }

        DossierWorkflow.Transitions.Where(t => t.Action == action && t.From == from).Select(t => t.To).ShouldContain(dossier.Status);
        dossier.History.Count.ShouldBe(history + 1);
        dossier.History.Last().FromStatus.ShouldBe(from);
    }

    [TestCaseSource(nameof(Forbidden))]
    public void ShouldRefuseAForbiddenMoveNamingTheCurrentStatusAndChangeNothing(DossierAction action, DossierStatus from)
    {
        var dossier = In(from);
        var history = dossier.History.Count;

        var refused = Should.Throw<InvalidDossierTransitionException>(() => Perform(dossier, action, Everyone, Monday.AddHours(1)));

        refused.CurrentStatus.ShouldBe(from);
        refused.Message.ShouldContain(from.ToString());
        dossier.Status.ShouldBe(from);
        dossier.History.Count.ShouldBe(history);
    }

    [Test]
    public void ShouldListInTheTableEveryStatusAndAction()
    {
        DossierWorkflow.Transitions.Select(t => t.Action).Distinct().Count().ShouldBe(Enum.GetValues<DossierAction>().Length);
        foreach (var status in Enum.GetValues<DossierStatus>().Where(s => !s.IsFinal()))
        {
            DossierWorkflow.Transitions.ShouldContain(t => t.From == status, $"{status} must lead somewhere");
        }
        DossierWorkflow.Transitions.ShouldNotContain(t => t.From.IsFinal());
    }

    [TestCase(DossierAction.Receive, DossierStatus.Submitted)]
    [TestCase(DossierAction.Approve, DossierStatus.Processing)]
    [TestCase(DossierAction.RequestPayment, DossierStatus.Processing)]
    public void ShouldForbidAnActionToSomeoneWithoutItsRole(DossierAction action, DossierStatus from)
    {
        var dossier = In(from);
        var wrongRole = action == DossierAction.Receive ? Processor : Receptionist;

        Should.Throw<DossierActionForbiddenException>(() => Perform(dossier, action, wrongRole, Monday.AddHours(1)))
            .ShouldBeAssignableTo<AccessDeniedException>();
        dossier.Status.ShouldBe(from);
    }

    [Test]
    public void ShouldForbidAnOfficerOfAnotherAgency()
    {
        var dossier = In(DossierStatus.Processing);

        Should.Throw<DossierActionForbiddenException>(() => dossier.Forward(OtherProcessor, Monday, WorkCalendar, null, null, []));
    }

    [Test]
    public void ShouldLetOnlyTheOwnerWithdraw()
    {
        var dossier = Draft();
        dossier.Submit(Citizen, Monday);
        var stranger = new DossierActor(Guid.NewGuid(), "Người lạ", null, DossierRole.Applicant);

        Should.Throw<DossierActionForbiddenException>(() => dossier.Withdraw(stranger, Monday, null));
        dossier.Withdraw(Citizen, Monday, null);
        dossier.Status.ShouldBe(DossierStatus.Withdrawn);
    }

    [Test]
    public void ShouldSubmitWithoutACodeForTheDatabaseToNumberAfterTheCommit()
    {
        var dossier = Draft();
        dossier.Submit(Citizen, Monday);

        dossier.Status.ShouldBe(DossierStatus.Submitted);
        dossier.SubmittedAt.ShouldBe(Monday);
        dossier.Code.ShouldBeNull();
        dossier.DomainEvents.OfType<DossierSubmittedEvent>().ShouldHaveSingleItem().DossierId.ShouldBe(dossier.Id);
    }

    [Test]
    public void ShouldShowEachActorOnlyTheActionsTheyMayTake()
    {
        var dossier = Draft();
        dossier.Submit(Citizen, Monday);

        dossier.AvailableActions(Receptionist).ShouldBe([DossierAction.Receive, DossierAction.Refuse, DossierAction.RequestSupplement], ignoreOrder: true);
        dossier.AvailableActions(Citizen).ShouldBe([DossierAction.Withdraw]);
        dossier.AvailableActions(Processor).ShouldBeEmpty();
    }
}
