using Microsoft.EntityFrameworkCore;
using OneStop.Application.Common.Exceptions;
using OneStop.Application.Identity.Commands.RefreshTokens;
using OneStop.Application.Identity.Commands.RegisterCitizen;
using OneStop.Application.Identity.Commands.SignIn;
using OneStop.Application.Identity.Commands.SignOut;
using OneStop.Testing;

namespace OneStop.Application.FunctionalTests.Identity;

public sealed class SignInTests : DatabaseTestBase
{
    private RegisterCitizenCommand _citizen = null!;

    [SetUp]
    public async Task RegisterAsync()
    {
        _citizen = TestAccounts.NewCitizen();
        await TestApp.SendAsync(_citizen);
    }

    [Test]
    public async Task ShouldSignInWithTheEmailOrTheCitizenId()
    {
        var byEmail = await TestApp.SendAsync(new SignInCommand(_citizen.Email, TestAccounts.Password));
        var byCitizenId = await TestApp.SendAsync(new SignInCommand(_citizen.CitizenId, TestAccounts.Password));

        byEmail.AccessToken.Split('.').Length.ShouldBe(3);
        byEmail.RefreshToken.ShouldNotBe(byCitizenId.RefreshToken);
        (byEmail.AccessTokenExpiresAt - TestApp.Factory.Clock.GetUtcNow()).ShouldBe(TimeSpan.FromMinutes(15));
    }

    [Test]
    public async Task ShouldAnswerAWrongPasswordExactlyLikeAnUnknownAccount()
    {
        var wrongPassword = await Should.ThrowAsync<AuthenticationFailedException>(() =>
            TestApp.SendAsync(new SignInCommand(_citizen.Email, "Sai-mat-khau-1")));
        var unknown = await Should.ThrowAsync<AuthenticationFailedException>(() =>
            TestApp.SendAsync(new SignInCommand("nobody@example.vn", "Sai-mat-khau-1")));

        wrongPassword.Message.ShouldBe(unknown.Message);
    }

    [Test]
    public async Task ShouldLockTheAccountAfterFiveFailures()
    {
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await Should.ThrowAsync<AuthenticationFailedException>(() => TestApp.SendAsync(new SignInCommand(_citizen.Email, "Sai-mat-khau-1")));
        }

        // Even the right password is refused while the lock lasts.
        await Should.ThrowAsync<AuthenticationFailedException>(() => TestApp.SendAsync(new SignInCommand(_citizen.Email, TestAccounts.Password)));
        var lockoutEnd = await TestApp.WithDbContextAsync(db => db.Users.Where(u => u.Email == _citizen.Email).Select(u => u.LockoutEnd).SingleAsync());
        lockoutEnd.ShouldNotBeNull();
        (lockoutEnd.Value - DateTimeOffset.UtcNow).ShouldBeInRange(TimeSpan.FromMinutes(14), TimeSpan.FromMinutes(15));
    }

    [Test]
    public async Task ShouldRotateTheRefreshTokenAndRefuseTheOldOne()
    {
        var signedIn = await TestApp.SendAsync(new SignInCommand(_citizen.Email, TestAccounts.Password));

        var renewed = await TestApp.SendAsync(new RefreshTokensCommand(signedIn.RefreshToken));

        renewed.RefreshToken.ShouldNotBe(signedIn.RefreshToken);
        await Should.ThrowAsync<AuthenticationFailedException>(() => TestApp.SendAsync(new RefreshTokensCommand(signedIn.RefreshToken)));
    }

    [Test]
    public async Task ShouldRevokeTheWholeFamilyWhenARotatedTokenIsReused()
    {
        var signedIn = await TestApp.SendAsync(new SignInCommand(_citizen.Email, TestAccounts.Password));
        var otherSession = await TestApp.SendAsync(new SignInCommand(_citizen.Email, TestAccounts.Password));
        var renewed = await TestApp.SendAsync(new RefreshTokensCommand(signedIn.RefreshToken));

        await Should.ThrowAsync<AuthenticationFailedException>(() => TestApp.SendAsync(new RefreshTokensCommand(signedIn.RefreshToken)));

        // The thief's replay also ended the owner's current token; another sign-in is untouched.
        await Should.ThrowAsync<AuthenticationFailedException>(() => TestApp.SendAsync(new RefreshTokensCommand(renewed.RefreshToken)));
        (await TestApp.SendAsync(new RefreshTokensCommand(otherSession.RefreshToken))).RefreshToken.ShouldNotBeNullOrEmpty();
    }

    [Test]
    public async Task ShouldLetOnlyOneOfTwoConcurrentRenewalsSucceed()
    {
        var signedIn = await TestApp.SendAsync(new SignInCommand(_citizen.Email, TestAccounts.Password));

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 2).Select(async _ =>
        {
            try
            {
                await TestApp.SendAsync(new RefreshTokensCommand(signedIn.RefreshToken));
                return true;
            }
            catch (AuthenticationFailedException)
            {
                return false;
            }
        }));

        outcomes.Count(succeeded => succeeded).ShouldBeLessThanOrEqualTo(1);
        (await TestApp.WithDbContextAsync(db => db.RefreshTokens.CountAsync(t => t.RevokedAt == null))).ShouldBeLessThanOrEqualTo(1);
    }

    [Test]
    public async Task ShouldEndTheSessionOnSignOut()
    {
        var signedIn = await TestApp.SendAsync(new SignInCommand(_citizen.Email, TestAccounts.Password));
        var renewed = await TestApp.SendAsync(new RefreshTokensCommand(signedIn.RefreshToken));

        await TestApp.SendAsync(new SignOutCommand(renewed.RefreshToken));

        await Should.ThrowAsync<AuthenticationFailedException>(() => TestApp.SendAsync(new RefreshTokensCommand(renewed.RefreshToken)));
    }
}
