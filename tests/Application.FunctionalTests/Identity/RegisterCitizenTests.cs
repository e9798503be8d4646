using Microsoft.EntityFrameworkCore;
using OneStop.Application.Common.Exceptions;
using OneStop.Testing;

namespace OneStop.Application.FunctionalTests.Identity;

public sealed class RegisterCitizenTests : DatabaseTestBase
{
    private static Task<int> CountUsersAsync() => TestApp.WithDbContextAsync(db => db.Users.CountAsync());

    [Test]
    public async Task ShouldCreateACitizenAccount()
    {
        var command = TestAccounts.NewCitizen();

        var id = await TestApp.SendAsync(command);

        var user = await TestApp.WithDbContextAsync(db => db.Users.SingleAsync(u => u.Id == id));
        user.CitizenId.ShouldBe(command.CitizenId);
        user.Email.ShouldBe(command.Email);
        user.PasswordHash.ShouldNotBeNullOrEmpty();
        user.PasswordHash.ShouldNotContain(command.Password);
        (await TestApp.WithDbContextAsync(db => db.UserRoles.CountAsync(r => r.UserId == id))).ShouldBe(1);
    }

    [Test]
    public async Task ShouldRejectADuplicateCitizenIdOrEmail()
    {
        var first = TestAccounts.NewCitizen();
        await TestApp.SendAsync(first);

        await Should.ThrowAsync<DuplicateAccountException>(() => TestApp.SendAsync(TestAccounts.NewCitizen() with { CitizenId = first.CitizenId }));
        await Should.ThrowAsync<DuplicateAccountException>(() => TestApp.SendAsync(TestAccounts.NewCitizen() with { Email = first.Email.ToUpperInvariant() }));
        (await CountUsersAsync()).ShouldBe(1);
    }

    [TestCase("short1A", "at least 10")]
    [TestCase("onlylowercaseletters", "two kinds")]
    [TestCase("12345678901234", "two kinds")]
    public async Task ShouldNameTheFailedPasswordRules(string password, string rule)
    {
        var error = await Should.ThrowAsync<ValidationException>(() => TestApp.SendAsync(TestAccounts.NewCitizen() with { Password = password }));

        error.Errors["Password"].ShouldContain(message => message.Contains(rule));
        (await CountUsersAsync()).ShouldBe(0);
    }

    [Test]
    public async Task ShouldRejectABadCitizenIdPhoneAndEmail()
    {
        var command = TestAccounts.NewCitizen() with { CitizenId = "999123456789", PhoneNumber = "0123", Email = "not-an-email" };

        var error = await Should.ThrowAsync<ValidationException>(() => TestApp.SendAsync(command));

        error.Errors.Keys.ShouldBe(["CitizenId", "PhoneNumber", "Email"], ignoreOrder: true);
    }
}
