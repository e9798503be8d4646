using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using OneStop.Testing;

namespace OneStop.Api.IntegrationTests.Identity;

public sealed class OrganisationRegistrationTests : DatabaseTestBase
{
    private static async Task<HttpClient> SignedInAsync(string login)
    {
        var client = TestApp.CreateClient();
        var response = await client.PostAsJsonAsync("/api/auth/sign-in", new { login, password = TestAccounts.Password });
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var tokens = await response.Content.ReadFromJsonAsync<JsonElement>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens.GetProperty("accessToken").GetString());
        return client;
    }

    [Test]
    public async Task ShouldRegisterSignInWithTheTaxCodeAndReadTheAccount()
    {
        var organisation = TestAccounts.NewOrganisation();

        var created = await TestApp.CreateClient().PostAsJsonAsync("/api/auth/register-organisation", organisation);
        var me = await (await SignedInAsync(organisation.TaxCode)).GetFromJsonAsync<JsonElement>("/api/auth/me");

        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        me.GetProperty("fullName").GetString().ShouldBe(organisation.OrganisationName);
        me.GetProperty("taxCode").GetString().ShouldBe(organisation.TaxCode);
        me.GetProperty("representativeName").GetString().ShouldBe(organisation.RepresentativeName);
        me.GetProperty("citizenId").ValueKind.ShouldBe(JsonValueKind.Null);
        me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()).ShouldBe(["Organisation"]);
    }

    [Test]
    public async Task ShouldAnswer409ForADuplicateTaxCodeAnd400ForAWeakPasswordOrABadTaxCode()
    {
        var client = TestApp.CreateClient();
        var organisation = TestAccounts.NewOrganisation();
        await client.PostAsJsonAsync("/api/auth/register-organisation", organisation);

        var duplicate = await (await client.PostAsJsonAsync("/api/auth/register-organisation", organisation with { Email = "khac@example.vn" }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict);
        var weak = await (await client.PostAsJsonAsync("/api/auth/register-organisation", TestAccounts.NewOrganisation() with { Password = "abc" }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var badTaxCode = await (await client.PostAsJsonAsync("/api/auth/register-organisation", TestAccounts.NewOrganisation() with { TaxCode = "0100109107" }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        duplicate.GetProperty("detail").GetString().ShouldBe("An account with this tax code already exists.");
        weak.GetProperty("errors").GetProperty("password").GetArrayLength().ShouldBe(2);
        badTaxCode.GetProperty("errors").GetProperty("taxCode").GetArrayLength().ShouldBe(1);
    }

    [Test]
    public async Task ShouldRateLimitRegistrationPerAddress()
    {
        using var limited = TestApp.Factory.WithWebHostBuilder(builder => builder.UseSetting("RateLimiting:SignInPerMinute", "2"));
        var client = limited.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            statuses.Add((await client.PostAsJsonAsync("/api/auth/register-organisation", TestAccounts.NewOrganisation())).StatusCode);
        }

        statuses.ShouldBe([HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.TooManyRequests]);
    }

    [Test]
    public async Task ShouldLetAnOrganisationSubmitADossierAsAnApplicant()
    {
        var scenario = await DossierScenario.StartAsync();
        var organisation = TestAccounts.NewOrganisation();
        await TestApp.CreateClient().PostAsJsonAsync("/api/auth/register-organisation", organisation);
        var client = await SignedInAsync(organisation.Email);
        var body = JsonSerializer.SerializeToNode(scenario.NewDossier(), DossierScenario.Json)!.AsObject();
        body["applicant"] = JsonSerializer.SerializeToNode(new
        {
            kind = "Organisation", fullName = organisation.OrganisationName, identityNumber = organisation.TaxCode,
            phone = organisation.PhoneNumber, email = organisation.Email, address = "2 Yersin, Nha Trang",
        });

        var draft = await DossierScenario.ReadAsync(await client.PostAsJsonAsync("/api/dossiers", body));
        var mine = await client.GetFromJsonAsync<JsonElement>("/api/dossiers/mine");

        draft.Applicant.IdentityNumber.ShouldBe(organisation.TaxCode);
        mine.GetProperty("items").EnumerateArray().Select(d => d.GetProperty("id").GetGuid()).ShouldBe([draft.Id]);
    }
}
