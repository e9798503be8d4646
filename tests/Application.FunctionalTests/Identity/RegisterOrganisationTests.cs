using Microsoft.EntityFrameworkCore;
using OneStop.Application.Common.Exceptions;
using OneStop.Application.Common.Security;
using OneStop.Application.Identity.Commands.SignIn;
using OneStop.Infrastructure.Identity;
using OneStop.Testing;

namespace OneStop.Application.FunctionalTests.Identity;

public sealed class RegisterOrganisationTests : DatabaseTestBase
{
    private static Task<int> CountUsersAsync() => TestApp.WithDbContextAsync(db => db.Users.CountAsync());

    [Test]
    public async Task ShouldCreateAnOrganisationAccountWithItsRepresentative()
    {
        var command = TestAccounts.NewOrganisation();

        var id = await TestApp.SendAsync(command);

        var user = await TestApp.WithDbContextAsync(db => db.Users.SingleAsync(u => u.Id == id));
        user.FullName.ShouldBe(command.OrganisationName);
        user.TaxCode.ShouldBe(command.TaxCode);
        user.CitizenId.ShouldBeNull();
        user.PasswordHash.ShouldNotBeNullOrEmpty();
        var roles = await TestApp.WithDbContextAsync(db =>
            db.UserRoles.Where(ur => ur.UserId == id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name).ToListAsync());
        roles.ShouldBe([Roles.Organisation]);
        var representative = await TestApp.WithDbContextAsync(db =>
            db.UserClaims.SingleAsync(c => c.UserId == id && c.ClaimType == ApplicationUser.RepresentativeClaim));
        representative.ClaimValue.ShouldBe(command.RepresentativeName);
    }

    [Test]
    public async Task ShouldWriteABranchTaxCodeWithItsDash()
    {
        var command = TestAccounts.NewOrganisation();
        var branch = command with { TaxCode = $"{command.TaxCode}002" };

        var id = await TestApp.SendAsync(branch);

        (await TestApp.WithDbContextAsync(db => db.Users.Where(u => u.Id == id).Select(u => u.TaxCode).SingleAsync()))
            .ShouldBe($"{command.TaxCode}-002");
    }

    [Test]
    public async Task ShouldRejectADuplicateTaxCodeOrEmail()
    {
        var first = TestAccounts.NewOrganisation();
        await TestApp.SendAsync(first);
        var citizen = TestAccounts.NewCitizen();
        await TestApp.SendAsync(citizen);

        var sameTaxCode = await Should.ThrowAsync<DuplicateAccountException>(() => TestApp.SendAsync(TestAccounts.NewOrganisation() with { TaxCode = first.TaxCode }));
        await Should.ThrowAsync<DuplicateAccountException>(() => TestApp.SendAsync(TestAccounts.NewOrganisation() with { Email = first.Email.ToUpperInvariant() }));
        await Should.ThrowAsync<DuplicateAccountException>(() => TestApp.SendAsync(TestAccounts.NewOrganisation() with { Email = citizen.Email }));

        sameTaxCode.Message.ShouldContain("tax code");
        (await CountUsersAsync()).ShouldBe(2);
    }

    [TestCase("short1A", "at least 10")]
    [TestCase("onlylowercaseletters", "two kinds")]
    public async Task ShouldNameTheFailedPasswordRules(string password, string rule)
    {
        var error = await Should.ThrowAsync<ValidationException>(() => TestApp.SendAsync(TestAccounts.NewOrganisation() with { Password = password }));

        error.Errors["Password"].ShouldContain(message => message.Contains(rule));
        (await CountUsersAsync()).ShouldBe(0);
    }

    [Test]
    public async Task ShouldRejectAWrongCheckDigitBeforeCreatingAnything()
    {
        var command = TestAccounts.NewOrganisation();
        var wrong = command.TaxCode[..9] + (char)('0' + ((command.TaxCode[9] - '0' + 1) % 10));

        var error = await Should.ThrowAsync<ValidationException>(() => TestApp.SendAsync(command with { TaxCode = wrong, PhoneNumber = "0212345678" }));

        error.Errors.Keys.ShouldBe(["TaxCode", "PhoneNumber"], ignoreOrder: true);
        (await CountUsersAsync()).ShouldBe(0);
    }

    [Test]
    public async Task ShouldSignInWithTheTaxCodeWrittenEitherWayOrTheEmail()
    {
        var command = TestAccounts.NewOrganisation();
        var branch = command with { TaxCode = $"{command.TaxCode}-001", Email = "chinhanh@example.vn" };
        await TestApp.SendAsync(command);
        await TestApp.SendAsync(branch);

        var byTaxCode = await TestApp.SendAsync(new SignInCommand(command.TaxCode, TestAccounts.Password));
        var byEmail = await TestApp.SendAsync(new SignInCommand(command.Email, TestAccounts.Password));
        var branchWithoutDash = await TestApp.SendAsync(new SignInCommand($"{command.TaxCode}001", TestAccounts.Password));

        byTaxCode.AccessToken.ShouldNotBeNullOrEmpty();
        byEmail.AccessToken.ShouldNotBeNullOrEmpty();
        branchWithoutDash.AccessToken.ShouldNotBeNullOrEmpty();
        await Should.ThrowAsync<AuthenticationFailedException>(() => TestApp.SendAsync(new SignInCommand(command.TaxCode, "Sai-mat-khau-1")));
    }

    [Test]
    public async Task ShouldAuditTheRegistration()
    {
        var command = TestAccounts.NewOrganisation();

        var id = await TestApp.SendAsync(command);

        var entry = await TestApp.WithDbContextAsync(db => db.AuditEntries.SingleAsync(e => e.Action == "account.registered"));
        entry.ActorId.ShouldBe(id);
        entry.Details.ShouldContain(command.TaxCode);
        entry.Details.ShouldNotContain(command.Password);
    }
}
