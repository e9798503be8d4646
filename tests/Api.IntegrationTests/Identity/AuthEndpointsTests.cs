using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using OneStop.Testing;

namespace OneStop.Api.IntegrationTests.Identity;

public sealed class AuthEndpointsTests : DatabaseTestBase
{
    private static async Task<JsonElement> SignInAsync(HttpClient client, string login)
    {
        var response = await client.PostAsJsonAsync("/api/auth/sign-in", new { login, password = TestAccounts.Password });
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static async Task<HttpResponseMessage> MeAsync(string accessToken)
    {
        var client = TestApp.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return await client.GetAsync("/api/auth/me");
    }

    [Test]
    public async Task ShouldRegisterSignInAndReadTheAccount()
    {
        var client = TestApp.CreateClient();
        var citizen = TestAccounts.NewCitizen();

        (await client.PostAsJsonAsync("/api/auth/register", citizen)).StatusCode.ShouldBe(HttpStatusCode.Created);
        var tokens = await SignInAsync(client, citizen.Email);
        var me = await MeAsync(tokens.GetProperty("accessToken").GetString()!);

        me.StatusCode.ShouldBe(HttpStatusCode.OK);
        var account = await me.Content.ReadFromJsonAsync<JsonElement>();
        account.GetProperty("citizenId").GetString().ShouldBe(citizen.CitizenId);
        account.GetProperty("roles").EnumerateArray().Select(r => r.GetString()).ShouldBe(["Citizen"]);
    }

    [Test]
    public async Task ShouldAnswer409ForADuplicateAnd400NamingWeakPasswordRules()
    {
        var client = TestApp.CreateClient();
        var citizen = TestAccounts.NewCitizen();
        await client.PostAsJsonAsync("/api/auth/register", citizen);

        await (await client.PostAsJsonAsync("/api/auth/register", citizen with { Email = "other@example.vn" })).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        var weak = await (await client.PostAsJsonAsync("/api/auth/register", TestAccounts.NewCitizen() with { Password = "abc" }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        weak.GetProperty("errors").GetProperty("password").GetArrayLength().ShouldBe(2);
    }

    [Test]
    public async Task ShouldAnswer401WithTheSameMessageForAWrongPasswordAndAnUnknownAccount()
    {
        var client = TestApp.CreateClient();
        var citizen = TestAccounts.NewCitizen();
        await client.PostAsJsonAsync("/api/auth/register", citizen);

        var wrong = await (await client.PostAsJsonAsync("/api/auth/sign-in", new { login = citizen.Email, password = "Sai-mat-khau-1" }))
            .ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        var unknown = await (await client.PostAsJsonAsync("/api/auth/sign-in", new { login = "nobody@example.vn", password = "Sai-mat-khau-1" }))
            .ShouldBeProblemAsync(HttpStatusCode.Unauthorized);

        wrong.GetProperty("detail").GetString().ShouldBe(unknown.GetProperty("detail").GetString());
    }

    [Test]
    public async Task ShouldAnswer401ForAMissingTamperedOrExpiredToken()
    {
        var client = TestApp.CreateClient();
        var citizen = TestAccounts.NewCitizen();
        await client.PostAsJsonAsync("/api/auth/register", citizen);
        var token = (await SignInAsync(client, citizen.Email)).GetProperty("accessToken").GetString()!;
        var parts = token.Split('.');
        var tampered = $"{parts[0]}.{parts[1]}x.{parts[2]}";
        // A host whose clock is 20 minutes behind issues a token that has expired by now (lifetime 15 minutes).
        using var past = TestApp.Factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(new FakeTimeProvider(DateTimeOffset.UtcNow.AddMinutes(-20)));
        }));
        var expired = (await SignInAsync(past.CreateClient(), citizen.Email)).GetProperty("accessToken").GetString()!;

        await (await TestApp.CreateClient().GetAsync("/api/auth/me")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await (await MeAsync(tampered)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await (await MeAsync(expired)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task ShouldRateLimitSignInPerAddress()
    {
        using var limited = TestApp.Factory.WithWebHostBuilder(builder => builder.UseSetting("RateLimiting:SignInPerMinute", "3"));
        var client = limited.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 4; attempt++)
        {
            statuses.Add((await client.PostAsJsonAsync("/api/auth/sign-in", new { login = "nobody@example.vn", password = "Sai-mat-khau-1" })).StatusCode);
        }

        statuses.ShouldBe([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests]);
    }
}
