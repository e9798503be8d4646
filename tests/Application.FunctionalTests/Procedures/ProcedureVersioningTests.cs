using Microsoft.EntityFrameworkCore;
using OneStop.Application.Common.Exceptions;
using OneStop.Application.Procedures.Commands.PublishProcedure;
using OneStop.Application.Procedures.Commands.ReviseProcedure;
using OneStop.Application.Procedures.Common;
using OneStop.Application.Procedures.Queries.GetProcedureByCode;
using OneStop.Application.Procedures.Queries.GetProcedureById;
using OneStop.Application.Procedures.Queries.GetProcedureVersions;
using OneStop.Domain.Procedures;
using OneStop.Domain.Procedures.Exceptions;
using OneStop.Testing;

namespace OneStop.Application.FunctionalTests.Procedures;

public sealed class ProcedureVersioningTests : DatabaseTestBase
{
    private TestCatalogue _catalogue = null!;

    [SetUp]
    public async Task CreateCatalogueAsync() => _catalogue = await TestCatalogue.CreateAsync();

    private ReviseProcedureCommand Revision(Guid id, string name)
    {
        var content = _catalogue.NewProcedure("1.009994", name);
        return new ReviseProcedureCommand
        {
            Id = id,
            Name = content.Name,
            FieldId = content.FieldId,
            Levels = content.Levels,
            ImplementingAgencyIds = content.ImplementingAgencyIds,
            OnlineLevel = content.OnlineLevel,
            Result = content.Result,
            LegalBasis = content.LegalBasis,
            Cases = content.Cases,
        };
    }

    [Test]
    public async Task ShouldHideADraftFromThePublicButShowItToAdministrators()
    {
        var draft = await TestApp.SendAsync(_catalogue.NewProcedure("1.009994", "Cấp giấy phép xây dựng"));

        await Should.ThrowAsync<NotFoundException>(() => TestApp.SendAsync(new GetProcedureByIdQuery(draft.Id, IncludeNonPublic: false)));
        (await TestApp.SendAsync(new GetProcedureByIdQuery(draft.Id, IncludeNonPublic: true))).Status.ShouldBe(ProcedureStatus.Draft);
    }

    [Test]
    public async Task ShouldEditANeverPublishedDraftInPlace()
    {
        var draft = await TestApp.SendAsync(_catalogue.NewProcedure("1.009994", "Cấp giấy phép xây dựng"));

        var revised = await TestApp.SendAsync(Revision(draft.Id, "Cấp giấy phép xây dựng mới"));

        revised.Id.ShouldBe(draft.Id);
        revised.VersionNumber.ShouldBe(1);
        (await TestApp.WithDbContextAsync(db => db.Procedures.CountAsync())).ShouldBe(1);
    }

    [Test]
    public async Task ShouldKeepEarlierVersionsReadableAfterAnEditIsPublished()
    {
        var first = await _catalogue.PublishAsync(_catalogue.NewProcedure("1.009994", "Cấp giấy phép xây dựng"));

        var second = await TestApp.SendAsync(Revision(first.Id, "Cấp giấy phép xây dựng (sửa đổi 2026)"));

        second.Id.ShouldNotBe(first.Id);
        second.VersionNumber.ShouldBe(2);
        second.Status.ShouldBe(ProcedureStatus.Draft);
        // Until the new version is published, the public still reads the first one by code.
        (await TestApp.SendAsync(new GetProcedureByCodeQuery("1.009994"))).Id.ShouldBe(first.Id);

        await TestApp.SendAsync(new PublishProcedureCommand(second.Id));

        (await TestApp.SendAsync(new GetProcedureByCodeQuery("1.009994"))).Name.ShouldBe("Cấp giấy phép xây dựng (sửa đổi 2026)");
        var old = await TestApp.SendAsync(new GetProcedureByIdQuery(first.Id, IncludeNonPublic: false));
        old.Status.ShouldBe(ProcedureStatus.Superseded);
        old.Name.ShouldBe("Cấp giấy phép xây dựng");
        old.IsLatest.ShouldBeFalse();
        var versions = await TestApp.SendAsync(new GetProcedureVersionsQuery(first.Id, IncludeNonPublic: false));
        versions.Select(v => (v.VersionNumber, v.Status)).ShouldBe([(2, ProcedureStatus.Published), (1, ProcedureStatus.Superseded)]);
    }

    [Test]
    public async Task ShouldRejectEditingAVersionThatHasALaterOne()
    {
        var first = await _catalogue.PublishAsync(_catalogue.NewProcedure("1.009994", "Cấp giấy phép xây dựng"));
        await TestApp.SendAsync(Revision(first.Id, "Bản sửa đổi"));

        await Should.ThrowAsync<ProcedureVersionConflictException>(() => TestApp.SendAsync(Revision(first.Id, "Bản sửa đổi khác")));
        (await TestApp.WithDbContextAsync(db => db.Procedures.CountAsync())).ShouldBe(2);
    }

    [Test]
    public async Task ShouldRejectADuplicateCodeAndWriteNothing()
    {
        await TestApp.SendAsync(_catalogue.NewProcedure("1.009994", "Cấp giấy phép xây dựng"));

        await Should.ThrowAsync<DuplicateCodeException>(() => TestApp.SendAsync(_catalogue.NewProcedure("1.009994", "Thủ tục khác")));
        (await TestApp.WithDbContextAsync(db => db.Procedures.CountAsync())).ShouldBe(1);
    }

    [Test]
    public async Task ShouldRejectUnknownFieldAndAgencyWithFieldErrors()
    {
        var command = _catalogue.NewProcedure("1.009994", "Cấp giấy phép xây dựng") with
        {
            FieldId = Guid.NewGuid(),
            ImplementingAgencyIds = [_catalogue.DepartmentId, Guid.NewGuid()],
        };

        var error = await Should.ThrowAsync<ValidationException>(() => TestApp.SendAsync(command));

        error.Errors.Keys.ShouldBe(["FieldId", "ImplementingAgencyIds"], ignoreOrder: true);
        (await TestApp.WithDbContextAsync(db => db.Procedures.CountAsync())).ShouldBe(0);
    }

    [Test]
    public async Task ShouldLetOnlyOneOfTwoConcurrentEditsCreateTheNextVersion()
    {
        var first = await _catalogue.PublishAsync(_catalogue.NewProcedure("1.009994", "Cấp giấy phép xây dựng"));

        var outcomes = await Task.WhenAll(
            Attempt(() => TestApp.SendAsync(Revision(first.Id, "Sửa đổi A"))),
            Attempt(() => TestApp.SendAsync(Revision(first.Id, "Sửa đổi B"))));

        outcomes.Count(o => o is null).ShouldBe(1);
        // The loser either lost the race at the unique index or saw the winner's version first; both answer 409.
        outcomes.Single(o => o is not null).ShouldSatisfyAllConditions(
            o => (o is DbUpdateException or ProcedureVersionConflictException).ShouldBeTrue(o!.GetType().Name));
        (await TestApp.WithDbContextAsync(db => db.Procedures.CountAsync())).ShouldBe(2);
        (await TestApp.WithDbContextAsync(db => db.Procedures.CountAsync(p => p.IsLatest))).ShouldBe(1);
    }

    private static async Task<Exception?> Attempt(Func<Task<ProcedureVersionRefDto>> action)
    {
        try
        {
            await action();
            return null;
        }
        catch (Exception ex)
        {
            return ex;
        }
    }
}
