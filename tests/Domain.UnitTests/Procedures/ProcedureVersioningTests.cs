using OneStop.Domain.Agencies;
using OneStop.Domain.Procedures;
using OneStop.Domain.Procedures.Events;
using OneStop.Domain.Procedures.Exceptions;

namespace OneStop.Domain.UnitTests.Procedures;

public sealed class ProcedureVersioningTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 2, 0, 0, TimeSpan.Zero);

    private static ProcedureContent Content(string name = "Cấp giấy phép xây dựng", params ProcedureCase[] cases) => new(
        name,
        Guid.NewGuid(),
        [AgencyLevel.Department, AgencyLevel.Department],
        [Guid.NewGuid()],
        OnlineServiceLevel.FullOnline,
        "Giấy phép xây dựng",
        "Luật Xây dựng",
        cases.Length > 0 ? cases : [Case("Nhà ở riêng lẻ", 15, ProcessingTimeUnit.WorkingDays, 75_000)]);

    private static ProcedureCase Case(string name, int time, ProcessingTimeUnit unit, decimal fee) => new(
        name,
        new ProcessingTime(time, unit),
        [new Fee(fee, "Lệ phí")],
        [new RequiredDocument("Đơn đề nghị", DocumentForm.Original, 1, null)]);

    private static Procedure Published()
    {
        var procedure = Procedure.Create(ProcedureCode.Parse("1.009994"), Content(), Now);
        procedure.Publish(Now, currentlyPublished: null);
        return procedure;
    }

    [Test]
    public void ShouldStartAsTheLatestDraftOfVersionOne()
    {
        var procedure = Procedure.Create(ProcedureCode.Parse("1.009994"), Content(), Now);

        procedure.VersionNumber.ShouldBe(1);
        procedure.Status.ShouldBe(ProcedureStatus.Draft);
        procedure.IsLatest.ShouldBeTrue();
        procedure.IsPubliclyReadable.ShouldBeFalse();
        procedure.Levels.ShouldBe([AgencyLevel.Department]);
        procedure.SearchText.ShouldBe("1.009994 cap giay phep xay dung");
    }

    [Test]
    public void ShouldSummariseTheFastestAndCheapestCase()
    {
        var procedure = Procedure.Create(ProcedureCode.Parse("1.009994"), Content("Cấp phép",
            Case("Thường", 3, ProcessingTimeUnit.WorkingDays, 50_000),
            Case("Rút gọn", 16, ProcessingTimeUnit.WorkingHours, 0)), Now);

        procedure.CaseCount.ShouldBe(2);
        procedure.FastestProcessingTime.Value.ShouldBe(16);
        procedure.FastestProcessingTime.Unit.ShouldBe(ProcessingTimeUnit.WorkingHours);
        procedure.LowestFee.ShouldBe(0);
    }

    [Test]
    public void ShouldEditANeverPublishedVersionInPlace()
    {
        var draft = Procedure.Create(ProcedureCode.Parse("1.009994"), Content(), Now);

        var revised = draft.Revise(Content("Tên mới"), Now);

        revised.ShouldBeSameAs(draft);
        draft.Name.ShouldBe("Tên mới");
    }

    [Test]
    public void ShouldMakeANewDraftVersionWhenAPublishedOneIsEdited()
    {
        var first = Published();

        var second = first.Revise(Content("Tên mới"), Now);

        second.ShouldNotBeSameAs(first);
        second.VersionNumber.ShouldBe(2);
        second.PreviousVersionId.ShouldBe(first.Id);
        second.Status.ShouldBe(ProcedureStatus.Draft);
        second.Code.ShouldBe(first.Code);
        first.IsLatest.ShouldBeFalse();
        first.Status.ShouldBe(ProcedureStatus.Published);
        first.Name.ShouldBe("Cấp giấy phép xây dựng");
    }

    [Test]
    public void ShouldSupersedeThePublishedVersionWhenTheNextIsPublished()
    {
        var first = Published();
        var second = first.Revise(Content("Tên mới"), Now);

        second.Publish(Now, first);

        second.Status.ShouldBe(ProcedureStatus.Published);
        first.Status.ShouldBe(ProcedureStatus.Superseded);
        first.IsPubliclyReadable.ShouldBeTrue();
        second.DomainEvents.OfType<ProcedurePublishedEvent>().Single().VersionNumber.ShouldBe(2);
    }

    [Test]
    public void ShouldRejectEditingOrPublishingAVersionThatIsNotTheLatest()
    {
        var first = Published();
        first.Revise(Content("Tên mới"), Now);

        Should.Throw<ProcedureVersionConflictException>(() => first.Revise(Content("Khác"), Now));
        Should.Throw<ProcedureVersionConflictException>(() => first.Publish(Now, null));
    }

    [Test]
    public void ShouldRaiseNothingWhenPublishingAPublishedVersionAgain()
    {
        var procedure = Published();
        procedure.ClearDomainEvents();

        procedure.Publish(Now, null);

        procedure.DomainEvents.ShouldBeEmpty();
    }

    [Test]
    public void ShouldUnpublishOnlyAPublishedVersion()
    {
        var procedure = Published();

        procedure.Unpublish(Now);

        procedure.Status.ShouldBe(ProcedureStatus.Unpublished);
        procedure.IsPubliclyReadable.ShouldBeFalse();
        procedure.DomainEvents.OfType<ProcedureUnpublishedEvent>().ShouldHaveSingleItem();
        Should.Throw<ProcedureVersionConflictException>(() => procedure.Unpublish(Now));
    }

    [Test]
    public void ShouldRejectContentWithoutCasesButAcceptACaseThatNeedsNoDocuments()
    {
        var noDocuments = new ProcedureCase("Khai trực tuyến", new ProcessingTime(1, ProcessingTimeUnit.WorkingDays), [], []);

        Should.Throw<InvalidProcedureContentException>(() =>
            Procedure.Create(ProcedureCode.Parse("1.009994"), Content() with { Cases = [] }, Now));
        Procedure.Create(ProcedureCode.Parse("1.009994"), Content("Tên", noDocuments), Now).Cases.ShouldHaveSingleItem().Documents.ShouldBeEmpty();
    }

    [Test]
    public void ShouldRejectANegativeFeeAndAZeroProcessingTime()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => new Fee(-1, "Lệ phí"));
        Should.Throw<ArgumentOutOfRangeException>(() => new ProcessingTime(0, ProcessingTimeUnit.WorkingDays));
        new ProcessingTime(2, ProcessingTimeUnit.WorkingDays).TotalWorkingHours.ShouldBe(16);
    }
}
