using Microsoft.EntityFrameworkCore;
using OneStop.Application.Procedures.Commands.UnpublishProcedure;
using OneStop.Application.Procedures.Queries.GetProceduresWithPagination;
using OneStop.Domain.Agencies;
using OneStop.Domain.Procedures;
using OneStop.Testing;

namespace OneStop.Application.FunctionalTests.Procedures;

public sealed class SearchProceduresTests : DatabaseTestBase
{
    private TestCatalogue _catalogue = null!;

    [SetUp]
    public async Task CreateCatalogueAsync()
    {
        _catalogue = await TestCatalogue.CreateAsync();
        await _catalogue.PublishAsync(_catalogue.NewProcedure("1.009994", "Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ"));
        await _catalogue.PublishAsync(_catalogue.NewProcedure("1.009995", "Cấp giấy phép xây dựng sửa chữa, cải tạo công trình"));
        await _catalogue.PublishAsync(_catalogue.NewProcedure("1.001193", "Đăng ký khai sinh") with
        {
            FieldId = _catalogue.CivilStatusFieldId,
            Levels = [AgencyLevel.Commune],
            ImplementingAgencyIds = [_catalogue.CommuneId],
            OnlineLevel = OnlineServiceLevel.PartialOnline,
        });
    }

    private static Task<Common.Models.PaginatedList<ProcedureSummaryDto>> SearchAsync(GetProceduresWithPaginationQuery query) =>
        TestApp.SendAsync(query);

    [TestCase("giay phep xay dung")]
    [TestCase("GIẤY PHÉP XÂY DỰNG")]
    [TestCase("Giay Phep xay DUNG")]
    public async Task ShouldFindProceduresIgnoringDiacriticsAndCase(string text)
    {
        var result = await SearchAsync(new() { Q = text });

        result.TotalCount.ShouldBe(2);
        result.Items.Select(i => i.Name).ShouldAllBe(n => n.StartsWith("Cấp giấy phép xây dựng"));
    }

    [Test]
    public async Task ShouldRequireEveryWordOfTheQuery()
    {
        var result = await SearchAsync(new() { Q = "giay phep sua chua" });

        result.Items.Select(i => i.Code).ShouldBe(["1.009995"]);
    }

    [Test]
    public async Task ShouldMatchTheLetterDWithStroke()
    {
        var result = await SearchAsync(new() { Q = "dang ky khai sinh" });

        result.Items.Single().Name.ShouldBe("Đăng ký khai sinh");
    }

    [Test]
    public async Task ShouldFindAProcedureByItsCode()
    {
        var result = await SearchAsync(new() { Q = "1.001193" });

        result.Items.Single().Code.ShouldBe("1.001193");
    }

    [Test]
    public async Task ShouldFilterByFieldAgencyLevelAndOnlineLevel()
    {
        (await SearchAsync(new() { FieldId = _catalogue.CivilStatusFieldId })).Items.Single().Code.ShouldBe("1.001193");
        (await SearchAsync(new() { AgencyId = _catalogue.DepartmentId })).TotalCount.ShouldBe(2);
        (await SearchAsync(new() { Level = AgencyLevel.Commune })).Items.Single().Code.ShouldBe("1.001193");
        (await SearchAsync(new() { OnlineLevel = OnlineServiceLevel.FullOnline })).TotalCount.ShouldBe(2);
        (await SearchAsync(new() { Q = "giay phep", Level = AgencyLevel.Commune })).TotalCount.ShouldBe(0);
    }

    [Test]
    public async Task ShouldSummariseCasesFieldAndFees()
    {
        var item = (await SearchAsync(new() { Q = "khai sinh" })).Items.Single();

        item.FieldName.ShouldBe("Hộ tịch");
        item.CaseCount.ShouldBe(1);
        item.MinFee.ShouldBe(75_000);
        item.MinProcessingTime.Value.ShouldBe(15);
        item.MinProcessingTime.Unit.ShouldBe(ProcessingTimeUnit.WorkingDays);
        item.Levels.ShouldBe([AgencyLevel.Commune]);
    }

    [Test]
    public async Task ShouldNotListDraftsOrUnpublishedProcedures()
    {
        await TestApp.SendAsync(_catalogue.NewProcedure("1.000001", "Thủ tục nháp chưa công bố"));
        var published = await _catalogue.PublishAsync(_catalogue.NewProcedure("1.000002", "Thủ tục đã ngừng công bố"));
        await TestApp.SendAsync(new UnpublishProcedureCommand(published.Id));

        var result = await SearchAsync(new() { Q = "thu tuc" });

        result.TotalCount.ShouldBe(0);
    }

    [Test]
    public async Task ShouldPageStablyWithATotal()
    {
        for (var i = 10; i < 35; i++)
        {
            // Equal names force the id tie-breaker to keep the order stable.
            await _catalogue.PublishAsync(_catalogue.NewProcedure($"2.0000{i}", i % 2 == 0 ? "Cấp phép khai thác nước" : $"Cấp phép khai thác nước mặt {i}"));
        }

        var pages = new List<ProcedureSummaryDto>();
        for (var page = 1; page <= 3; page++)
        {
            var result = await SearchAsync(new() { Q = "khai thac nuoc", PageNumber = page, PageSize = 10 });
            result.TotalCount.ShouldBe(25);
            result.TotalPages.ShouldBe(3);
            result.HasPreviousPage.ShouldBe(page > 1);
            result.HasNextPage.ShouldBe(page < 3);
            pages.AddRange(result.Items);
        }
        var again = await SearchAsync(new() { Q = "khai thac nuoc", PageNumber = 2, PageSize = 10 });

        pages.Count.ShouldBe(25);
        pages.Select(p => p.Id).Distinct().Count().ShouldBe(25);
        again.Items.Select(p => p.Id).ShouldBe(pages.Skip(10).Take(10).Select(p => p.Id));
    }

    [Test]
    public async Task ShouldSeeAChangeCommittedByAnotherProcessAtTheNextSearch()
    {
        (await SearchAsync(new() { Q = "giay phep" })).TotalCount.ShouldBe(2);

        // Written straight to the database, as another API process would: not through this process's snapshot.
        await TestApp.WithDbContextAsync(db => db.Database.ExecuteSqlRawAsync(
            "UPDATE onestop.procedures SET status = 2 WHERE code = '1.009995'; UPDATE onestop.fields SET name = 'Xây dựng' WHERE code = 'XD'"));

        var result = await SearchAsync(new() { Q = "giay phep" });
        result.Items.ShouldHaveSingleItem().FieldName.ShouldBe("Xây dựng");
    }

    [Test]
    public async Task ShouldKeepTheSnapshotWhenAWriteIsRolledBack()
    {
        var before = await TestApp.WithDbContextAsync(db => db.GetCatalogueRevisionAsync(CancellationToken.None));

        await TestApp.WithDbContextAsync(async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            await db.Database.ExecuteSqlRawAsync("UPDATE onestop.procedures SET status = 2");
            await transaction.RollbackAsync();
            return 0;
        });

        (await TestApp.WithDbContextAsync(db => db.GetCatalogueRevisionAsync(CancellationToken.None))).ShouldBe(before);
        (await SearchAsync(new() { Q = "giay phep" })).TotalCount.ShouldBe(2);
    }

    [Test]
    public async Task ShouldRejectAPageSizeOverTheLimit()
    {
        var error = await Should.ThrowAsync<Common.Exceptions.ValidationException>(() => SearchAsync(new() { PageSize = 101 }));

        error.Errors.Keys.ShouldContain("PageSize");
    }
}
