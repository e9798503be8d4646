using OneStop.Domain.Calendar;
using OneStop.Domain.Dossiers;
using OneStop.Domain.Dossiers.Exceptions;
using static OneStop.Domain.UnitTests.Dossiers.DossierFixture;

namespace OneStop.Domain.UnitTests.Dossiers;

/// <summary>The clock of domain.md on a dossier: due at reception, frozen by pauses, kept by an apology, judged at the result.</summary>
public sealed class DossierDeadlineTests
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    private static DateTimeOffset At(int day, int hour, int minute = 0) => new(2026, 3, day, hour, minute, 0, Vietnam);

    private static Dossier Processing(DateTimeOffset receivedAt)
    {
        var dossier = Draft(Everyone);
        dossier.Submit(Everyone, receivedAt);
        dossier.Receive(Everyone, receivedAt, WorkCalendar, null);
        dossier.StartProcessing(Everyone, receivedAt, null, null);
        return dossier;
    }

    [Test]
    public void ShouldBeDueThreeWorkingDaysAfterReceptionOnMondayMorning() =>
        Processing(At(2, 9)).DueAt.ShouldBe(At(5, 9));

    [Test]
    public void ShouldCountFromTheNextMorningWhenReceivedAfterTheCutOff() =>
        Processing(At(2, 15, 30)).DueAt.ShouldBe(At(5, 17));

    [Test]
    public void ShouldFreezeTheRemainingTimeDuringASupplementAndRecomputeOnResumption()
    {
        var dossier = Processing(At(2, 9));
        dossier.RequestSupplement(Everyone, At(3, 9), WorkCalendar, "Thiếu bản sao");
        dossier.RemainingWhilePaused.ShouldBe(TimeSpan.FromHours(16));

        dossier.AddDocument(File(), DocumentPurpose.Supplement, 1, Everyone, At(9, 8));
        dossier.ProvideSupplement(Everyone, At(9, 9), WorkCalendar, null);

        dossier.RemainingWhilePaused.ShouldBeNull();
        dossier.DueAt.ShouldBe(At(11, 9));
        dossier.History.Last().DocumentIds.Count.ShouldBe(1);
    }

    [Test]
    public void ShouldNotStartTheClockForASupplementBeforeReception()
    {
        var dossier = Draft(Everyone);
        dossier.Submit(Everyone, At(2, 9));

        dossier.RequestSupplement(Everyone, At(2, 10), WorkCalendar, "Thiếu bản sao");
        dossier.ProvideSupplement(Everyone, At(4, 10), WorkCalendar, null);

        dossier.Status.ShouldBe(DossierStatus.Submitted);
        dossier.DueAt.ShouldBeNull();
    }

    [Test]
    public void ShouldPauseWhileAwaitingPaymentAndResumeWhereItCameFrom()
    {
        var dossier = Processing(At(2, 9));
        dossier.RequestPayment(Everyone, At(2, 10), WorkCalendar, 2_000, null);
        dossier.PaymentStatus.ShouldBe(PaymentStatus.Requested);

        dossier.ConfirmPayment(Everyone, At(3, 10), WorkCalendar, PaymentMethod.Cash, null);

        dossier.Status.ShouldBe(DossierStatus.Processing);
        dossier.PaymentStatus.ShouldBe(PaymentStatus.Paid);
        dossier.DueAt.ShouldBe(At(6, 9));
    }

    [Test]
    public void ShouldKeepTheOriginalDueInstantAfterAnApologyAndStillCountLate()
    {
        var dossier = Processing(At(2, 9));
        var due = dossier.DueAt;

        dossier.IssueApology(Everyone, At(5, 8), At(10, 17), "Chờ kết quả xác minh");
        dossier.Approve(Everyone, At(9, 10), WorkCalendar, ResultDecision.Refused, "Không đủ điều kiện", null);

        dossier.DueAt.ShouldBe(due);
        dossier.AppointmentAt.ShouldBe(At(10, 17));
        dossier.Timeliness.ShouldBe(Timeliness.Late);
    }

    [Test]
    public void ShouldNotApologiseOnceTheDossierIsLate()
    {
        var dossier = Processing(At(2, 9));

        Should.Throw<DossierRuleException>(() => dossier.IssueApology(Everyone, At(5, 10), At(10, 17), "Chậm")).Rule.ShouldBe("apology-after-due");
    }

    [TestCase(3, 16, Timeliness.Early)]
    [TestCase(5, 8, Timeliness.OnTime)]
    [TestCase(5, 9, Timeliness.OnTime)]
    [TestCase(5, 10, Timeliness.Late)]
    public void ShouldJudgeTheResultAgainstTheDueInstant(int day, int hour, Timeliness expected)
    {
        var dossier = Processing(At(2, 9));

        dossier.Approve(Everyone, At(day, hour), WorkCalendar, ResultDecision.Refused, "Không đủ điều kiện", null);

        dossier.Timeliness.ShouldBe(expected);
        dossier.ProcessedAt.ShouldBe(At(day, hour));
    }

    [Test]
    public void ShouldGiveEachStepItsOwnDueInstantOnTheHandOff()
    {
        var dossier = Processing(At(2, 9));

        dossier.Forward(Everyone, At(3, 9), WorkCalendar, Leader.UserId, "Trình ký", []);

        dossier.CurrentStep.Name.ShouldBe(DossierProcess.Approval);
        dossier.CurrentStep.DueAt.ShouldBe(At(3, 11));
        var handOff = dossier.History.Last();
        handOff.IsHandOff.ShouldBeTrue();
        handOff.ToOfficerId.ShouldBe(Leader.UserId);
        handOff.StepDueAt.ShouldBe(At(3, 11));
    }

    [Test]
    public void ShouldNotSignTheResultWhileASubDossierIsOpen()
    {
        var dossier = Processing(At(2, 9));
        var sub = dossier.Transfer(Everyone, At(2, 10), WorkCalendar, OtherCommune.Id, 24, "Xác minh hiện trạng");

        Should.Throw<DossierRuleException>(() => dossier.Approve(Everyone, At(3, 10), WorkCalendar, ResultDecision.Refused, "x", null))
            .Rule.ShouldBe("open-sub-dossiers");
        dossier.CompleteTransfer(sub.Id, OtherProcessor, At(4, 10), "Đã xác minh", []);
        dossier.Approve(Everyone, At(4, 11), WorkCalendar, ResultDecision.Refused, "Không đủ điều kiện", null);

        dossier.Status.ShouldBe(DossierStatus.Processed);
        sub.DueAt.ShouldBe(At(5, 10));
    }

    [Test]
    public void ShouldNotReturnTheResultBeforeTheFeeIsPaid()
    {
        var dossier = Processing(At(2, 9));
        dossier.Approve(Everyone, At(3, 9), WorkCalendar, ResultDecision.Refused, "x", null);
        dossier.RequestPayment(Everyone, At(3, 10), WorkCalendar, 2_000, null);

        Should.Throw<InvalidDossierTransitionException>(() => dossier.ReturnResult(Everyone, At(3, 11), DeliveryMethod.Counter, null));
        dossier.ConfirmPayment(Everyone, At(3, 11), WorkCalendar, PaymentMethod.Cash, null);
        dossier.Status.ShouldBe(DossierStatus.Processed);
        dossier.ReturnResult(Everyone, At(3, 12), DeliveryMethod.Counter, null);
        dossier.Status.ShouldBe(DossierStatus.Returned);
    }

    [Test]
    public void ShouldNotSubmitWithoutEveryRequiredDocument()
    {
        var dossier = Dossier.Draft(Procedure(), 0, Commune, DossierChannel.Online,
            new Applicant(ApplicantKind.Citizen, "An", "056090001234", "0912345678", null, "Nha Trang"), null, Citizen, Monday);
        dossier.AddDocument(File(), DocumentPurpose.Component, 0, Citizen, Monday);

        Should.Throw<DossierRuleException>(() => dossier.Submit(Citizen, Monday)).Message.ShouldContain("Bản sao");
        dossier.Status.ShouldBe(DossierStatus.Draft);
        dossier.Code.ShouldBeNull();
    }
}
