using Microsoft.EntityFrameworkCore;
using OneStop.Application.Procedures.Queries.GetProceduresWithPagination;
using OneStop.Domain.Agencies;
using OneStop.Domain.Procedures;
using OneStop.Testing;

namespace OneStop.Application.FunctionalTests.Seed;

public sealed class DemoSeedTests : DatabaseTestBase
{
    [Test]
    public async Task ShouldSeedARealisticTwoTierProvinceOnce()
    {
        await TestApp.SeedDemoDataAsync();
        await TestApp.SeedDemoDataAsync();

        var (agencies, communes, fields, published) = await TestApp.WithDbContextAsync(async db => (
            await db.Agencies.CountAsync(),
            await db.Agencies.CountAsync(a => a.Level == AgencyLevel.Commune),
            await db.Fields.CountAsync(),
            await db.Procedures.CountAsync(p => p.Status == ProcedureStatus.Published)));
        agencies.ShouldBeGreaterThanOrEqualTo(25);
        communes.ShouldBeGreaterThanOrEqualTo(10);
        fields.ShouldBeGreaterThanOrEqualTo(12);
        published.ShouldBeGreaterThanOrEqualTo(120);
    }

    [Test]
    public async Task ShouldSeedADemoAccountForEveryRoleThatCanSignIn()
    {
        await TestApp.SeedDemoDataAsync();

        var roles = await TestApp.WithDbContextAsync(db => db.UserRoles
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).Distinct().ToListAsync());
        roles.ShouldBe(Application.Common.Security.Roles.All, ignoreOrder: true);
        var officers = await TestApp.WithDbContextAsync(db => db.Users.Where(u => u.CitizenId == null && u.TaxCode == null).ToListAsync());
        officers.Count.ShouldBe(6);
        officers.ShouldAllBe(o => o.AgencyId != null);
        var tokens = await TestApp.SendAsync(new Application.Identity.Commands.SignIn.SignInCommand("processor@demo.onestop.vn", "OneStop@2026"));
        tokens.AccessToken.ShouldNotBeNullOrEmpty();
    }

    [Test]
    public async Task ShouldSeedAnIntegratorClientThatGetsATokenWithTheKnownSecret()
    {
        await TestApp.SeedDemoDataAsync();

        var token = await TestApp.SendAsync(new Application.Integrators.Commands.IssueClientToken.IssueClientTokenCommand(
            "onestop-demo-dvcqg", "demo-dvcqg-secret-change-me-2026", null));

        token.ShouldNotBeNull();
        token.Scopes.ShouldContain("dossiers.read");
    }

    [Test]
    public async Task ShouldFindTheSeededConstructionPermitWithoutDiacritics()
    {
        await TestApp.SeedDemoDataAsync();

        var result = await TestApp.SendAsync(new GetProceduresWithPaginationQuery { Q = "giay phep xay dung nha o rieng le" });

        result.Items.Select(i => i.Name).ShouldContain("Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ");
    }
}
