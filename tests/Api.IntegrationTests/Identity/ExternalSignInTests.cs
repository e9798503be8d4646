using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using OneStop.Testing;

namespace OneStop.Api.IntegrationTests.Identity;

/// <summary>The whole OpenID Connect round trip against <see cref="FakeOidcProvider"/>, as a browser and the SPA make it.</summary>
public sealed class ExternalSignInTests : DatabaseTestBase
{
    private FakeOidcProvider _provider = null!;
    private WebApplicationFactory<Program> _app = null!;

    [OneTimeSetUp]
    public async Task StartProviderAsync()
    {
        _provider = await FakeOidcProvider.StartAsync();
        _app = WithProvider(FakeOidcProvider.ClientSecret);
    }

    [OneTimeTearDown]
    public async Task StopProviderAsync()
    {
        await _app.DisposeAsync();
        await _provider.DisposeAsync();
    }

    [SetUp]
    public void ResetProvider() => _provider.Reset();

    private WebApplicationFactory<Program> WithProvider(string clientSecret) => TestApp.Factory.WithWebHostBuilder(builder =>
    {
        builder.UseSetting("ExternalSignIn:Enabled", "true");
        builder.UseSetting("ExternalSignIn:DisplayName", "VNeID");
        builder.UseSetting("ExternalSignIn:Authority", _provider.Authority);
        builder.UseSetting("ExternalSignIn:ClientId", FakeOidcProvider.ClientId);
        builder.UseSetting("ExternalSignIn:ClientSecret", clientSecret);
    });

    /// <summary>A browser: it keeps the API's cookies and does not follow redirects by itself.</summary>
    private static HttpClient Browser(WebApplicationFactory<Program> app) =>
        app.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true, AllowAutoRedirect = false });

    private static async Task<string> StartAsync(HttpClient browser)
    {
        var start = await browser.PostAsync("/api/auth/external/start", null);
        start.StatusCode.ShouldBe(HttpStatusCode.OK, await start.Content.ReadAsStringAsync());
        return (await start.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("authorizationUrl").GetString()!;
    }

    /// <summary>Start at the API, consent at the provider, hand the code and state to the API's callback.</summary>
    private async Task<HttpResponseMessage> SignInAsync(HttpClient? browser = null, string? state = null)
    {
        browser ??= Browser(_app);
        var (code, returnedState) = await _provider.AuthorizeAsync(await StartAsync(browser));
        return await browser.PostAsJsonAsync("/api/auth/external/callback", new { code, state = state ?? returnedState });
    }

    private static async Task<JsonElement> MeAsync(HttpResponseMessage signedIn)
    {
        signedIn.StatusCode.ShouldBe(HttpStatusCode.OK, await signedIn.Content.ReadAsStringAsync());
        var tokens = await signedIn.Content.ReadFromJsonAsync<JsonElement>();
        tokens.GetProperty("refreshToken").GetString().ShouldNotBeNullOrEmpty();
        var client = TestApp.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens.GetProperty("accessToken").GetString());
        return await client.GetFromJsonAsync<JsonElement>("/api/auth/me");
    }

    private static Task<int> CountUsersAsync() => TestApp.WithDbContextAsync(db => db.Users.CountAsync());

    private static Task<List<string>> AuditAsync(string action) =>
        TestApp.WithDbContextAsync(db => db.AuditEntries.Where(e => e.Action == action).OrderBy(e => e.At).Select(e => e.Details).ToListAsync());

    [Test]
    public async Task ShouldSayWhetherItIsOfferedAndAnswer404WhenItIsNot()
    {
        var off = TestApp.CreateClient();

        var offered = await Browser(_app).GetFromJsonAsync<JsonElement>("/api/auth/external");
        var notOffered = await off.GetFromJsonAsync<JsonElement>("/api/auth/external");

        offered.GetProperty("enabled").GetBoolean().ShouldBeTrue();
        offered.GetProperty("displayName").GetString().ShouldBe("VNeID");
        notOffered.GetProperty("enabled").GetBoolean().ShouldBeFalse();
        notOffered.GetProperty("displayName").ValueKind.ShouldBe(JsonValueKind.Null);
        await (await off.PostAsync("/api/auth/external/start", null)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await off.PostAsJsonAsync("/api/auth/external/callback", new { code = "c", state = "s" })).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task ShouldSendTheBrowserToTheProviderWithPkceAndAProtectedCookie()
    {
        var browser = Browser(_app);

        var start = await browser.PostAsync("/api/auth/external/start", null);

        var url = new Uri((await start.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("authorizationUrl").GetString()!);
        url.GetLeftPart(UriPartial.Path).ShouldBe($"{_provider.Authority}/authorize");
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(url.Query);
        query["client_id"].ToString().ShouldBe(FakeOidcProvider.ClientId);
        query["redirect_uri"].ToString().ShouldBe("http://localhost/auth/external/callback");
        query["code_challenge_method"].ToString().ShouldBe("S256");
        query["code_challenge"].ToString().Length.ShouldBe(43);
        var cookie = start.Headers.GetValues("Set-Cookie").ShouldHaveSingleItem();
        cookie.ShouldContain("httponly");
        cookie.ShouldContain("samesite=lax");
        cookie.ShouldNotContain(query["nonce"].ToString());
    }

    [Test]
    public async Task ShouldCreateACitizenAccountOnTheFirstSignInAndFindItByTheSubjectAfterwards()
    {
        var first = await MeAsync(await SignInAsync());
        _provider.Person = Person.Default with { Email = "changed@example.vn", CitizenId = null };
        var second = await MeAsync(await SignInAsync());

        first.GetProperty("citizenId").GetString().ShouldBe(Person.Default.CitizenId);
        first.GetProperty("fullName").GetString().ShouldBe(Person.Default.Name);
        first.GetProperty("email").GetString().ShouldBe(Person.Default.Email);
        first.GetProperty("phoneNumber").GetString().ShouldBe(Person.Default.Phone);
        first.GetProperty("roles").EnumerateArray().Select(r => r.GetString()).ShouldBe(["Citizen"]);
        second.GetProperty("id").GetString().ShouldBe(first.GetProperty("id").GetString());
        (await CountUsersAsync()).ShouldBe(1);
        var login = await TestApp.WithDbContextAsync(db => db.UserLogins.SingleAsync());
        (login.LoginProvider, login.ProviderKey, login.ProviderDisplayName).ShouldBe((_provider.Authority, Person.Default.Subject, "VNeID"));
        var audit = await AuditAsync("sign-in.succeeded");
        audit.Count.ShouldBe(2);
        audit[0].ShouldContain("account created");
        audit[1].ShouldContain("signed in");
    }

    [Test]
    public async Task ShouldLinkTheCitizenAccountRegisteredWithTheSameCitizenId()
    {
        var registered = TestAccounts.NewCitizen();
        await TestApp.SendAsync(registered);
        _provider.Person = Person.Default with { CitizenId = registered.CitizenId, Email = null };

        var me = await MeAsync(await SignInAsync());

        me.GetProperty("email").GetString().ShouldBe(registered.Email);
        (await CountUsersAsync()).ShouldBe(1);
        (await TestApp.WithDbContextAsync(db => db.UserLogins.CountAsync())).ShouldBe(1);
        (await AuditAsync("sign-in.succeeded")).ShouldHaveSingleItem().ShouldContain("account linked");
    }

    [TestCase(IdTokenFault.Tampered, "signature")]
    [TestCase(IdTokenFault.WrongNonce, "nonce")]
    [TestCase(IdTokenFault.WrongAudience, "audience")]
    [TestCase(IdTokenFault.Expired, "expired")]
    public async Task ShouldRefuseAnIdTokenThatDoesNotHoldAndCreateNoAccount(IdTokenFault fault, string reason)
    {
        _provider.Fault = fault;

        var problem = await (await SignInAsync()).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);

        problem.GetProperty("type").GetString().ShouldBe("/problems/external-sign-in-failed");
        problem.GetProperty("detail").GetString()!.ShouldContain(reason);
        (await CountUsersAsync()).ShouldBe(0);
        (await AuditAsync("sign-in.failed")).ShouldHaveSingleItem().ShouldContain(reason);
    }

    [Test]
    public async Task ShouldRefuseAStateThatThisBrowserDidNotStartWith()
    {
        var forged = await (await SignInAsync(state: "forged-state")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        // Another browser (no cookie) handing in a code and state that are genuine but not its own.
        var (code, state) = await _provider.AuthorizeAsync(await StartAsync(Browser(_app)));
        var elsewhere = await (await Browser(_app).PostAsJsonAsync("/api/auth/external/callback", new { code, state }))
            .ShouldBeProblemAsync(HttpStatusCode.Unauthorized);

        forged.GetProperty("detail").GetString()!.ShouldContain("started in this browser");
        elsewhere.GetProperty("detail").GetString()!.ShouldContain("started in this browser");
        _provider.RefusedRedemptions.ShouldBe(0);   // refused before the code was even sent to the provider
        (await CountUsersAsync()).ShouldBe(0);
    }

    [Test]
    public async Task ShouldNotRedeemACodeIssuedToAnotherAttemptBecauseThePkceVerifierDiffers()
    {
        // A code intercepted from one attempt, replayed within another (with that attempt's own cookie and state).
        var (stolenCode, _) = await _provider.AuthorizeAsync(await StartAsync(Browser(_app)));
        var attacker = Browser(_app);
        var (_, attackerState) = await _provider.AuthorizeAsync(await StartAsync(attacker));

        var problem = await (await attacker.PostAsJsonAsync("/api/auth/external/callback", new { code = stolenCode, state = attackerState }))
            .ShouldBeProblemAsync(HttpStatusCode.Unauthorized);

        problem.GetProperty("detail").GetString()!.ShouldContain("did not accept the authorization code");
        _provider.RefusedRedemptions.ShouldBe(1);
        (await CountUsersAsync()).ShouldBe(0);
    }

    [Test]
    public async Task ShouldNotRedeemACodeWithAWrongClientSecret()
    {
        await using var misconfigured = WithProvider("not-the-secret");

        await (await SignInAsync(Browser(misconfigured))).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);

        _provider.RefusedRedemptions.ShouldBe(1);
        (await CountUsersAsync()).ShouldBe(0);
    }

    [Test]
    public async Task ShouldRefuseANewAccountWithoutAnEmailAddress()
    {
        _provider.Person = Person.Default with { Email = null };

        var problem = await (await SignInAsync()).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);

        problem.GetProperty("detail").GetString()!.ShouldContain("e-mail address");
        (await CountUsersAsync()).ShouldBe(0);
    }
}
